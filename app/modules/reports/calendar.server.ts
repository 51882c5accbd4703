import { createToken, hashToken } from "~/lib/crypto.server";
import { db } from "~/lib/db.server";
import { createT } from "~/lib/i18n";
import type { Locale } from "~/lib/i18n";
import { recordAudit } from "../audit/audit.server";
import { utcDateToIso } from "../calendar/dates";
import { computePhaseDates, spanOf } from "../calendar/phase-dates";
import { buildCalendar } from "./ics";
import type { FeedEntry } from "./ics";

/*
 * The personal iCalendar feed. It belongs to a person, not to one organisation: one
 * address shows the person's open tasks and the gates of the active roadmaps in every
 * organisation they are a member of (and nothing of one they have left).
 *
 * The address carries a 256-bit secret; the database keeps only its SHA-256 in
 * User.calendarToken (like sessions and invitations), so a leaked database opens no
 * feed. Hence the address is shown once, when created. Creating a new one replaces the
 * old; revoking sets it to null, and the old address answers 404.
 */

/** Whether the person has a live feed address. */
export async function hasCalendarFeed({ userId }: { userId: string }): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { calendarToken: true } });
  return Boolean(user?.calendarToken);
}

/**
 * Creates (or replaces) the person's feed secret and returns it; only its hash is
 * stored. Audited in the organisation the person did it from.
 */
export async function createCalendarFeed({
  userId,
  orgId,
  requestId,
}: {
  userId: string;
  orgId: string;
  requestId?: string;
}): Promise<string> {
  const token = createToken();
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: userId },
      select: { calendarToken: true },
    });
    await tx.user.update({ where: { id: userId }, data: { calendarToken: hashToken(token) } });
    await recordAudit(tx, {
      orgId,
      actorId: userId,
      requestId,
      entity: "calendar_feed",
      entityId: userId,
      action: before?.calendarToken ? "regenerate" : "create",
    });
  });
  return token;
}

export async function revokeCalendarFeed({
  userId,
  orgId,
  requestId,
}: {
  userId: string;
  orgId: string;
  requestId?: string;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, calendarToken: { not: null } },
      data: { calendarToken: null },
    });
    if (count === 0) return;
    await recordAudit(tx, {
      orgId,
      actorId: userId,
      requestId,
      entity: "calendar_feed",
      entityId: userId,
      action: "revoke",
    });
  });
}

/** Secrets look like createToken's output; anything else is not looked up at all. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The feed for a secret, or null when the secret is unknown or revoked. `origin` makes
 * the links in the entries absolute.
 */
export async function getCalendarFeed({
  token,
  origin,
}: {
  token: string;
  origin: string;
}): Promise<string | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const user = await db.user.findUnique({
    where: { calendarToken: hashToken(token) },
    select: { id: true, name: true, locale: true },
  });
  if (!user) return null;
  // Only organisations the person still belongs to, only active roadmaps.
  const inMyOrgs = { organisation: { memberships: { some: { userId: user.id } } } };
  const activeRoadmap = { status: "active" as const };
  const [tasks, phases] = await Promise.all([
    db.task.findMany({
      where: {
        ownerId: user.id,
        deletedAt: null,
        status: { not: "done" },
        roadmap: activeRoadmap,
        ...inMyOrgs,
      },
      orderBy: { dueDate: "asc" },
      take: 2000,
      select: {
        id: true,
        title: true,
        status: true,
        dueDate: true,
        roadmapId: true,
        phase: { select: { kind: true } },
        roadmap: { select: { title: true } },
        organisation: { select: { slug: true } },
      },
    }),
    db.phase.findMany({
      where: { roadmap: activeRoadmap, ...inMyOrgs },
      take: 600,
      select: {
        id: true,
        kind: true,
        gateStatus: true,
        roadmapId: true,
        roadmap: { select: { title: true, startDate: true, lengthDays: true } },
        organisation: { select: { slug: true } },
      },
    }),
  ]);
  const locale: Locale = user.locale ?? "de";
  const t = createT(locale);
  const entries: FeedEntry[] = [
    ...tasks.map((task) => ({
      uid: `task-${task.id}@fahrplan`,
      date: utcDateToIso(task.dueDate),
      title: t("reports.ics.taskDue", { title: task.title }),
      description: t("reports.ics.taskDescription", {
        roadmap: task.roadmap.title,
        phase: t(`phase.${task.phase.kind}`),
        status: t(`task.status.${task.status}`),
      }),
      url: `${origin}/o/${task.organisation.slug}/roadmaps/${task.roadmapId}`,
    })),
    ...phases.map((phase) => {
      const dates = computePhaseDates(spanOf(phase.roadmap)).find((d) => d.kind === phase.kind)!;
      const phaseName = t(`phase.${phase.kind}`);
      return {
        uid: `gate-${phase.id}@fahrplan`,
        date: dates.endDate,
        title: t("reports.ics.gate", { phase: phaseName, roadmap: phase.roadmap.title }),
        description: t("reports.ics.gateDescription", {
          phase: phaseName,
          status: t(`phase.gateStatus.${phase.gateStatus}`),
        }),
        url: `${origin}/o/${phase.organisation.slug}/roadmaps/${phase.roadmapId}`,
      };
    }),
  ];
  return buildCalendar({ name: t("reports.ics.calendarName", { name: user.name }), entries });
}
