// The demo roadmap's KPIs: five measured series with realistic, deterministic noise.
import { addDaysIso, isoToUtcDate } from "~/modules/calendar/dates";
import type { DemoUserKey } from "./people";
import type { Tx } from "./content.server";

/** Deterministic noise, so every seed run draws the same demo curves. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** The roadmap's KPIs and their measurements up to today. */
export async function seedKpis(
  tx: Tx,
  orgId: string,
  roadmapId: string,
  useCaseId: string,
  startDate: string,
  today: string,
  users: Record<DemoUserKey, string>,
) {
  const targetDate = addDaysIso(startDate, 89);
  const kpis = [
    {
      name: "Bearbeitungszeit je Anfrage",
      category: "efficiency",
      unit: "Min.",
      direction: "lower_is_better",
      baseline: 18,
      target: 9,
      drift: 0.95,
      owner: users.member,
    },
    {
      name: "Fehlerquote in Antworten",
      category: "quality",
      unit: "%",
      direction: "lower_is_better",
      baseline: 6,
      target: 3,
      drift: 0.7,
      owner: users.member2,
    },
    {
      name: "Kosten je Anfrage",
      category: "cost",
      unit: "€",
      direction: "lower_is_better",
      baseline: 14.5,
      target: 9,
      drift: 1.05,
      owner: users.manager,
    },
    {
      name: "Kundenzufriedenheit (CSAT)",
      category: "satisfaction",
      unit: "von 5",
      direction: "higher_is_better",
      baseline: 3.9,
      target: 4.4,
      drift: 1.1,
      owner: users.member,
    },
  ] as const;
  const rand = random(42);
  for (const k of kpis) {
    const kpi = await tx.kpi.create({
      data: {
        orgId,
        roadmapId,
        useCaseId,
        ownerId: k.owner,
        name: k.name,
        category: k.category,
        unit: k.unit,
        direction: k.direction,
        baseline: k.baseline,
        target: k.target,
        baselineDate: isoToUtcDate(startDate),
        targetDate: isoToUtcDate(targetDate),
      },
      select: { id: true },
    });
    const measurements = [];
    for (let day = 0; addDaysIso(startDate, day) <= today; day += 7) {
      const share = Math.min(1, (day / 89) * k.drift);
      const noise = (rand() - 0.5) * Math.abs(k.target - k.baseline) * 0.15;
      const value = Math.round((k.baseline + (k.target - k.baseline) * share + noise) * 100) / 100;
      measurements.push({
        orgId,
        kpiId: kpi.id,
        value,
        date: isoToUtcDate(addDaysIso(startDate, day)),
        note: day === 0 ? "Ausgangsmessung" : "",
        recordedById: k.owner,
      });
    }
    await tx.kpiMeasurement.createMany({ data: measurements });
  }
}
