import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db, Prisma } from "~/lib/db.server";
import { db, Prisma as P } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { isPreferenceEvent } from "./events";
import type { PreferenceEvent } from "./events";

// Signed one-click unsubscribe links: /unsubscribe/<payload>.<signature>, where the
// payload names the person and the event and the signature is an HMAC-SHA256 with the
// server's secret (SESSION_SECRET, else a random key kept in the database for all
// instances). Nothing is stored per link; a link works as long as the secret stays.

type Client = Db | Prisma.TransactionClient;

let cachedKey: Buffer | undefined;

async function signingKey(client: Client): Promise<Buffer> {
  if (env.SESSION_SECRET) return Buffer.from(env.SESSION_SECRET, "utf8");
  if (cachedKey) return cachedKey;
  // Of several instances making it at once, the first insert wins; all read the same.
  await client.$executeRaw(
    P.sql`INSERT INTO "SigningKey" ("name", "secret")
      VALUES ('unsubscribe', ${randomBytes(32).toString("base64url")})
      ON CONFLICT ("name") DO NOTHING`,
  );
  const row = await client.signingKey.findUnique({
    where: { name: "unsubscribe" },
    select: { secret: true },
  });
  if (!row) throw new Error("signing key missing after insert");
  cachedKey = Buffer.from(row.secret, "utf8");
  return cachedKey;
}

function mac(key: Buffer, payload: string): Buffer {
  return createHmac("sha256", key).update(`unsubscribe:${payload}`).digest();
}

/** The token of an unsubscribe link for this person and event. */
export async function signUnsubscribe(
  client: Client,
  userId: string,
  event: PreferenceEvent,
): Promise<string> {
  const payload = Buffer.from(`${userId}:${event}`, "utf8").toString("base64url");
  const signature = mac(await signingKey(client), payload).toString("base64url");
  return `${payload}.${signature}`;
}

/**
 * Who and which event a token names, or null when it is malformed or its signature is
 * wrong. The signature is compared in constant time.
 */
export async function verifyUnsubscribe(
  token: string,
  client: Client = db,
): Promise<{ userId: string; event: PreferenceEvent } | null> {
  if (token.length > 300 || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [payload, signature] = token.split(".") as [string, string];
  // Compared as text: base64url has several spellings of the same bytes, a link has one.
  const expected = Buffer.from(mac(await signingKey(client), payload).toString("base64url"));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId, event] = Buffer.from(payload, "base64url").toString("utf8").split(":");
  if (!userId || !isPreferenceEvent(event)) return null;
  return { userId, event };
}

/** For tests: forget the cached key (another database, another key). */
export function resetSigningKeyCache(): void {
  cachedKey = undefined;
}
