// The leadership dashboard (issue 6): what a managing director reads at a glance.
import type { Page } from "@playwright/test";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, signInAs, test } from "./fixtures";
import { createKpi, expectNoSeriousViolations } from "./kpis-helpers";

/** The scripts a page downloaded that contain the chart library. */
async function chartScripts(page: Page, urls: string[]) {
  const found: string[] = [];
  for (const url of urls) {
    const body = await (await page.request.get(url)).text();
    if (body.includes("recharts-wrapper")) found.push(url);
  }
  return found;
}

function collectScripts(page: Page) {
  const urls: string[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") urls.push(r.url());
  });
  return urls;
}

test("the dashboard shows progress, KPIs, risk tiers, gates, budget, value and overdue work", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const db = e2eDb();
  const kpi = await createKpi(org);
  const phases = await db.phase.findMany({
    where: { roadmapId: org.roadmapId! },
    select: { id: true, kind: true },
  });
  const analysis = phases.find((p) => p.kind === "analysis")!;
  await db.budgetLine.create({
    data: {
      orgId: org.org.id,
      roadmapId: org.roadmapId!,
      phaseId: analysis.id,
      label: "Workshops",
      plannedCents: 500_000,
      actualCents: 650_000,
    },
  });
  await db.roadmap.update({ where: { id: org.roadmapId! }, data: { plannedBudgetCents: 600_000 } });
  await db.useCase.create({
    data: {
      orgId: org.org.id,
      roadmapId: org.roadmapId!,
      title: "Antwortentwürfe",
      status: "piloting",
      hoursSavedPerWeek: 10,
      hourlyCostCents: 5000,
    },
  });
  await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "Dashboard" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/o/${org.org.slug}/dashboard/${org.roadmapId}$`));

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fahrplan");
  await expect(page.getByRole("progressbar", { name: "Gesamtfortschritt" })).toBeVisible();
  // 10 h/week × €50 × 2 weeks since the start = €1,000.
  await expect(page.getByText("1.000,00 €").first()).toBeVisible();
  await expect(page.getByRole("article", { name: kpi.name })).toBeVisible();
  const tiers = page.getByRole("region", { name: /Risikostufe/ });
  await expect(tiers.getByText("Noch nicht bewertet")).toBeVisible();
  // Budget over plan shows as a positive difference in the table.
  const budget = page.getByRole("region", { name: "Budget je Phase" });
  await expect(budget.getByRole("cell", { name: "+1.500,00 €" }).first()).toBeVisible();
  // Spending (6.500 €) past the roadmap's budget (6.000 €) is named; the lines are within it.
  await expect(budget.getByTestId("budget-overrun")).toContainText(
    "Die bisherigen Ausgaben (6.500,00 €) übersteigen das Budget des Fahrplans (6.000,00 €) um 500,00 €.",
  );
  await expect(budget.getByTestId("budget-overrun")).not.toContainText("geplanten Positionen");
  // The analysis gate: phase 1 still runs (day 15 of 21), so it is due, not yet overdue.
  await expect(page.getByText("Fällig").first()).toBeVisible();
  // The burn-up's text alternative names the numbers.
  await expect(
    page.getByText(/Bis Ende von Woche 3 sollten \d+ von \d+ Aufgaben erledigt sein/),
  ).toBeVisible();
});

test("charts load lazily, keep their reserved height, and pages without charts never load them", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const kpi = await createKpi(org);
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);

  const onList = collectScripts(page);
  await page.goto(`/o/${org.org.slug}/kpis`);
  await expect(page.getByRole("link", { name: kpi.name })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(await chartScripts(page, onList)).toEqual([]);

  const onDetail = collectScripts(page);
  await page.goto(`/o/${org.org.slug}/kpis/${kpi.id}`, { waitUntil: "commit" });
  const heading = page.getByRole("heading", { name: "Messwerte" });
  await heading.waitFor();
  const frame = page.locator(".chart-frame").first();
  expect((await frame.boundingBox())!.height).toBe(300);
  const before = (await heading.boundingBox())!.y;
  await expect(frame.locator(".recharts-wrapper")).toBeVisible();
  expect((await frame.boundingBox())!.height).toBe(300);
  expect((await heading.boundingBox())!.y).toBe(before);
  expect((await chartScripts(page, onDetail)).length).toBeGreaterThan(0);
});

test("a chart's legend comes with the page and its tooltip works from the first pointer", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const kpi = await createKpi(org);
  await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
  // The legend is in the page's HTML, before any chart code has run.
  const html = await (await page.request.get(`/o/${org.org.slug}/kpis/${kpi.id}`)).text();
  expect(html).toContain('class="chart-legend"');

  await page.goto(`/o/${org.org.slug}/kpis/${kpi.id}`);
  const frame = page.locator(".chart-frame").first();
  await expect(frame.locator(".chart-legend li")).toHaveText(["Istwert", "Planlinie"]);
  const plot = frame.locator(".recharts-surface");
  await expect(plot).toBeVisible();
  const box = (await plot.boundingBox())!;
  // Near the left edge: the day of the only measurement (the baseline, 0 Stk.).
  await page.mouse.move(box.x + 60, box.y + box.height / 2);
  await page.mouse.move(box.x + 64, box.y + box.height / 2);
  await expect(frame.locator(".recharts-tooltip-wrapper")).toContainText("Istwert : 0 Stk.");
});

test("the dashboard prints without the app's navigation", async ({ page }) => {
  const org = await createTestOrg({ withRoadmap: true });
  await signInAs(page, org.users.owner.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/dashboard/${org.roadmapId}`);
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Drucken" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("an organisation without a roadmap gets a helpful empty dashboard", async ({ page }) => {
  const org = await createTestOrg();
  await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/dashboard`);
  await expect(page.getByRole("heading", { name: "Noch kein Fahrplan" })).toBeVisible();
  // A viewer cannot create one: no dead-end button.
  await expect(page.getByRole("link", { name: "Ersten Fahrplan anlegen" })).toHaveCount(0);

  // A manager gets the next step from the empty dashboard.
  await page.context().clearCookies();
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/dashboard`);
  await page.getByRole("main").getByRole("link", { name: "Ersten Fahrplan anlegen" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${org.org.slug}/roadmaps/new$`));
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe on the dashboard (${colorScheme})`, () => {
    test.use({ colorScheme });
    test("no serious violations", async ({ page }) => {
      const org = await createTestOrg({ withRoadmap: true });
      await createKpi(org);
      await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
      await page.goto(`/o/${org.org.slug}/dashboard/${org.roadmapId}`);
      await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the dashboard fits the screen", async ({ page }) => {
    const org = await createTestOrg({ withRoadmap: true });
    await createKpi(org);
    await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
    await page.goto(`/o/${org.org.slug}/dashboard/${org.roadmapId}`);
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("the dashboard and the home page open the roadmap the user last looked at", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  // A newer active roadmap: without a last visit, it would be the one to land on.
  const newer = await e2eDb().roadmap.create({
    data: {
      orgId: org.org.id,
      title: "Zweiter Fahrplan 2027",
      startDate: new Date(Date.now() + 30 * 86_400_000),
      status: "active",
    },
    select: { id: true },
  });
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await nav.getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${newer.id}$`));

  // The user opens the first roadmap; from then on both land there.
  await page.goto(`/o/${org.org.slug}/roadmaps/${org.roadmapId}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await nav.getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${org.roadmapId}$`));
  await page.goto(`/o/${org.org.slug}`);
  await expect(page).toHaveURL(new RegExp(`/roadmaps/${org.roadmapId}$`));
});
