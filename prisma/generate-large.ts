// Adds a large dataset for benchmarks: organisations × roadmaps × tasks, with
// KPIs measured daily, use cases (three in the pilot, with oversight reviews and data
// sources) and members. Usage:
//   npm run db:large -- --orgs 50 --roadmaps 2 --tasks 300 --kpis 20 --days 90 --members 5
// Every organisation is "bench-<n>"; re-running replaces them. The user
// bench@fahrplan.test (password Fahrplan-Bench-2026) is a manager in all of them, or
// with --solo in bench-0 only (each other organisation then has a manager of its own,
// bench-<n>@fahrplan.test), so bench-0's pages look the same at 1 and 1,000
// organisations.
//
// The organisations' rows are written as if all of them worked at once: task i of
// every organisation, then task i + 1…; day d's measurements of every organisation,
// then day d + 1. So one organisation's rows are spread over the whole file, as in a
// real instance, and a query that reads other tenants' rows shows it in the bench.
import "dotenv/config";
import { parseArgs } from "node:util";
import { createDb } from "../app/lib/db.server";
import { hashPassword } from "../app/lib/password.server";
import { addDaysIso, isoToUtcDate, todayIso } from "../app/modules/calendar/dates";
import { createRoadmapFromTemplate } from "../app/modules/roadmaps/create.server";
import { dueDateForWeek, PHASES, templateSpan } from "../app/modules/calendar/phase-dates";
import { CHECK_ASPECTS } from "../app/modules/data-sources/fields";
import { templateTasksFor } from "../app/modules/roadmaps/template";

const { values } = parseArgs({
  options: {
    orgs: { type: "string", default: "20" },
    roadmaps: { type: "string", default: "1" },
    tasks: { type: "string", default: "300" },
    kpis: { type: "string", default: "20" },
    days: { type: "string", default: "90" },
    "use-cases": { type: "string", default: "10" },
    members: { type: "string", default: "5" },
    solo: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(
    "npm run db:large -- --orgs N --roadmaps N --tasks N --kpis N --days N --use-cases N --members N [--solo]",
  );
  process.exit(0);
}
const n = (key: Exclude<keyof typeof values, "help" | "solo">) => Math.max(0, Number(values[key]));

export const BENCH_EMAIL = "bench@fahrplan.test";
export const BENCH_PASSWORD = "Fahrplan-Bench-2026";
/** Rows per INSERT: well below SQLite's 32,766 bound parameters at ≤ 12 columns. */
const CHUNK = 2_000;

const db = createDb();
const started = performance.now();
const today = todayIso();
const startDate = addDaysIso(today, -35);
const statuses = ["todo", "in_progress", "blocked", "done"] as const;
const orgCount = n("orgs");

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** `make(i, o)` for i < count, for every organisation o: row i of all of them, then i + 1. */
function interleaved<T>(count: number, make: (i: number, o: number) => T | T[]): T[] {
  const rows: T[] = [];
  for (let i = 0; i < count; i++) {
    for (let o = 0; o < orgCount; o++) rows.push(...([] as T[]).concat(make(i, o)));
  }
  return rows;
}

await db.organisation.deleteMany({ where: { slug: { startsWith: "bench-" } } });
await db.user.deleteMany({ where: { email: { endsWith: "@bench.fahrplan.test" } } });
const passwordHash = await hashPassword(BENCH_PASSWORD);
const benchUser = await db.user.upsert({
  where: { email: BENCH_EMAIL },
  update: {},
  create: { email: BENCH_EMAIL, name: "Bench Manager", passwordHash },
  select: { id: true },
});

const orgs = await db.organisation.createManyAndReturn({
  data: Array.from({ length: orgCount }, (_, o) => ({
    slug: `bench-${o}`,
    name: `Bench ${o} GmbH`,
  })),
  select: { id: true, slug: true },
});
orgs.sort((a, b) => Number(a.slug.slice(6)) - Number(b.slug.slice(6)));

// People: each organisation's manager (the bench user, or with --solo one of its own
// outside bench-0) and its members, who own tasks with the manager.
const people = await db.user.createManyAndReturn({
  data: interleaved(n("members") + 1, (m, o) =>
    m === 0 && (!values.solo || o === 0)
      ? []
      : {
          email:
            m === 0 ? `manager-${o}@bench.fahrplan.test` : `member-${o}-${m}@bench.fahrplan.test`,
          name: m === 0 ? `Bench ${o} Manager` : `Mitglied ${m} (Bench ${o})`,
          passwordHash,
        },
  ),
  select: { id: true, email: true },
});
const byEmail = new Map(people.map((p) => [p.email, p.id]));
const managerOf = (o: number) =>
  values.solo && o > 0 ? byEmail.get(`manager-${o}@bench.fahrplan.test`)! : benchUser.id;
const ownersOf = orgs.map((_, o) => [
  managerOf(o),
  ...Array.from({ length: n("members") }, (_, m) =>
    byEmail.get(`member-${o}-${m + 1}@bench.fahrplan.test`)!,
  ),
]);
await inChunks(
  interleaved(n("members") + 1, (m, o) => ({
    orgId: orgs[o]!.id,
    userId: ownersOf[o]![m]!,
    role: m === 0 ? ("manager" as const) : ("member" as const),
  })),
  (data) => db.membership.createMany({ data }),
);

// Roadmaps from the template (its tasks, gates and KPIs), organisation by organisation.
const roadmaps: { id: string; phaseIds: Record<string, string> }[][] = orgs.map(() => []);
for (let r = 0; r < n("roadmaps"); r++) {
  for (const [o, org] of orgs.entries()) {
    roadmaps[o]!.push(
      await db.$transaction((tx) =>
        createRoadmapFromTemplate(tx, {
          orgId: org.id,
          actorId: managerOf(o),
          title: `Roadmap ${r + 1}`,
          startDate,
          locale: "de",
          status: r === 0 ? "active" : "draft",
          ownerIds: [managerOf(o)],
        }),
      ),
    );
  }
}

const extra = Math.max(0, n("tasks") - templateTasksFor("de").length);
for (let r = 0; r < n("roadmaps"); r++) {
  await inChunks(
    interleaved(extra, (i, o) => {
      const roadmap = roadmaps[o]![r]!;
      const phase = PHASES[i % 3]!;
      const week = phase.startWeek + (i % (phase.endWeek - phase.startWeek + 1));
      const status = statuses[i % 4]!;
      const owners = ownersOf[o]!;
      return {
        orgId: orgs[o]!.id,
        roadmapId: roadmap.id,
        phaseId: roadmap.phaseIds[phase.kind]!,
        title: `Aufgabe ${i + 1}: Prozessschritt prüfen und dokumentieren`,
        dueDate: isoToUtcDate(dueDateForWeek(templateSpan(startDate), week)),
        status,
        completedAt: status === "done" ? isoToUtcDate(today) : null,
        ownerId: i % 5 === 0 ? owners[0]! : owners[i % owners.length]!,
        position: 100 + i,
      };
    }),
    (data) => db.task.createMany({ data }),
  );
}

// KPIs of each organisation's first roadmap, measured daily.
const kpiRows = interleaved(n("kpis"), (k, o) => ({
  orgId: orgs[o]!.id,
  roadmapId: roadmaps[o]![0]?.id ?? null,
  ownerId: managerOf(o),
  name: `Kennzahl ${k + 1}`,
  category: "efficiency" as const,
  unit: "Min.",
  direction: "lower_is_better" as const,
  baseline: 20,
  target: 10,
  baselineDate: isoToUtcDate(startDate),
  targetDate: isoToUtcDate(addDaysIso(startDate, 89)),
}));
const kpis: { id: string; orgId: string }[] = [];
await inChunks(kpiRows, async (data) =>
  kpis.push(...(await db.kpi.createManyAndReturn({ data, select: { id: true, orgId: true } }))),
);
const kpisOf = new Map<string, string[]>();
for (const kpi of kpis) kpisOf.set(kpi.orgId, [...(kpisOf.get(kpi.orgId) ?? []), kpi.id]);
await inChunks(
  interleaved(n("days"), (d, o) =>
    (kpisOf.get(orgs[o]!.id) ?? []).map((kpiId) => ({
      orgId: orgs[o]!.id,
      kpiId,
      value: 20 - (10 * d) / 89 + ((d * 7) % 5) / 5,
      date: isoToUtcDate(addDaysIso(startDate, d)),
      recordedById: managerOf(o),
    })),
  ),
  (data) => db.kpiMeasurement.createMany({ data }),
);
// Use cases: the first three on the first roadmap (piloting, selected, candidate), so
// the pilot board shows its oversight entry and the analysis board its data-basis
// check; the piloting one's outputs were reviewed every day until today, and each of
// the three has two data sources, one of them fully checked.
const ON_ROADMAP = ["piloting", "selected", "candidate"] as const;
const useCases: { id: string; orgId: string; status: string; roadmapId: string | null }[] = [];
await inChunks(
  interleaved(n("use-cases"), (u, o) => ({
    orgId: orgs[o]!.id,
    title: `Anwendungsfall ${u + 1}`,
    ratingValue: 1 + (u % 5),
    ratingDataQuality: 1 + ((u + 2) % 5),
    roadmapId: u < ON_ROADMAP.length ? (roadmaps[o]![0]?.id ?? null) : null,
    status: ON_ROADMAP[u] ?? "candidate",
  })),
  async (data) =>
    useCases.push(
      ...(await db.useCase.createManyAndReturn({
        data,
        select: { id: true, orgId: true, status: true, roadmapId: true },
      })),
    ),
);
const onRoadmap = useCases.filter((u) => u.roadmapId !== null);
const piloting = new Map(onRoadmap.filter((u) => u.status === "piloting").map((u) => [u.orgId, u]));
await inChunks(
  interleaved(Math.min(n("days"), 36), (d, o) =>
    [piloting.get(orgs[o]!.id)].flatMap((u) =>
      !u
        ? []
        : {
            orgId: u.orgId,
            useCaseId: u.id,
            reviewerId: managerOf(o),
            date: isoToUtcDate(addDaysIso(startDate, d)),
            reviewedCount: 20,
            approvedCount: 16 - (d % 3),
            correctedCount: 3 + (d % 3),
            rejectedCount: 1,
          },
    ),
  ),
  (data) => db.oversightReview.createMany({ data }),
);
const sources: { id: string; orgId: string }[] = [];
await inChunks(
  onRoadmap.flatMap((u) =>
    ["CRM", "Dokumentenablage"].map((name, i) => ({
      orgId: u.orgId,
      useCaseId: u.id,
      name: `${name} (${i === 0 ? "geprüft" : "offen"})`,
      kind: "customer" as const,
      personalData: "ordinary" as const,
      legalBasis: "b",
    })),
  ),
  async (data) =>
    sources.push(
      ...(await db.dataSource.createManyAndReturn({ data, select: { id: true, orgId: true } })),
    ),
);
await inChunks(
  sources.flatMap((source, i) =>
    i % 2 === 0
      ? CHECK_ASPECTS.map((aspect) => ({
          orgId: source.orgId,
          dataSourceId: source.id,
          aspect,
          checkedOn: isoToUtcDate(startDate),
        }))
      : [],
  ),
  (data) => db.dataSourceCheck.createMany({ data }),
);

console.log(
  `Generated ${orgCount} organisations × ${n("roadmaps")} roadmaps × ${n("tasks")} tasks, ` +
    `${n("kpis")} KPIs × ${n("days")} measurements, ${n("members")} members each` +
    `${values.solo ? " (bench user in bench-0 only)" : ""} in ${Math.round(performance.now() - started)} ms.`,
);
await db.$disconnect();
