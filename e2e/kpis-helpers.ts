// Helpers for the KPI, dashboard and report specs (issue 6).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { addDaysIso, isoToUtcDate, todayIso } from "../app/modules/calendar/dates";
import { e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import { expect } from "./fixtures";

export async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/** The roadmap's start date: createTestOrg starts it 14 days ago. */
export function roadmapStart() {
  return addDaysIso(todayIso(), -14);
}

/**
 * A KPI on the org's roadmap: "higher is better" from 0 to 100 over the 90 days, owned
 * by the member, with a first measurement of 0 on the start date (so it is on track).
 */
export async function createKpi(
  org: TestOrg,
  overrides: { name?: string; ownerId?: string | null; withMeasurement?: boolean } = {},
) {
  const db = e2eDb();
  const start = roadmapStart();
  const kpi = await db.kpi.create({
    data: {
      orgId: org.org.id,
      roadmapId: org.roadmapId!,
      ownerId: overrides.ownerId === undefined ? org.users.member.id : overrides.ownerId,
      name: overrides.name ?? "Angebote pro Woche",
      category: "efficiency",
      unit: "Stk.",
      direction: "higher_is_better",
      baseline: 0,
      target: 100,
      baselineDate: isoToUtcDate(start),
      targetDate: isoToUtcDate(addDaysIso(start, 89)),
    },
    select: { id: true, name: true },
  });
  if (overrides.withMeasurement !== false) {
    await db.kpiMeasurement.create({
      data: {
        orgId: org.org.id,
        kpiId: kpi.id,
        value: 0,
        date: isoToUtcDate(start),
        recordedById: org.users.manager.id,
        note: "Ausgangsmessung",
      },
    });
  }
  return kpi;
}

/** Today as the German date field shows and submits it. */
export function today() {
  return todayIso();
}
