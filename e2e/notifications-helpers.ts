// Notifications for end-to-end tests: rows written straight into the e2e database, and
// unsubscribe links signed with the server's key (the SigningKey row the server makes on
// first use when SESSION_SECRET is unset, as in the e2e run).
import { createHmac, randomBytes } from "node:crypto";
import { Prisma } from "../app/lib/db.server";
import { e2eDb } from "./factories";
import type { TestOrg } from "./factories";

/** An unread notification of the user in the organisation; returns its id. */
export async function seedNotification(o: TestOrg, userId: string, task = "Gesetzte Aufgabe") {
  const row = await e2eDb().notification.create({
    data: {
      orgId: o.org.id,
      userId,
      kind: "task_assigned",
      params: JSON.stringify({ actor: "Jemand", task }),
      link: `/o/${o.org.slug}/my-tasks`,
    },
    select: { id: true },
  });
  return row.id;
}

/** The signed token of an unsubscribe link, as the server makes it. */
export async function unsubscribeToken(userId: string, event: string): Promise<string> {
  const db = e2eDb();
  await db.$executeRaw(
    Prisma.sql`INSERT INTO "SigningKey" ("name", "secret")
      VALUES ('unsubscribe', ${randomBytes(32).toString("base64url")})
      ON CONFLICT ("name") DO NOTHING`,
  );
  const { secret } = await db.signingKey.findUniqueOrThrow({
    where: { name: "unsubscribe" },
    select: { secret: true },
  });
  const payload = Buffer.from(`${userId}:${event}`, "utf8").toString("base64url");
  const signature = createHmac("sha256", Buffer.from(secret, "utf8"))
    .update(`unsubscribe:${payload}`)
    .digest("base64url");
  return `${payload}.${signature}`;
}

/** What a notification form could change of a user: read marks and preferences. */
export async function notificationState(userId: string) {
  const db = e2eDb();
  return Promise.all([
    db.notification.count({ where: { userId, readAt: null } }),
    db.notificationPreference.findMany({
      where: { userId },
      orderBy: { event: "asc" },
      select: { event: true, channel: true },
    }),
  ]);
}
