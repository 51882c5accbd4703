import { createCookie } from "react-router";
import { addDays, addHours } from "date-fns";
import { db, Prisma, readRows } from "./db.server";
import type { DbEnum } from "./db-types";
import { createToken, hashToken } from "./crypto.server";
import { env } from "./env.server";
import { unlessStorageFails } from "./storage-health.server";
import { LOCALES } from "./i18n";
import type { Locale } from "./i18n";
import { ROLES } from "./permissions";
import type { Role } from "./permissions";
import { flag, instant, integer, nullable, oneOf, sqlRow, text } from "./sql-decode";
import type { Decoder } from "./sql-decode";
import { THEMES } from "./theme";
import type { Theme } from "./theme";

const cookieOptions = {
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  maxAge: env.SESSION_ABSOLUTE_DAYS * 24 * 60 * 60,
};
// Behind TLS the cookie is Secure and carries the `__Host-` prefix, which
// binds it to this exact host (no Domain, Path=/). Plain http (a local demo)
// gets a plain cookie, which every browser accepts on localhost.
const secureCookie = createCookie("__Host-fahrplan_session", { ...cookieOptions, secure: true });
const plainCookie = createCookie("fahrplan_session", { ...cookieOptions, secure: false });

/**
 * Whether this request arrived over TLS: SECURE_COOKIES overrides; otherwise
 * the protocol server.js saw (X-Forwarded-Proto only with TRUST_PROXY).
 */
function isSecureRequest(request: Request): boolean {
  if (env.SECURE_COOKIES !== undefined) return env.SECURE_COOKIES;
  const proto = request.headers.get("X-Fahrplan-Proto");
  return proto ? proto === "https" : new URL(request.url).protocol === "https:";
}

function cookieFor(request: Request) {
  return isSecureRequest(request) ? secureCookie : plainCookie;
}

export type SessionMembership = {
  role: Role;
  canApproveGates: boolean;
  /** The roadmap the member last opened in this organisation (see Membership.lastRoadmapId). */
  lastRoadmapId: string | null;
  organisation: {
    id: string;
    slug: string;
    name: string;
    locale: Locale;
    /** A visitor's private demo copy: when it expires (null for every other organisation). */
    demoExpiresAt: Date | null;
    /**
     * Changes with every audited write of its data, read before the page's data: the
     * key of its cached pages (Organisation.dataVersion).
     */
    dataVersion: number;
  };
  /** The member's unread notifications here (the bell), counted up to UNREAD_CAP. */
  unread: number;
};

/** The bell counts at most this many unread notifications ("99+"). */
export const UNREAD_CAP = 100;

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  locale: "de" | "en" | null;
  theme: Theme;
  /**
   * The user's organisations, by name. Read with the session in one request,
   * so the organisation pages need no query of their own for the membership
   * and the organisation switcher.
   */
  memberships: SessionMembership[];
};

/**
 * Starts a new session (a fresh id at every sign-in) and returns its Set-Cookie header.
 * `until` ends it earlier than the usual lifetime (a demo copy's session ends with it).
 */
export async function createSession(
  request: Request,
  userId: string,
  until?: Date,
): Promise<string> {
  const userAgent = request.headers.get("User-Agent") ?? "";
  const token = createToken();
  const now = new Date();
  const expiresAt = until ?? addDays(now, env.SESSION_ABSOLUTE_DAYS);
  await db.session.create({
    data: {
      id: hashToken(token),
      userId,
      userAgent: userAgent.slice(0, 300),
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    },
  });
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return cookieFor(request).serialize(token, until ? { maxAge } : undefined);
}

async function readToken(request: Request): Promise<string | null> {
  const value: unknown = await cookieFor(request).parse(request.headers.get("Cookie"));
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
  const rows = await readSession(id);
  const session = rows[0];
  if (!session) return null;
  const now = new Date();
  const { lastSeenAt } = session;
  const idleLimit = addDays(lastSeenAt, env.SESSION_IDLE_DAYS);
  if (session.expiresAt <= now || idleLimit <= now) {
    await unlessStorageFails(() => db.session.deleteMany({ where: { id } }));
    return null;
  }
  // Touch at most once an hour: idle expiry needs no write per request.
  if (addHours(lastSeenAt, 1) <= now) {
    await unlessStorageFails(() =>
      db.session.updateMany({ where: { id }, data: { lastSeenAt: now } }),
    );
  }
  const memberships: SessionMembership[] = [];
  for (const row of rows) {
    if (row.orgId === null || row.role === null || row.slug === null) continue;
    memberships.push({
      role: row.role,
      canApproveGates: row.canApproveGates === true,
      lastRoadmapId: row.lastRoadmapId,
      organisation: {
        id: row.orgId,
        slug: row.slug,
        name: row.orgName!,
        locale: row.orgLocale!,
        demoExpiresAt: row.orgDemoExpiresAt,
        dataVersion: row.orgDataVersion ?? 0,
      },
      unread: row.unread ?? 0,
    });
  }
  memberships.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
  return {
    id: session.userId,
    email: session.email,
    name: session.userName,
    locale: session.userLocale,
    theme: session.userTheme,
    memberships,
  };
}

const locale: Decoder<DbEnum<"Locale">> = oneOf(LOCALES);
const role: Decoder<DbEnum<"Role">> = oneOf(ROLES);
const theme: Decoder<DbEnum<"Theme">> = oneOf(THEMES);

const SessionRow = sqlRow({
  expiresAt: instant,
  lastSeenAt: instant,
  userId: text,
  email: text,
  userName: text,
  userLocale: nullable(locale),
  userTheme: theme,
  /** The membership's columns: empty for a user without any. */
  role: nullable(role),
  canApproveGates: nullable(flag),
  lastRoadmapId: nullable(text),
  orgId: nullable(text),
  slug: nullable(text),
  orgName: nullable(text),
  orgLocale: nullable(locale),
  orgDemoExpiresAt: nullable(instant),
  orgDataVersion: nullable(integer),
  unread: nullable(integer),
});

/**
 * The session, its user and the user's memberships in one statement (with each
 * membership's unread notifications for the bell, from the index on userId, orgId,
 * readAt, stopping at UNREAD_CAP: no extra round trip per page), straight
 * to the driver (readRows): this runs on every request, and Prisma would send
 * four (one per relation) and plan each of them anew. One row per membership
 * (one row with empty membership columns for a user without any).
 */
function readSession(id: string) {
  return readRows(
    Prisma.sql`
      SELECT s."expiresAt", s."lastSeenAt",
             u.id AS "userId", u.email, u.name AS "userName", u.locale AS "userLocale",
             u.theme AS "userTheme",
             m.role, m."canApproveGates", m."lastRoadmapId",
             o.id AS "orgId", o.slug, o.name AS "orgName", o.locale AS "orgLocale",
             o."demoExpiresAt" AS "orgDemoExpiresAt", o."dataVersion" AS "orgDataVersion",
             (SELECT COUNT(*) FROM (
                SELECT 1 FROM "Notification" n
                WHERE n."userId" = u.id AND n."orgId" = m."orgId" AND n."readAt" IS NULL
                LIMIT ${UNREAD_CAP}) AS unread_rows) AS "unread"
      FROM "Session" s
      JOIN "User" u ON u.id = s."userId"
      LEFT JOIN "Membership" m ON m."userId" = u.id
      LEFT JOIN "Organisation" o ON o.id = m."orgId"
      WHERE s.id = ${id}`,
    SessionRow,
  );
}

/** Ends the session on the server and returns a Set-Cookie header that clears it. */
export async function destroySession(request: Request): Promise<string> {
  const token = await readToken(request);
  if (token) await db.session.deleteMany({ where: { id: hashToken(token) } });
  return cookieFor(request).serialize("", { maxAge: 0 });
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
