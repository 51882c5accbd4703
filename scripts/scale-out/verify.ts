// Step 5: after the load, the database must hold every tick-off that was
// acknowledged (2xx/3xx): done, with a completion time.
import type { Db } from "../../app/lib/db.server";
import type { TickLedger } from "./load";

export type TickCheck = {
  /** Tick-offs sent (distinct tasks). */
  sent: number;
  /** Acknowledged tick-offs. */
  ids: string[];
  /** Acknowledged, but not done in the database. */
  missing: string[];
  /** Answered with a failure. */
  failedIds: string[];
  /** Sent, never answered (the load stopped). */
  cutOff: string[];
  failedButStored: number;
  cutOffStored: number;
};

export async function checkTickOffs(db: Db, ledger: TickLedger): Promise<TickCheck> {
  const { acked, sent } = ledger;
  const ids = [...acked].filter(([, s]) => s >= 200 && s < 400).map(([id]) => id);
  const stored = new Map<string, { status: string; completedAt: Date | null }>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db.task.findMany({
      where: { id: { in: ids.slice(i, i + 1000) } },
      select: { id: true, status: true, completedAt: true },
    });
    for (const row of rows) stored.set(row.id, row);
  }
  const missing = ids.filter((id) => {
    const row = stored.get(id);
    return !row || row.status !== "done" || !row.completedAt;
  });
  // Tick-offs that failed (502) may still have committed on the killed instance
  // before it died; those cut off when the load stopped never got an answer.
  const failedIds = [...acked].filter(([, s]) => s < 200 || s >= 400).map(([id]) => id);
  const cutOff = [...sent].filter((id) => !acked.has(id));
  const countDone = (list: string[]) =>
    list.length ? db.task.count({ where: { id: { in: list }, status: "done" } }) : 0;
  const [failedButStored, cutOffStored] = [await countDone(failedIds), await countDone(cutOff)];
  return { sent: sent.size, ids, missing, failedIds, cutOff, failedButStored, cutOffStored };
}
