import { db } from "~/lib/db.server";
import type { Db } from "~/lib/db.server";
import { publicOrigin } from "~/lib/http.server";
import { formatDate } from "~/lib/i18n";
import type { Locale } from "~/lib/i18n";
import {
  addDaysIso,
  isoToUtcDate,
  isoWeekday,
  isoWeekNumber,
  utcDateToIso,
} from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { getDashboard } from "../dashboards/dashboard.server";
import type { DigestHeadline, DigestTask } from "../mail/mails";
import { enqueueMail } from "../mail/outbox.server";
import { channelFor } from "./events";
import { claimOnce } from "./notify.server";
import { signUnsubscribe } from "./signing.server";
import { isDigestTime, isoWeekKey, wallClock } from "./zoned";

// The weekly digest: Monday from 07:00 in the organisation's time zone, one mail per
// person and organisation who wants it (preference "digest", on by default): their tasks
// due this week and overdue, and for owners and viewers the dashboard's headline of each
// active roadmap (the dashboard module's own numbers). Exactly once per person,
// organisation and ISO week: the key digest:<user>:<org>:<week> is taken in the
// transaction that queues the mail. Visitors' demo copies and the demo get none.

/** Tasks listed per section; the rest is one click away. */
const TASKS_PER_SECTION = 15;
/** Roadmaps whose headline a digest shows. */
const HEADLINES = 3;

export type DigestRun = { sent: number };

type Headline = Omit<DigestHeadline, "link"> & { roadmapId: string };

async function headlinesFor(client: Db, orgId: string, today: IsoDate): Promise<Headline[]> {
  const roadmaps = await client.roadmap.findMany({
    where: { orgId, status: "active" },
    orderBy: { createdAt: "desc" },
    take: HEADLINES,
    select: { id: true },
  });
  const dashboards = await Promise.all(
    roadmaps.map((roadmap) => getDashboard({ orgId, roadmapId: roadmap.id, today })),
  );
  return dashboards.flatMap((dashboard) => {
    if (!dashboard) return [];
    const planned = dashboard.budget.plannedCents;
    return [
      {
        roadmapId: dashboard.roadmap.id,
        roadmap: dashboard.roadmap.title,
        percentDone: dashboard.overall.percentDone,
        expectedPercent: dashboard.expectedPercent,
        kpisAtRisk: dashboard.kpis.filter(
          (kpi) => kpi.summary.status === "at_risk" || kpi.summary.status === "off_track",
        ).length,
        openGates: dashboard.phases.filter((phase) => phase.gate.status === "requested").length,
        budgetUsedPercent:
          planned > 0 ? Math.round((dashboard.budget.actualCents / planned) * 100) : null,
      },
    ];
  });
}

/**
 * One pass over the organisations where it is Monday, 07:00 or later: queues the digest
 * of every member who wants it and has not had this week's. Safe to run any number of
 * times, in any number of instances at once.
 */
export async function runDigestSweep(
  options: {
    client?: Db;
    now?: Date;
    /** Only these organisations (tests). */ orgIds?: string[];
  } = {},
): Promise<DigestRun> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  const run: DigestRun = { sent: 0 };
  const orgs = await client.organisation.findMany({
    where: {
      isDemo: false,
      demoExpiresAt: null,
      ...(options.orgIds ? { id: { in: options.orgIds } } : {}),
    },
    select: { id: true, slug: true, name: true, locale: true, timeZone: true },
  });
  const origin = publicOrigin();
  for (const org of orgs) {
    const clock = wallClock(now, org.timeZone);
    if (!isDigestTime(clock)) continue;
    const today = clock.date;
    const week = isoWeekKey(today);
    const members = await client.membership.findMany({
      where: { orgId: org.id, user: { demoExpiresAt: null } },
      select: {
        role: true,
        user: {
          select: {
            id: true,
            email: true,
            name: true,
            locale: true,
            notificationPrefs: { where: { event: "digest" }, select: { channel: true } },
          },
        },
      },
    });
    const wanting = members.filter(
      (m) => channelFor("digest", m.user.notificationPrefs[0]?.channel) === "email",
    );
    const keyOf = (userId: string) => `digest:${userId}:${org.id}:${week}`;
    const taken = new Set(
      (
        await client.notificationKey.findMany({
          where: { key: { in: wanting.map((m) => keyOf(m.user.id)) } },
          select: { key: true },
        })
      ).map((row) => row.key),
    );
    const due = wanting.filter((m) => !taken.has(keyOf(m.user.id)));
    if (due.length === 0) continue;
    const sunday = addDaysIso(today, 7 - isoWeekday(today));
    const needsHeadline = due.some((m) => m.role === "owner" || m.role === "viewer");
    const [tasks, headlines] = await Promise.all([
      client.task.findMany({
        where: {
          orgId: org.id,
          ownerId: { in: due.map((m) => m.user.id) },
          deletedAt: null,
          status: { not: "done" },
          roadmap: { status: "active" },
          dueDate: { lte: isoToUtcDate(sunday) },
        },
        orderBy: [{ dueDate: "asc" }, { id: "asc" }],
        select: { id: true, roadmapId: true, title: true, ownerId: true, dueDate: true },
      }),
      needsHeadline ? headlinesFor(client, org.id, today) : Promise.resolve([]),
    ]);
    for (const { role, user } of due) {
      const locale: Locale = user.locale ?? org.locale;
      const base = `${origin}/o/${org.slug}`;
      const item = (task: (typeof tasks)[number]): DigestTask => ({
        title: task.title,
        dueDate: formatDate(utcDateToIso(task.dueDate), locale),
        link: `${base}/roadmaps/${task.roadmapId}/tasks/${task.id}`,
      });
      const mine = tasks.filter((task) => task.ownerId === user.id);
      const overdue = mine.filter((task) => utcDateToIso(task.dueDate) < today);
      const thisWeek = mine.filter((task) => utcDateToIso(task.dueDate) >= today);
      const sent = await client.$transaction(async (tx) => {
        if (!(await claimOnce(tx, keyOf(user.id)))) return false;
        const token = await signUnsubscribe(tx, user.id, "digest");
        await enqueueMail(tx, {
          to: user.email,
          locale,
          orgId: null,
          input: {
            kind: "digest",
            name: user.name,
            org: org.name,
            week: isoWeekNumber(today),
            overdue: overdue.slice(0, TASKS_PER_SECTION).map(item),
            dueThisWeek: thisWeek.slice(0, TASKS_PER_SECTION).map(item),
            headlines:
              role === "owner" || role === "viewer"
                ? headlines.map(({ roadmapId, ...headline }) => ({
                    ...headline,
                    link: `${base}/dashboard/${roadmapId}`,
                  }))
                : [],
            link: `${base}/my-tasks`,
            unsubscribe: `${origin}/unsubscribe/${token}`,
          },
        });
        return true;
      });
      if (sent) run.sent++;
    }
  }
  return run;
}
