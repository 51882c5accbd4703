import type { Db } from "~/lib/db.server";
import { Prisma, readRows } from "~/lib/db.server";
import { sqlRow, text } from "~/lib/sql-decode";

const ClaimedRow = sqlRow({ id: text });

/**
 * PostgreSQL: claims up to `limit` due mails for `claimId` in one statement. Rows
 * another instance is claiming at this moment are skipped (FOR UPDATE SKIP LOCKED),
 * not waited for, so several instances share the outbox and no mail is claimed twice.
 * The claim moves the mail's next attempt to the end of the lease: should this
 * instance die while sending, another takes the mail once the lease has run out.
 * (An UPDATE … RETURNING: the one hand-written write of the app.)
 */
export function claimDueMailIdsPostgres(
  client: Db,
  claim: { claimId: string; now: Date; leaseUntil: Date; limit: number },
): Promise<{ id: string }[]> {
  return readRows(
    Prisma.sql`UPDATE "OutboxMail"
      SET "claimId" = ${claim.claimId}, "nextAttemptAt" = ${claim.leaseUntil},
          "attempts" = "attempts" + 1
      WHERE "id" IN (
        SELECT "id" FROM "OutboxMail"
        WHERE "status" = 'pending' AND "nextAttemptAt" <= ${claim.now}
        ORDER BY "nextAttemptAt"
        LIMIT ${claim.limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING "id"`,
    ClaimedRow,
    client,
  );
}
