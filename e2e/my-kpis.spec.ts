import { isoToUtcDate, todayIso } from "../app/modules/calendar/dates";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, signInAs, test } from "./fixtures";

async function orgWithOwnedKpi() {
  const org = await createTestOrg({ withRoadmap: true });
  const kpi = await e2eDb().kpi.create({
    data: {
      orgId: org.org.id,
      roadmapId: org.roadmapId,
      ownerId: org.users.member.id,
      name: "Antwortzeit",
      category: "efficiency",
      unit: "Min.",
      direction: "lower_is_better",
      baseline: 20,
      target: 10,
      baselineDate: isoToUtcDate(todayIso()),
      targetDate: isoToUtcDate(todayIso()),
    },
    select: { id: true },
  });
  return { ...org, kpiId: kpi.id };
}

for (const javaScriptEnabled of [true, false]) {
  test(`a KPI owner records a value from “My tasks” (${javaScriptEnabled ? "with" : "without"} JavaScript)`, async ({
    browser,
  }) => {
    const { org, users, kpiId } = await orgWithOwnedKpi();
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await signInAs(page, users.member.email, E2E_PASSWORD);
    await page.goto(`/o/${org.slug}/my-tasks`);
    const section = page.getByRole("region", { name: "Meine Kennzahlen" });
    await expect(
      section.getByRole("heading", { name: "Wert für Antwortzeit erfassen" }),
    ).toBeVisible();
    await section.getByLabel("Wert (Min.)").fill("17,5");
    await section.getByRole("button", { name: "Erfassen" }).click();
    await expect(section.getByRole("status")).toBeVisible();
    await expect(page).toHaveURL(/\/my-tasks/);
    await expect
      .poll(async () =>
        (await e2eDb().kpiMeasurement.findMany({ where: { kpiId }, select: { value: true } })).map(
          (m) => m.value,
        ),
      )
      .toEqual([17.5]);
  });
}

test("someone who owns no KPI sees no KPI section", async ({ page }) => {
  const { org, users } = await orgWithOwnedKpi();
  await signInAs(page, users.manager.email, E2E_PASSWORD);
  await page.goto(`/o/${org.slug}/my-tasks`);
  await expect(page.getByRole("heading", { level: 1, name: "Meine Aufgaben" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Meine Kennzahlen" })).toHaveCount(0);
});
