import { createCookie } from "react-router";
import { addDays, addHours } from "date-fns";
import { db } from "./db.server";
import { createToken, hashToken } from "./crypto.server";
import { env, useSecureCookies } from "./env.server";

// `__Host-` binds the cookie to this exact host over TLS (no Domain, Path=/).
const cookieName = useSecureCookies ? "__Host-fahrplan_session" : "fahrplan_session";

export const sessionCookie = createCookie(cookieName, {
  httpOnly: true,
  sameSite: "lax",
  secure: useSecureCookies,
  path: "/",
  maxAge: env.SESSION_ABSOLUTE_DAYS * 24 * 60 * 60,
});

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  locale: "de" | "en" | null;
};

/** Starts a new session (a fresh id at every sign-in) and returns its Set-Cookie header. */
export async function createSession(userId: string, userAgent: string): Promise<string> {
  const token = createToken();
  const now = new Date();
  await db.session.create({
    data: {
      id: hashToken(token),
      userId,
      userAgent: userAgent.slice(0, 300),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: addDays(now, env.SESSION_ABSOLUTE_DAYS),
    },
  });
  return sessionCookie.serialize(token);
}

async function readToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 20 && value.length < 100 ? value : null;
}

/**
 * Resolves the signed-in user from the session cookie; null when there is no
 * session or it has passed its idle or absolute expiry.
 */
export async function getSessionUser(request: Request): Promise<SessionUser | null> {
  const token = await readToken(request);
  if (!token) return null;
  const id = hashToken(token);
  const session = await db.session.findUnique({
    where: { id },
    select: {
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, locale: true } },
    },
  });
  if (!session) return null;
  const now = new Date();
  const idleLimit = addDays(session.lastSeenAt, env.SESSION_IDLE_DAYS);
  if (session.expiresAt <= now || idleLimit <= now) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  // Touch at most once an hour: idle expiry needs no write per request.
  if (addHours(session.lastSeenAt, 1) <= now) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return session.user;
}

/** Ends the session on the server and returns a Set-Cookie header that clears it. */
export async function destroySession(request: Request): Promise<string> {
  const token = await readToken(request);
  if (token) await db.session.deleteMany({ where: { id: hashToken(token) } });
  return sessionCookie.serialize("", { maxAge: 0 });
}

/** The current session's stored id (hash), to keep it when ending all others. */
export async function getSessionId(request: Request): Promise<string | null> {
  const token = await readToken(request);
  return token ? hashToken(token) : null;
}

/** Ends every session of the user except the given one (after a password change). */
export async function destroyOtherSessions(userId: string, keepSessionId: string | null) {
  await db.session.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
}
