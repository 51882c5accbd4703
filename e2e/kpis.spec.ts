// KPIs: recording, editing and the status leadership sees (issue 6).
import type { Page } from "@playwright/test";
import { isoToUtcDate } from "../app/modules/calendar/dates";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, ORIGIN, signInAs, test } from "./fixtures";
import { createKpi, expectNoSeriousViolations, roadmapStart, today } from "./kpis-helpers";

async function post(page: Page, path: string, form: Record<string, string>) {
  return page.request.post(path, { form, headers: { Origin: ORIGIN }, maxRedirects: 0 });
}

test("a member records a measurement and a viewer sees the KPI card change status", async ({
  browser,
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const kpi = await createKpi(org);

  // The viewer (leadership) opens the dashboard: on track, as measured at the start.
  const viewer = await browser.newPage();
  await signInAs(viewer, org.users.viewer.email, E2E_PASSWORD);
  await viewer.goto(`/o/${org.org.slug}/dashboard/${org.roadmapId}`);
  const card = viewer.getByRole("article", { name: kpi.name });
  await expect(card.getByText("Im Plan")).toBeVisible();
  await expect(card.getByText("0 Stk.", { exact: true })).toBeVisible();
  // Viewers record nothing: no form on the KPI page.
  await viewer.goto(`/o/${org.org.slug}/kpis/${kpi.id}`);
  await expect(viewer.getByRole("heading", { name: "Messwert erfassen" })).toHaveCount(0);

  // The member owns the KPI and records this week's value: still 0 after two weeks.
  await signInAs(page, org.users.member.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/kpis/${kpi.id}`);
  await page.getByLabel("Wert (Stk.)").fill("0");
  await expect(page.getByLabel("Datum", { exact: true })).toHaveValue(today());
  await page.getByLabel("Notiz").fill("Noch keine Angebote mit KI");
  await page.getByRole("button", { name: "Erfassen" }).click();
  await expect(page.getByText("Messwert erfasst.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Noch keine Angebote mit KI" })).toBeVisible();
  await expect(page.getByRole("main").getByText("Gefährdet").first()).toBeVisible();

  // The plan line expects ~16 after 14 of 89 days; 0 is behind: the card now warns.
  await viewer.goto(`/o/${org.org.slug}/dashboard/${org.roadmapId}`);
  await expect(card.getByText("Gefährdet")).toBeVisible();
  await expect(card.getByText("Im Plan")).toHaveCount(0);
  await viewer.close();
});

test("people change only their own measurements; managers may correct anyone's", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const kpi = await createKpi(org);
  const managers = await e2eDb().kpiMeasurement.findFirstOrThrow({
    where: { kpiId: kpi.id },
    select: { id: true },
  });
  const path = `/o/${org.org.slug}/kpis/${kpi.id}`;

  await signInAs(page, org.users.member.email, E2E_PASSWORD);
  await page.goto(path);
  // The manager's start value shows no edit or delete for the member …
  await expect(page.getByRole("link", { name: /Messwert vom .* bearbeiten/ })).toHaveCount(0);
  // … and a forged request is refused and changes nothing.
  const forged = await post(page, path, {
    intent: "update-measurement",
    measurementId: managers.id,
    version: "1",
    value: "99",
    date: roadmapStart(),
  });
  expect(forged.status()).toBe(403);
  const deleted = await post(page, path, {
    intent: "delete-measurement",
    measurementId: managers.id,
    version: "1",
  });
  expect(deleted.status()).toBe(403);
  expect(
    (await e2eDb().kpiMeasurement.findUniqueOrThrow({ where: { id: managers.id } })).value,
  ).toBe(0);

  // Their own value they can correct and delete.
  await page.getByLabel("Wert (Stk.)").fill("7");
  await page.getByRole("button", { name: "Erfassen" }).click();
  await expect(page.getByText("Messwert erfasst.")).toBeVisible();
  await page.getByRole("link", { name: /Messwert vom .* bearbeiten/ }).click();
  const row = page.locator("tr", { has: page.getByRole("button", { name: "Speichern" }) });
  await row.getByLabel("Wert").fill("8,5");
  await row.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Messwert geändert.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "8,5 Stk." })).toBeVisible();
  // Deleting asks first: the first click only opens the question.
  await page.getByLabel(/Messwert vom .* löschen/).click();
  await expect(page.getByRole("group", { name: /Den Wert vom .* löschen\?/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "8,5 Stk." })).toBeVisible();
  await page.getByRole("button", { name: "Ja, löschen" }).click();
  await expect(page.getByText("Messwert gelöscht.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "8,5 Stk." })).toHaveCount(0);

  // Members define no KPIs.
  expect((await post(page, `/o/${org.org.slug}/kpis/new`, { name: "x" })).status()).toBe(403);
});

test("recording from another page (e.g. my tasks) returns there, never outside the organisation", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const kpi = await createKpi(org);
  await signInAs(page, org.users.member.email, E2E_PASSWORD);
  const path = `/o/${org.org.slug}/kpis/${kpi.id}`;
  const back = `/o/${org.org.slug}/my-tasks?week=2`;
  const response = await post(page, path, {
    intent: "record",
    value: "4",
    date: today(),
    redirectTo: back,
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toMatch(
    new RegExp(`^/o/${org.org.slug}/my-tasks\\?week=2&recordedKpi=${kpi.id}&m=[a-z0-9]+$`),
  );
  // (Today has a value now: each further one is added as a correction.)
  for (const evil of ["//evil.example/x", "https://evil.example", "/o/other-org/kpis"]) {
    const r = await post(page, path, {
      intent: "record",
      value: "4",
      date: today(),
      sameDay: "correction",
      redirectTo: evil,
    });
    expect(r.headers().location, evil).toMatch(
      new RegExp(`^${path}\\?recordedKpi=${kpi.id}&m=[a-z0-9]+$`),
    );
  }
});

test("a viewer cannot record, and nobody records on an archived KPI", async ({ page }) => {
  const org = await createTestOrg({ withRoadmap: true });
  const kpi = await createKpi(org);
  const path = `/o/${org.org.slug}/kpis/${kpi.id}`;
  await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
  expect((await post(page, path, { intent: "record", value: "5", date: today() })).status()).toBe(
    403,
  );

  await page.context().clearCookies();
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  await page.goto(path);
  await page.getByRole("button", { name: "Kennzahl archivieren" }).click();
  await expect(page.getByText("Kennzahl archiviert.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Messwert erfassen" })).toHaveCount(0);
  const late = await post(page, path, { intent: "record", value: "5", date: today() });
  expect(late.status()).toBe(409);
  await page.goto(`/o/${org.org.slug}/kpis`);
  await expect(page.getByRole("link", { name: kpi.name })).toHaveCount(0);
  await page.getByRole("link", { name: "Archiviert" }).click();
  await expect(page.getByRole("link", { name: kpi.name })).toBeVisible();
});

test("two managers edit the same KPI: the second save is told and sees the current values", async ({
  browser,
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const kpi = await createKpi(org);
  const edit = `/o/${org.org.slug}/kpis/${kpi.id}/edit`;
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  const other = await browser.newPage();
  await signInAs(other, org.users.owner.email, E2E_PASSWORD);
  await page.goto(edit);
  await other.goto(edit);

  await page.getByLabel("Name").fill("Angebote je Woche (neu)");
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByText("Kennzahl gespeichert.")).toBeVisible();

  await other.getByLabel("Einheit").fill("Angebote");
  const [response] = await Promise.all([
    other.waitForResponse((r) => r.request().method() === "POST"),
    other.getByRole("button", { name: "Änderungen speichern" }).click(),
  ]);
  expect(response.status()).toBe(409);
  await expect(other.getByRole("alert")).toContainText("inzwischen gespeichert");
  await expect(other.getByLabel("Name")).toHaveValue("Angebote je Woche (neu)");
  // Saving again now works, on top of the first edit.
  await other.getByLabel("Einheit").fill("Angebote");
  await other.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(other.getByText("Kennzahl gespeichert.")).toBeVisible();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Angebote je Woche (neu)");
  await other.close();
});

test.describe("bad input without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("recording: 400, the message beside the field, the typed values kept", async ({ page }) => {
    const org = await createTestOrg({ withRoadmap: true });
    const kpi = await createKpi(org);
    await signInAs(page, org.users.member.email, E2E_PASSWORD);
    await page.goto(`/o/${org.org.slug}/kpis/${kpi.id}`);

    const submit = async () => {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.getByRole("button", { name: "Erfassen" }).click(),
      ]);
      return response.status();
    };
    await page.getByLabel("Wert (Stk.)").fill("zwölf");
    await page.getByLabel("Notiz").fill("aus dem CRM");
    expect(await submit()).toBe(400);
    const value = page.getByLabel("Wert (Stk.)");
    await expect(value).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Bitte geben Sie eine Zahl ein, z. B. 12,5.")).toBeVisible();
    await expect(value).toHaveValue("zwölf");
    await expect(page.getByLabel("Notiz")).toHaveValue("aus dem CRM");

    await value.fill("12,5");
    await page.getByLabel("Datum", { exact: true }).fill("2099-01-01");
    expect(await submit()).toBe(400);
    await expect(page.getByText("Das Datum darf nicht in der Zukunft liegen.")).toBeVisible();
    await expect(page.getByLabel("Wert (Stk.)")).toHaveValue("12,5");

    await page.getByLabel("Datum", { exact: true }).fill(today());
    expect(await submit()).toBe(302);
    await expect(page.getByText("Messwert erfasst.")).toBeVisible();
    await expect(page.getByRole("cell", { name: "12,5 Stk." })).toBeVisible();
  });

  test("creating a KPI: field errors, the line's direction checked, then saved", async ({
    page,
  }) => {
    const org = await createTestOrg({ withRoadmap: true });
    await signInAs(page, org.users.manager.email, E2E_PASSWORD);
    await page.goto(`/o/${org.org.slug}/kpis`);
    await page.getByRole("link", { name: "Neue Kennzahl" }).first().click();
    const submit = async () => {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.getByRole("button", { name: "Kennzahl anlegen" }).click(),
      ]);
      return response.status();
    };
    await page.getByLabel("Ausgangswert", { exact: true }).fill("viel");
    await page.getByLabel("Zielwert").fill("20");
    expect(await submit()).toBe(400);
    await expect(page.getByText("Bitte füllen Sie dieses Feld aus.")).toBeVisible();
    await expect(page.getByText("Bitte geben Sie eine Zahl ein, z. B. 12,5.")).toBeVisible();
    await expect(page.getByLabel("Zielwert")).toHaveValue("20");

    await page.getByLabel("Name").fill("Reklamationen pro Monat");
    await page.getByLabel("Ausgangswert", { exact: true }).fill("30");
    await page.getByLabel("Zielwert").fill("10");
    expect(await submit()).toBe(400);
    await expect(
      page.getByText(
        "Wenn höher besser ist, darf der Zielwert nicht unter dem Ausgangswert liegen.",
      ),
    ).toBeVisible();
    await page.getByLabel("Richtung").selectOption({ label: "Niedriger ist besser" });
    await page.getByLabel("Verantwortlich").selectOption({ label: org.users.member.name });
    expect(await submit()).toBe(302);
    await expect(page.getByText("Kennzahl angelegt.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reklamationen pro Monat");
    await expect(page.getByText("Noch keine Werte").first()).toBeVisible();
  });

  test("forged and odd requests get a 4xx, never a 5xx", async ({ page }) => {
    const org = await createTestOrg({ withRoadmap: true });
    const kpi = await createKpi(org);
    await signInAs(page, org.users.manager.email, E2E_PASSWORD);
    const path = `/o/${org.org.slug}/kpis/${kpi.id}`;
    const cases: [Record<string, string>, number][] = [
      [{}, 400],
      [{ intent: "launch-rockets" }, 400],
      [{ intent: "record", value: "1e400", date: today() }, 400],
      [{ intent: "record", value: "9".repeat(60), date: today() }, 400],
      [{ intent: "record", value: "5", date: "2026-02-30" }, 400],
      [
        { intent: "update-measurement", measurementId: "../../etc", value: "1", date: today() },
        404,
      ],
      [{ intent: "delete-measurement", measurementId: "c".repeat(25), version: "1" }, 403],
    ];
    for (const [form, status] of cases) {
      const response = await post(page, path, form);
      expect(response.status(), JSON.stringify(form)).toBe(status);
    }
    expect((await page.request.get(`/o/${org.org.slug}/kpis/not-an-id!`)).status()).toBe(404);
    expect((await page.request.get(`/o/${org.org.slug}/kpis/${"a".repeat(25)}`)).status()).toBe(
      404,
    );
    // Duplicated fields: the first value counts; unknown fields are ignored.
    const duplicated = await page.request.post(path, {
      data: `intent=record&value=3&value=abc&date=${today()}&date=2099-01-01&extra=x`,
      headers: { Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded" },
      maxRedirects: 0,
    });
    expect(duplicated.status()).toBe(302);
    const values = await e2eDb().kpiMeasurement.findMany({
      where: { kpiId: kpi.id, date: isoToUtcDate(today()) },
      select: { value: true },
    });
    expect(values.map((v) => v.value)).toEqual([3]);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe on the KPI screens (${colorScheme})`, () => {
    test.use({ colorScheme });

    test("list, detail, new and edit have no serious violations", async ({ page }) => {
      test.slow(); // five pages, each with an axe run
      const org = await createTestOrg({ withRoadmap: true });
      const kpi = await createKpi(org);
      await signInAs(page, org.users.manager.email, E2E_PASSWORD);
      for (const path of ["", "/new", `/${kpi.id}`, `/${kpi.id}/edit`, "?show=archived"]) {
        await page.goto(`/o/${org.org.slug}/kpis${path}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoSeriousViolations(page);
      }
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the KPI list and detail fit the screen", async ({ page }) => {
    const org = await createTestOrg({ withRoadmap: true });
    const kpi = await createKpi(org);
    await signInAs(page, org.users.member.email, E2E_PASSWORD);
    for (const path of [`/o/${org.org.slug}/kpis`, `/o/${org.org.slug}/kpis/${kpi.id}`]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
