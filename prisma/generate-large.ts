// Adds a large dataset for benchmarks: organisations × roadmaps × tasks, with
// KPIs measured daily. Usage:
//   npm run db:large -- --orgs 50 --roadmaps 2 --tasks 300 --kpis 20 --days 90
// Every organisation is "bench-<n>"; re-running replaces them. The user
// bench@fahrplan.test (password Fahrplan-Bench-2026) is a manager in all of them.
import "dotenv/config";
import { parseArgs } from "node:util";
import { createDb } from "../app/lib/db.server";
import { hashPassword } from "../app/lib/password.server";
import { addDaysIso, isoToUtcDate, todayIso } from "../app/modules/calendar/dates";
import { createRoadmapFromTemplate } from "../app/modules/roadmaps/create.server";
import { dueDateForWeek, PHASES, templateSpan } from "../app/modules/calendar/phase-dates";
import { templateTasksFor } from "../app/modules/roadmaps/template";

const { values } = parseArgs({
  options: {
    orgs: { type: "string", default: "20" },
    roadmaps: { type: "string", default: "1" },
    tasks: { type: "string", default: "300" },
    kpis: { type: "string", default: "20" },
    days: { type: "string", default: "90" },
    "use-cases": { type: "string", default: "10" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(
    "npm run db:large -- --orgs N --roadmaps N --tasks N --kpis N --days N --use-cases N",
  );
  process.exit(0);
}
const n = (key: keyof typeof values) => Math.max(0, Number(values[key]));

export const BENCH_EMAIL = "bench@fahrplan.test";
export const BENCH_PASSWORD = "Fahrplan-Bench-2026";

const db = createDb();
const started = performance.now();
const today = todayIso();
const startDate = addDaysIso(today, -35);
const statuses = ["todo", "in_progress", "blocked", "done"] as const;

const user = await db.user.upsert({
  where: { email: BENCH_EMAIL },
  update: {},
  create: {
    email: BENCH_EMAIL,
    name: "Bench Manager",
    passwordHash: await hashPassword(BENCH_PASSWORD),
  },
  select: { id: true },
});
await db.organisation.deleteMany({ where: { slug: { startsWith: "bench-" } } });

for (let o = 0; o < n("orgs"); o++) {
  const org = await db.organisation.create({
    data: {
      slug: `bench-${o}`,
      name: `Bench ${o} GmbH`,
      memberships: { create: { userId: user.id, role: "manager" } },
    },
    select: { id: true },
  });
  for (let r = 0; r < n("roadmaps"); r++) {
    await db.$transaction(async (tx) => {
      const roadmap = await createRoadmapFromTemplate(tx, {
        orgId: org.id,
        actorId: user.id,
        title: `Roadmap ${r + 1}`,
        startDate,
        locale: "de",
        status: r === 0 ? "active" : "draft",
        ownerIds: [user.id],
      });
      const extra = Math.max(0, n("tasks") - templateTasksFor("de").length);
      await tx.task.createMany({
        data: Array.from({ length: extra }, (_, i) => {
          const phase = PHASES[i % 3]!;
          const week = phase.startWeek + (i % (phase.endWeek - phase.startWeek + 1));
          const status = statuses[i % 4]!;
          return {
            orgId: org.id,
            roadmapId: roadmap.id,
            phaseId: roadmap.phaseIds[phase.kind],
            title: `Aufgabe ${i + 1}: Prozessschritt prüfen und dokumentieren`,
            dueDate: isoToUtcDate(dueDateForWeek(templateSpan(startDate), week)),
            status,
            completedAt: status === "done" ? isoToUtcDate(today) : null,
            ownerId: user.id,
            position: 100 + i,
          };
        }),
      });
      if (r > 0) return;
      for (let k = 0; k < n("kpis"); k++) {
        const kpi = await tx.kpi.create({
          data: {
            orgId: org.id,
            roadmapId: roadmap.id,
            ownerId: user.id,
            name: `Kennzahl ${k + 1}`,
            category: "efficiency",
            unit: "Min.",
            direction: "lower_is_better",
            baseline: 20,
            target: 10,
            baselineDate: isoToUtcDate(startDate),
            targetDate: isoToUtcDate(addDaysIso(startDate, 89)),
          },
          select: { id: true },
        });
        await tx.kpiMeasurement.createMany({
          data: Array.from({ length: n("days") }, (_, d) => ({
            orgId: org.id,
            kpiId: kpi.id,
            value: 20 - (10 * d) / 89 + ((d * 7) % 5) / 5,
            date: isoToUtcDate(addDaysIso(startDate, d)),
            recordedById: user.id,
          })),
        });
      }
      await tx.useCase.createMany({
        data: Array.from({ length: n("use-cases") }, (_, u) => ({
          orgId: org.id,
          title: `Anwendungsfall ${u + 1}`,
          ratingValue: 1 + (u % 5),
          ratingDataQuality: 1 + ((u + 2) % 5),
        })),
      });
    });
  }
}
console.log(
  `Generated ${n("orgs")} organisations × ${n("roadmaps")} roadmaps × ${n("tasks")} tasks, ` +
    `${n("kpis")} KPIs × ${n("days")} measurements in ${Math.round(performance.now() - started)} ms.`,
);
await db.$disconnect();
