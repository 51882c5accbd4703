// The leadership report, the CSV exports and the personal calendar feed (issue 6).
import { request as playwrightRequest } from "@playwright/test";
import { readIcsEvents } from "../app/modules/reports/ics";
import { computePhaseDates, templateSpan } from "../app/modules/calendar/phase-dates";
import { germanCsvRows } from "./csv-helpers";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, ORIGIN, signInAs, test } from "./fixtures";
import { createKpi, expectNoSeriousViolations, roadmapStart, today } from "./kpis-helpers";
import { isoToUtcDate } from "../app/modules/calendar/dates";

test("the leadership report prints without the app's navigation", async ({ page }) => {
  const org = await createTestOrg({ withRoadmap: true });
  const kpi = await createKpi(org);
  await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/reports`);
  await page.getByRole("link", { name: "Bericht für die Geschäftsführung" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bericht: Fahrplan");
  for (const section of [
    "Zusammenfassung",
    "Stand der Phasen",
    "Kennzahlen",
    "KI-Register",
    "Erkenntnisse",
    "Budget",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("article", { name: kpi.name })).toBeVisible();
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();

  // Printed from a dark-mode screen: the paper still gets the light theme.
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeHidden();
  await expect(page.getByRole("link", { name: "← Dashboard" })).toBeHidden();
  await expect(page.getByRole("button", { name: /Drucken/ })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("article", { name: kpi.name })).toBeVisible();
  // The page's text stays dark on white paper, also for people in dark mode.
  const color = await page
    .getByRole("heading", { level: 1 })
    .evaluate((el) => getComputedStyle(el).color);
  expect(color).toBe("rgb(17, 24, 39)");
});

test("the tasks CSV opens in German Excel: semicolons, German words, hostile cells kept whole", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const hostile = "x;=cmd|' /C calc'!A0";
  const db = e2eDb();
  const first = await db.task.findFirstOrThrow({
    where: { roadmapId: org.roadmapId! },
    select: { id: true },
  });
  await db.task.update({ where: { id: first.id }, data: { title: hostile } });
  await signInAs(page, org.users.member.email, E2E_PASSWORD);
  const response = await page.request.get(`/o/${org.org.slug}/reports/${org.roadmapId}/tasks.csv`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="aufgaben-.*\.csv"$/,
  );
  const {
    text,
    rows: [header, ...rows],
  } = germanCsvRows(await response.body());
  expect(header).toEqual([
    "ID",
    "Titel",
    "Phase",
    "Status",
    "Priorität",
    "Verantwortlich",
    "Fällig am",
    "Erledigt am",
    "Überfällig",
  ]);
  const count = await db.task.count({ where: { roadmapId: org.roadmapId!, deletedAt: null } });
  expect(rows).toHaveLength(count);
  for (const row of rows) {
    expect(row).toHaveLength(header!.length);
    expect(row[2]).toMatch(/^(Analyse & Fokus|Pilot mit Governance|Auswerten & skalieren)$/);
    expect(row[3]).toMatch(/^(Offen|In Arbeit|Blockiert|Erledigt)$/);
    expect(row[6]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row[8]).toMatch(/^(Ja|Nein)$/);
  }
  // Quoted, so German Excel keeps it in one cell instead of starting a formula cell.
  expect(text).toContain(`${first.id};"${hostile}";`);
  expect(rows.find((r) => r[0] === first.id)![1]).toBe(hostile);
});

test("the KPI measurements CSV writes decimal commas and German headers for German users", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true, locale: "de" });
  const kpi = await createKpi(org, { name: 'Umsatz "neu"; brutto' });
  await e2eDb().kpiMeasurement.create({
    data: {
      orgId: org.org.id,
      kpiId: kpi.id,
      value: 1234.5,
      date: isoToUtcDate(today()),
      note: "=HYPERLINK(1)",
    },
  });
  await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/reports`);
  await expect(page.getByText("mit Semikolon getrennt und mit Dezimalkomma")).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Kennzahl-Messwerte (CSV)" }).last().click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^kennzahl-messwerte-.*\.csv$/);
  const response = await page.request.get(`/o/${org.org.slug}/reports/kpi-measurements.csv`);
  const {
    rows: [header, ...rows],
  } = germanCsvRows(await response.body());
  expect(header).toEqual([
    "Kennzahl-ID",
    "Kennzahl",
    "Kategorie",
    "Einheit",
    "Richtung",
    "Ausgangswert",
    "Zielwert",
    "Datum des Ausgangswerts",
    "Zieldatum",
    "Fahrplan",
    "Archiviert",
    "Messwert-ID",
    "Datum",
    "Wert",
    "Notiz",
    "Erfasst von",
    "Quelle",
  ]);
  expect(rows).toHaveLength(2);
  const latest = rows.find((r) => r[12] === today())!;
  expect(latest[1]).toBe('Umsatz "neu"; brutto');
  expect(latest[13]).toBe("1234,5");
  expect(latest[6]).toBe("100");
  expect(latest[10]).toBe("Nein");
  expect(latest[14]).toBe("'=HYPERLINK(1)");
  expect(latest[16]).toBe("Eingetragen");
  expect(rows.find((r) => r[12] === roadmapStart())![13]).toBe("0");
});

test("the calendar feed parses back, and stops working once revoked or replaced", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const db = e2eDb();
  await signInAs(page, org.users.member.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/reports`);
  await page.getByRole("link", { name: "Kalender-Abonnement einrichten" }).click();
  await expect(page.getByText("Ihr Kalender-Abonnement ist ausgeschaltet.")).toBeVisible();
  await page.getByRole("button", { name: "Abonnement-Adresse erzeugen" }).click();
  const feedUrl = await page.getByLabel("Ihre Abonnement-Adresse").inputValue();
  expect(feedUrl).toMatch(new RegExp(`^${ORIGIN}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
  // Copied by keyboard, or opened in the calendar app through webcal://.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Adresse kopieren" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Kopiert" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(feedUrl);
  await expect(page.getByRole("link", { name: "In Kalender-App öffnen (webcal)" })).toHaveAttribute(
    "href",
    feedUrl.replace(/^http:/, "webcal:"),
  );
  // Only the hash is stored.
  const stored = await db.user.findUniqueOrThrow({
    where: { id: org.users.member.id },
    select: { calendarToken: true },
  });
  expect(feedUrl).not.toContain(stored.calendarToken!);

  // A calendar app fetches it without any session.
  const calendarApp = await playwrightRequest.newContext();
  const feed = await calendarApp.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const events = readIcsEvents(await feed.text());
  const openTasks = await db.task.findMany({
    where: { roadmapId: org.roadmapId!, ownerId: org.users.member.id, status: { not: "done" } },
    select: { id: true, dueDate: true },
  });
  expect(openTasks.length).toBeGreaterThan(0);
  const taskEvents = events.filter((e) => e.UID!.startsWith("task-"));
  expect(taskEvents).toHaveLength(openTasks.length);
  const one = openTasks[0]!;
  const event = taskEvents.find((e) => e.UID === `task-${one.id}@fahrplan`)!;
  expect(event["DTSTART;VALUE=DATE"]).toBe(
    one.dueDate.toISOString().slice(0, 10).replace(/-/g, ""),
  );
  expect(event.SUMMARY).toMatch(/^Fällig: /);
  const gates = events.filter((e) => e.UID!.startsWith("gate-"));
  expect(gates).toHaveLength(3);
  const ends = computePhaseDates(templateSpan(roadmapStart())).map((p) =>
    p.endDate.replace(/-/g, ""),
  );
  expect(gates.map((g) => g["DTSTART;VALUE=DATE"]).sort()).toEqual(ends.sort());

  // A new address replaces the old one.
  await page.getByRole("button", { name: "Neue Adresse erzeugen" }).click();
  await expect(page.getByLabel("Ihre Abonnement-Adresse")).not.toHaveValue(feedUrl);
  const second = await page.getByLabel("Ihre Abonnement-Adresse").inputValue();
  expect(second).not.toBe(feedUrl);
  expect((await calendarApp.get(feedUrl)).status()).toBe(404);
  expect((await calendarApp.get(second)).status()).toBe(200);

  // Revoked: 404, and the page says it is off.
  await page.getByRole("button", { name: "Abonnement ausschalten" }).click();
  await expect(page.getByText("Das Kalender-Abonnement ist ausgeschaltet.")).toBeVisible();
  expect((await calendarApp.get(second)).status()).toBe(404);
  expect((await calendarApp.get(`${ORIGIN}/calendar/${"A".repeat(43)}.ics`)).status()).toBe(404);
  expect((await calendarApp.get(`${ORIGIN}/calendar/nonsense`)).status()).toBe(404);
  await calendarApp.dispose();
});

test("another organisation's report and exports are a 404", async ({ page }) => {
  const a = await createTestOrg();
  const b = await createTestOrg({ withRoadmap: true });
  await signInAs(page, a.users.owner.email, E2E_PASSWORD);
  for (const path of [
    `/o/${b.org.slug}/reports/${b.roadmapId}`,
    `/o/${b.org.slug}/reports/${b.roadmapId}/tasks.csv`,
    `/o/${b.org.slug}/reports/kpi-measurements.csv`,
    `/o/${a.org.slug}/reports/${b.roadmapId}`,
    `/o/${a.org.slug}/reports/${b.roadmapId}/tasks.csv`,
    `/o/${a.org.slug}/dashboard/${b.roadmapId}`,
  ]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe on the report screens (${colorScheme})`, () => {
    test.use({ colorScheme });
    test("reports, the report and the calendar page have no serious violations", async ({
      page,
    }) => {
      test.slow(); // four full-page axe scans, the report among them
      const org = await createTestOrg({ withRoadmap: true });
      await createKpi(org);
      await signInAs(page, org.users.manager.email, E2E_PASSWORD);
      for (const path of ["", `/${org.roadmapId}`, "/calendar"]) {
        await page.goto(`/o/${org.org.slug}/reports${path}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoSeriousViolations(page);
      }
      await page.getByRole("button", { name: "Abonnement-Adresse erzeugen" }).click();
      await expect(page.getByLabel("Ihre Abonnement-Adresse")).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });
}
