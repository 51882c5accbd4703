import type { Db } from "~/lib/db.server";
import { Prisma, readRows } from "~/lib/db.server";
import { sqlRow, text } from "~/lib/sql-decode";

const ClaimedRow = sqlRow({ id: text });

/**
 * PostgreSQL: claims up to `limit` due deliveries for `claimId` in one statement, as the
 * mail outbox does (app/modules/mail/queries.server.ts): rows another instance is
 * claiming are skipped (FOR UPDATE SKIP LOCKED), so no delivery is claimed twice, and
 * the claim moves the next attempt to the end of the lease.
 */
export function claimDueDeliveryIdsPostgres(
  client: Db,
  claim: { claimId: string; now: Date; leaseUntil: Date; limit: number },
): Promise<{ id: string }[]> {
  return readRows(
    Prisma.sql`UPDATE "WebhookDelivery"
      SET "claimId" = ${claim.claimId}, "nextAttemptAt" = ${claim.leaseUntil},
          "attempts" = "attempts" + 1
      WHERE "id" IN (
        SELECT "id" FROM "WebhookDelivery"
        WHERE "status" = 'pending' AND "nextAttemptAt" <= ${claim.now}
        ORDER BY "nextAttemptAt"
        LIMIT ${claim.limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING "id"`,
    ClaimedRow,
    client,
  );
}
