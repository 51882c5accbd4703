// Step 1: the throwaway database, reset to the demo data, and a pool of open
// tasks large enough to tick one off per request for the whole run.
import type { Db } from "../../app/lib/db.server";
import { run } from "../ops-lib";

export type PoolTask = { id: string; roadmapId: string; phase: string };

/** Migrates the database from scratch and loads the demo organisation. */
export function resetDatabase(): void {
  run("npx", ["tsx", "prisma/reset.ts"], { ...process.env, FAHRPLAN_RESET_CONFIRM: "yes" });
}

/**
 * The demo organisation's open tasks, topped up with draft roadmaps of 150
 * tasks each until there are enough for `durationS` seconds of ticking
 * (~100 ticks/s at most on this mix), shuffled.
 */
export async function prepareTaskPool(databaseUrl: string, durationS: number) {
  // Loaded here, in the process that runs against the throwaway database only.
  const { createDb } = await import("../../app/lib/db.server");
  const { createRoadmapFromTemplate } = await import("../../app/modules/roadmaps/create.server");
  const { PHASES, dueDateForWeek, templateSpan } =
    await import("../../app/modules/calendar/phase-dates");
  const { isoToUtcDate, todayIso, addDaysIso } = await import("../../app/modules/calendar/dates");
  const demo = await import("../../app/modules/demo/people");
  const db: Db = createDb(databaseUrl);
  const org = await db.organisation.findUniqueOrThrow({
    where: { slug: demo.DEMO_ORG.slug },
    select: { id: true },
  });
  const roadmap = await db.roadmap.findFirstOrThrow({
    where: { orgId: org.id, status: "active" },
    select: { id: true },
  });
  const manager = await db.user.findUniqueOrThrow({
    where: { email: demo.DEMO_USERS[1].email },
    select: { id: true },
  });
  // Ticks go to the demo roadmap's open tasks plus tasks added to it for the
  // check, enough for the whole run.
  const poolTarget = Math.max(1500, durationS * 100);
  const openInDemo = await db.task.count({
    where: { roadmapId: roadmap.id, status: { not: "done" }, deletedAt: null },
  });
  const extraRoadmaps = Math.ceil(Math.max(0, poolTarget - openInDemo) / 150);
  const startDate = addDaysIso(todayIso(), -28);
  for (let r = 0; r < extraRoadmaps; r++) {
    await db.$transaction(async (tx) => {
      const created = await createRoadmapFromTemplate(tx, {
        orgId: org.id,
        actorId: manager.id,
        title: `Skalierungstest ${r + 1}`,
        startDate,
        locale: "de",
        status: "draft",
      });
      const existing = await tx.task.count({ where: { roadmapId: created.id } });
      await tx.task.createMany({
        data: Array.from({ length: Math.max(0, 150 - existing) }, (_, i) => {
          const phase = PHASES[i % 3]!;
          return {
            orgId: org.id,
            roadmapId: created.id,
            phaseId: created.phaseIds[phase.kind],
            title: `Prüfschritt ${i + 1}`,
            dueDate: isoToUtcDate(dueDateForWeek(templateSpan(startDate), phase.startWeek)),
            position: 100 + i,
          };
        }),
      });
    });
  }
  const poolRows = await db.task.findMany({
    where: { orgId: org.id, status: { not: "done" }, deletedAt: null },
    select: { id: true, roadmapId: true, phase: { select: { kind: true } } },
    orderBy: { id: "asc" },
  });
  // Shuffled so the ticks spread over boards and phases.
  const pool: PoolTask[] = poolRows
    .map((t) => ({ id: t.id, roadmapId: t.roadmapId, phase: t.phase.kind as string }))
    .sort(() => Math.random() - 0.5);
  return { db, demo, roadmapId: roadmap.id, pool };
}
