// Figures leadership can trust (issue 15, items 1–3): what a KPI's values may be, the two
// questions before a doubtful value is stored, and KPI dates moving with the roadmap.
import { addDaysIso, isoToUtcDate } from "../app/modules/calendar/dates";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, signInAs, test } from "./fixtures";
import { createKpi, roadmapStart } from "./kpis-helpers";

const storedValues = async (kpiId: string) =>
  (
    await e2eDb().kpiMeasurement.findMany({
      where: { kpiId },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      select: { value: true },
    })
  ).map((m) => m.value);

test("a negative count, a slipped decimal point and a second value for a day are caught before they count", async ({
  page,
}) => {
  // "Angebote pro Woche" in Stk., 0 → 100, measured 0 on the start date.
  const org = await createTestOrg({ withRoadmap: true });
  const kpi = await createKpi(org);
  await signInAs(page, org.users.member.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/kpis/${kpi.id}`);
  const value = page.getByLabel("Wert (Stk.)");
  const record = page.getByRole("button", { name: "Erfassen" });

  await value.fill("-4");
  await record.click();
  await expect(
    page.getByText("Diese Kennzahl nimmt keine negativen Werte an.", { exact: false }),
  ).toBeVisible();
  await expect(value).toHaveAttribute("aria-invalid", "true");

  // 5.000 instead of 50: far outside 0–100, so the form asks first and stores nothing.
  await value.fill("5000");
  await record.click();
  await expect(page.getByText("Bisher lagen die Werte zwischen 0 Stk. und 100 Stk.")).toBeVisible();
  expect(await storedValues(kpi.id)).toEqual([0]);
  await value.fill("50");
  await record.click();
  await expect(page.getByText("Messwert erfasst.")).toBeVisible();
  // The form is empty again: a second click cannot store the value twice.
  await expect(value).toHaveValue("");
  expect(await storedValues(kpi.id)).toEqual([0, 50]);

  // A value for the start date, which has one: replace it or add a correction?
  await value.fill("3");
  await page.getByLabel("Datum", { exact: true }).fill(roadmapStart());
  await record.click();
  const question = page.getByRole("group", { name: "Zweiter Wert für diesen Tag" });
  await expect(question).toContainText("gibt es schon einen Wert (0 Stk.)");
  await question.getByLabel(/Als Korrektur hinzufügen/).check();
  await record.click();
  await expect(page.getByText("Messwert erfasst.")).toBeVisible();
  const table = page.getByRole("table", { name: "Messwerte" });
  // Both stay in the list; the earlier one is marked as replaced, the new one counts.
  await expect(table.getByRole("row", { name: /3 Stk\. Korrektur/ })).toBeVisible();
  await expect(
    table.getByRole("row", { name: /0 Stk\. \(durch eine Korrektur ersetzt\)/ }),
  ).toBeVisible();
  expect(await storedValues(kpi.id)).toEqual([0, 3, 50]);
});

test("without JavaScript: a value far outside the history is stored once confirmed", async ({
  browser,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const kpi = await createKpi(org);
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signInAs(page, org.users.member.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/kpis/${kpi.id}`);
  await page.getByLabel("Wert (Stk.)").fill("5000");
  await page.getByRole("button", { name: "Erfassen" }).click();
  await page.getByLabel("Ja, 5.000 Stk. ist richtig").check();
  await page.getByRole("button", { name: "Erfassen" }).click();
  await expect(page.getByText("Messwert erfasst.")).toBeVisible();
  expect(await storedValues(kpi.id)).toEqual([0, 5000]);
});

test("moving the roadmap's start moves the KPI line tied to it, shown before saving", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const kpi = await createKpi(org);
  const start = roadmapStart();
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/roadmaps/${org.roadmapId}/edit`);
  await page.getByLabel("Startdatum").fill(addDaysIso(start, 7));
  await page.getByRole("button", { name: "Speichern" }).click();
  const preview = page.getByRole("region", { name: "Das verschiebt sich" });
  await expect(preview.getByText("Alles verschiebt sich um 7 Tage nach hinten.")).toBeVisible();
  await expect(preview.getByText("1 Kennzahl verschiebt sich mit")).toBeVisible();
  await expect(preview.getByRole("listitem").filter({ hasText: kpi.name })).toContainText(
    "Ausgangswert",
  );
  await preview.getByRole("button", { name: "Plan verschieben und speichern" }).click();
  await expect(page).not.toHaveURL(/\/edit$/);
  const moved = await e2eDb().kpi.findUniqueOrThrow({ where: { id: kpi.id } });
  expect(moved.baselineDate.toISOString().slice(0, 10)).toBe(addDaysIso(start, 7));
  expect(moved.targetDate.toISOString().slice(0, 10)).toBe(addDaysIso(start, 96));
});

test("a KPI fed by a system many times a day pages its measurements and corrects one on page 2", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const kpi = await createKpi(org, { withMeasurement: false });
  const start = roadmapStart();
  // Ten days × 6 values, a minute apart: 60 measurements, the day's last one counts.
  await e2eDb().kpiMeasurement.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      orgId: org.org.id,
      kpiId: kpi.id,
      value: i,
      date: isoToUtcDate(addDaysIso(start, Math.floor(i / 6))),
      recordedById: org.users.member.id,
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    })),
  });
  await signInAs(page, org.users.member.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/kpis/${kpi.id}`);
  await expect(page.getByText("60 Messwerte")).toBeVisible();
  const table = page.getByRole("table", { name: "Messwerte" });
  await expect(table.getByRole("row")).toHaveCount(51); // the head and 50 rows
  const pages = page.getByRole("navigation", { name: "Seiten der Messwerte" });
  await expect(pages).toContainText("Seite 1 von 2");
  await expect(pages.getByRole("link", { name: "Neuere Messwerte" })).toHaveCount(0);
  // The latest value (59) is what the KPI shows.
  await expect(page.getByRole("definition").first()).toContainText("59");

  await pages.getByRole("link", { name: "Ältere Messwerte" }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(pages).toContainText("Seite 2 von 2");
  await expect(table.getByRole("row")).toHaveCount(11);
  // The oldest day's first value, no correction; edit it here and come back to page 2.
  const oldest = table.getByRole("row").last();
  await expect(oldest).toContainText("0 Stk.");
  await oldest.getByRole("link", { name: /bearbeiten/ }).click();
  await expect(page).toHaveURL(/page=2&edit=/);
  await table.getByRole("textbox", { name: "Wert" }).fill("7");
  await table.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Messwert geändert.", { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/page=2/);
  await expect(table.getByRole("row").last()).toContainText("7 Stk.");

  // A page beyond the last goes to the last; a page that is no number is refused.
  await page.goto(`/o/${org.org.slug}/kpis/${kpi.id}?page=5`);
  await expect(pages).toContainText("Seite 2 von 2");
  const refused = await page.goto(`/o/${org.org.slug}/kpis/${kpi.id}?page=zwei`);
  expect(refused?.status()).toBe(400);
});
