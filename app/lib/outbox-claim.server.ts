import { randomUUID } from "node:crypto";
import type { Db } from "~/lib/db.server";
import { Prisma, readRows } from "~/lib/db.server";
import { getDatabaseProvider } from "~/lib/db-url";
import { env } from "~/lib/env.server";
import { sqlRow, text } from "~/lib/sql-decode";

// The claim both outboxes share (the mail outbox, decision 0015, and the webhook
// deliveries, decision 0019). Both tables have the same claim columns: status
// (MailStatus), nextAttemptAt, claimId, attempts. Each caller reads its claimed rows
// itself (by the claim id returned), with the fields it needs.

/** The tables that are claimed this way; a fixed list, never a value from a request. */
export type OutboxTable = "OutboxMail" | "WebhookDelivery";

// The quoted identifier of each table, written out here: the SQL never interpolates a
// string it was given, only one of these.
const quotedTable: Record<OutboxTable, Prisma.Sql> = {
  OutboxMail: Prisma.raw('"OutboxMail"'),
  WebhookDelivery: Prisma.raw('"WebhookDelivery"'),
};

const due = (now: Date) => ({ status: "pending" as const, nextAttemptAt: { lte: now } });

/** What the SQLite claim uses of a table's Prisma delegate; both outboxes' delegates fit. */
type ClaimDelegate = {
  findMany(args: {
    where: ReturnType<typeof due>;
    orderBy: { nextAttemptAt: "asc" };
    take: number;
    select: { id: true };
  }): Promise<{ id: string }[]>;
  updateMany(args: {
    where: ReturnType<typeof due> & { id: string };
    data: { claimId: string; nextAttemptAt: Date; attempts: { increment: number } };
  }): Promise<unknown>;
};

const delegates: Record<OutboxTable, (client: Db) => ClaimDelegate> = {
  OutboxMail: (client) => client.outboxMail,
  WebhookDelivery: (client) => client.webhookDelivery,
};

const ClaimedRow = sqlRow({ id: text });

/**
 * PostgreSQL: claims up to `limit` due rows for `claimId` in one statement. Rows
 * another instance is claiming at this moment are skipped (FOR UPDATE SKIP LOCKED),
 * not waited for, so several instances share the outbox and no row is claimed twice.
 * The claim moves the row's next attempt to the end of the lease: should this
 * instance die while sending, another takes the row once the lease has run out.
 * (An UPDATE … RETURNING: the one hand-written write of the app.)
 */
function claimDueIdsPostgres(
  client: Db,
  table: OutboxTable,
  claim: { claimId: string; now: Date; leaseUntil: Date; limit: number },
): Promise<{ id: string }[]> {
  const name = quotedTable[table];
  return readRows(
    Prisma.sql`UPDATE ${name}
      SET "claimId" = ${claim.claimId}, "nextAttemptAt" = ${claim.leaseUntil},
          "attempts" = "attempts" + 1
      WHERE "id" IN (
        SELECT "id" FROM ${name}
        WHERE "status" = 'pending' AND "nextAttemptAt" <= ${claim.now}
        ORDER BY "nextAttemptAt"
        LIMIT ${claim.limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING "id"`,
    ClaimedRow,
    client,
  );
}

/**
 * Claims up to `limit` rows of `table` that are due (pending, next attempt reached; a
 * claim whose lease ran out is due again) for one new claim id, which it returns. Each
 * claim counts as an attempt and holds the row for `leaseMs`.
 * PostgreSQL: one statement with FOR UPDATE SKIP LOCKED. SQLite (one process, one
 * writer): each candidate is taken by a conditional update that only one claim can win.
 */
export async function claimDueOutboxRows(
  client: Db,
  table: OutboxTable,
  options: { now: Date; limit: number; leaseMs: number },
): Promise<string> {
  const { now, limit } = options;
  const claimId = randomUUID();
  const leaseUntil = new Date(now.getTime() + options.leaseMs);
  if (getDatabaseProvider(env.DATABASE_URL) === "postgresql") {
    await claimDueIdsPostgres(client, table, { claimId, now, leaseUntil, limit });
    return claimId;
  }
  const rows = delegates[table](client);
  const candidates = await rows.findMany({
    where: due(now),
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true },
  });
  for (const { id } of candidates) {
    await rows.updateMany({
      where: { id, ...due(now) },
      data: { claimId, nextAttemptAt: leaseUntil, attempts: { increment: 1 } },
    });
  }
  return claimId;
}
