import { batches } from "~/lib/batches";
import { db } from "~/lib/db.server";
import type { Db } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { addDaysIso, isoToUtcDate, utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { mailQueued } from "../mail/outbox.server";
import type { NotificationKind } from "./events";
import { claimOnce, notify } from "./notify.server";
import { SEND_HOUR, wallClock } from "./zoned";
import { runDigestSweep } from "./digest.server";

// The worker's schedules (started by startJobs in every instance): the reminders of
// tasks due tomorrow and of tasks overdue (once), from 07:00 in each organisation's time
// zone, and Monday's digest (digest.server.ts). Every reminder first takes its key
// (task, kind, due day) in the transaction that notifies: of several instances sweeping
// at once, exactly one writes it. See docs/decisions/0018-notifications.md.

/** How often each instance sweeps. */
export const SWEEP_MS = 10 * 60_000;
/** An overdue task is reminded of once, and only if it fell due within this many days. */
export const OVERDUE_WINDOW_DAYS = 7;

export type ReminderRun = { due: number; overdue: number };

/** The organisations whose local time is SEND_HOUR or later, grouped by their local date. */
async function orgsByLocalDate(
  client: Db,
  now: Date,
  orgIds?: string[],
): Promise<Map<IsoDate, string[]>> {
  const select = { id: true, timeZone: true } as const;
  const orgs = orgIds
    ? (
        await Promise.all(
          batches(orgIds).map((ids) =>
            client.organisation.findMany({ where: { id: { in: ids } }, select }),
          ),
        )
      ).flat()
    : await client.organisation.findMany({ select });
  const byDate = new Map<IsoDate, string[]>();
  for (const org of orgs) {
    const clock = wallClock(now, org.timeZone);
    if (clock.hour < SEND_HOUR) continue;
    const sameDay = byDate.get(clock.date);
    if (sameDay) sameDay.push(org.id);
    else byDate.set(clock.date, [org.id]);
  }
  return byDate;
}

/**
 * One pass: notifies the owners of open tasks (in active roadmaps) due tomorrow, and of
 * those overdue since at most OVERDUE_WINDOW_DAYS, each once per due day.
 */
export async function runReminderSweep(
  options: {
    client?: Db;
    now?: Date;
    /** Only these organisations (tests). */ orgIds?: string[];
  } = {},
): Promise<ReminderRun> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  const run: ReminderRun = { due: 0, overdue: 0 };
  // A large instance has thousands of organisations and candidates: each statement
  // binds at most a batch of them.
  for (const [today, allOrgIds] of await orgsByLocalDate(client, now, options.orgIds)) {
    for (const orgIds of batches(allOrgIds)) await remindBatch(client, today, orgIds, run);
  }
  return run;
}

/** The reminders of `orgIds`, whose local date is `today` (see runReminderSweep). */
async function remindBatch(client: Db, today: IsoDate, orgIds: string[], run: ReminderRun) {
  const tomorrow = addDaysIso(today, 1);
  const tasks = await client.task.findMany({
    where: {
      orgId: { in: orgIds },
      deletedAt: null,
      status: { not: "done" },
      ownerId: { not: null },
      roadmap: { status: "active" },
      dueDate: {
        gte: isoToUtcDate(addDaysIso(today, -OVERDUE_WINDOW_DAYS)),
        lte: isoToUtcDate(tomorrow),
      },
    },
    select: { id: true, orgId: true, roadmapId: true, title: true, ownerId: true, dueDate: true },
  });
  const candidates = tasks.flatMap((task) => {
    const due = utcDateToIso(task.dueDate);
    const kind: NotificationKind | null =
      due === tomorrow ? "task_due" : due < today ? "task_overdue" : null;
    return kind ? [{ task, kind, key: `${kind}:${task.id}:${due}` }] : [];
  });
  if (candidates.length === 0) return;
  // Skip what was sent before without a write; the key in the transaction decides races.
  const done = new Set<string>();
  for (const keys of batches(candidates.map((c) => c.key))) {
    const taken = await client.notificationKey.findMany({
      where: { key: { in: keys } },
      select: { key: true },
    });
    for (const row of taken) done.add(row.key);
  }
  for (const { task, kind, key } of candidates) {
    if (done.has(key)) continue;
    const sent = await client.$transaction(async (tx) => {
      if (!(await claimOnce(tx, key))) return false;
      await notify(tx, {
        orgId: task.orgId,
        recipientIds: [task.ownerId],
        kind,
        params: { task: task.title },
        path: `/roadmaps/${task.roadmapId}/tasks/${task.id}`,
      });
      return true;
    });
    if (sent) run[kind === "task_due" ? "due" : "overdue"]++;
  }
}

/**
 * Runs the sweeps in this process: at once and every SWEEP_MS. Passes never overlap in
 * one process; across instances the keys keep them apart. Returns a function that stops it.
 */
export function startNotificationSweep(everyMs: number = SWEEP_MS): () => void {
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      const reminders = await runReminderSweep();
      const digests = await runDigestSweep();
      if (reminders.due + reminders.overdue + digests.sent > 0) {
        logger.info("notification sweep", { ...reminders, digests: digests.sent });
        mailQueued();
      }
    } catch (error) {
      logger.error("notification sweep failed", { error });
    } finally {
      running = false;
    }
  };
  void pass();
  const timer = setInterval(() => void pass(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
