// Use cases: create, list, matrix, edit with a version check, status, archive,
// bad input on every form, permissions (the AI register: register.spec.ts; axe and
// phone: use-cases-a11y.spec.ts).
import type { Page } from "@playwright/test";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import { expect, ORIGIN, signInAs, test } from "./fixtures";

type NewUseCase = {
  title: string;
  area: string;
  hours: string;
  rate: string;
  ratings: [number, number, number, number, number];
};

const RATING_GROUPS = [
  "Nutzen",
  "Datenqualität",
  "Datenschutzrisiko",
  "Bereitschaft des Teams",
  "Aufwand",
];

async function createUseCase(page: Page, org: TestOrg, u: NewUseCase) {
  await page.goto(`/o/${org.org.slug}/use-cases/new`);
  await page.getByLabel("Titel").fill(u.title);
  await page.getByLabel("Bereich").selectOption({ label: u.area });
  await page.getByLabel("Eingesparte Stunden pro Woche").fill(u.hours);
  await page.getByLabel("Stundensatz (€)").fill(u.rate);
  for (const [i, name] of RATING_GROUPS.entries()) {
    await page
      .getByRole("group", { name: new RegExp(`^${name}`) })
      .getByText(String(u.ratings[i]), { exact: true })
      .click();
  }
  await page.getByRole("button", { name: "Anwendungsfall anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: u.title })).toBeVisible();
  return page.url().split("/").at(-1)!;
}

function no5xx(page: Page) {
  page.on("response", (r) => expect(r.status(), r.url()).toBeLessThan(500));
}

test("a manager creates three use cases, ranks them and finds them in the matrix", async ({
  page,
}) => {
  no5xx(page);
  const org = await createTestOrg({ withRoadmap: true });
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);

  await page.goto(`/o/${org.org.slug}/use-cases`);
  await expect(page.getByRole("heading", { name: "Noch keine Anwendungsfälle" })).toBeVisible();

  await createUseCase(page, org, {
    title: "Antwortentwürfe Kundenservice",
    area: "Kundenservice",
    hours: "5",
    rate: "45",
    ratings: [4, 3, 2, 4, 3],
  });
  // The benefit and the documented score: 5 h × 45 € × 46 weeks; (3+4+4+3)/4 = 3.5 → 56.
  await expect(page.getByText("10.350,00 € pro Jahr")).toBeVisible();
  await expect(page.getByText("5 Std./Woche × 45,00 €/Std. × 46 Wochen")).toBeVisible();
  await expect(page.getByRole("region", { name: "Prioritätswert" })).toContainText("56");
  await page.getByText("So wird der Wert berechnet").click();
  await expect(page.getByText("Prioritätswert = Nutzen ÷ 5 × Machbarkeit ÷ 5 × 100")).toBeVisible();

  await createUseCase(page, org, {
    title: "Bewerbungen vorsortieren",
    area: "Personal",
    hours: "3,5",
    rate: "55,50",
    ratings: [5, 2, 5, 2, 4],
  });
  await createUseCase(page, org, {
    title: "Lagerwarnungen",
    area: "Lager",
    hours: "2",
    rate: "40",
    ratings: [3, 5, 1, 4, 2],
  });

  await page.goto(`/o/${org.org.slug}/use-cases`);
  const titles = page.getByRole("listitem").getByRole("heading", { level: 3 });
  // Scores 56, 54 and 35 (see the formula on the detail page).
  await expect(titles).toHaveText([
    "Antwortentwürfe Kundenservice",
    "Lagerwarnungen",
    "Bewerbungen vorsortieren",
  ]);

  await page.getByRole("link", { name: "Nutzen-Machbarkeits-Matrix" }).click();
  await expect(page).toHaveURL(/\/use-cases\/matrix$/);
  const chart = page.getByRole("img", { name: /Streudiagramm von 3 Anwendungsfällen/ });
  await expect(chart).toBeVisible();
  // Labelled points and the quadrant labels are drawn.
  await expect(chart.locator("circle")).toHaveCount(3);
  await expect(chart.getByText("Lagerwarnungen")).toBeVisible();
  await expect(chart.getByText("Schneller Erfolg")).toBeVisible();
  await expect(chart.getByText("Vermeiden")).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table.getByRole("row", { name: /Bewerbungen vorsortieren/ })).toContainText(
    "Strategisch",
  );
  // Click-through from a point and from the table.
  await chart.locator("circle").first().click();
  // A use case's page: "matrix" would match [a-z0-9]+ too, and going back from the matrix
  // itself (before the point's navigation) lands on the list.
  await expect(page).toHaveURL(/\/use-cases\/(?!matrix$)[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/use-cases\/matrix$/);
  await table.getByRole("link", { name: "Antwortentwürfe Kundenservice" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Antwortentwürfe Kundenservice" }),
  ).toBeVisible();
});

test("the matrix page loads Recharts; the list page does not", async ({ page }) => {
  const org = await createTestOrg();
  await e2eDb().useCase.create({ data: { orgId: org.org.id, title: "Berichte" } });
  await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto(`/o/${org.org.slug}/use-cases`);
  await expect(page.getByRole("heading", { name: "Berichte" })).toBeVisible();
  expect(scripts.filter((s) => /value-feasibility-matrix|CartesianChart/.test(s))).toEqual([]);
  await page.goto(`/o/${org.org.slug}/use-cases/matrix`);
  await expect(page.getByRole("img", { name: /Streudiagramm/ }).locator("circle")).toHaveCount(1);
  expect(scripts.some((s) => /value-feasibility-matrix/.test(s))).toBe(true);
});

test("status moves along its path; archive hides a use case from list and matrix", async ({
  page,
}) => {
  no5xx(page);
  const org = await createTestOrg();
  const useCase = await e2eDb().useCase.create({
    data: { orgId: org.org.id, title: "Angebotsentwürfe" },
    select: { id: true },
  });
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/use-cases/${useCase.id}`);
  const status = page.getByRole("region", { name: "Status" });
  await expect(status.getByRole("button", { name: "Auf „Im Pilot“ setzen" })).toHaveCount(0);
  await status.getByRole("button", { name: "Auf „Ausgewählt“ setzen" }).click();
  await expect(status.getByRole("button", { name: "Auf „Im Pilot“ setzen" })).toBeVisible();
  await status.getByRole("button", { name: "Auf „Im Pilot“ setzen" }).click();
  await expect(status.getByText("Im Pilot", { exact: true })).toBeVisible();

  // A jump from an old page is refused, never applied.
  const jump = await page.request.post(`/o/${org.org.slug}/use-cases/${useCase.id}`, {
    headers: { Origin: ORIGIN },
    form: { intent: "status", status: "candidate", version: "1" },
    maxRedirects: 0,
  });
  expect(jump.status()).toBe(409);

  await page.getByRole("button", { name: "Archivieren" }).click();
  await expect(page.getByText("Dieser Anwendungsfall ist archiviert.")).toBeVisible();
  await page.goto(`/o/${org.org.slug}/use-cases`);
  await expect(page.getByRole("heading", { name: "Noch keine Anwendungsfälle" })).toBeVisible();
  await page.getByRole("link", { name: "Archivierte anzeigen" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Angebotsentwürfe" })).toBeVisible();
  await page.goto(`/o/${org.org.slug}/use-cases/matrix`);
  await expect(page.getByText("Noch keine offenen Anwendungsfälle für die Matrix.")).toBeVisible();
  await expect(
    page.getByRole("main").getByRole("link", { name: "Anwendungsfall anlegen" }),
  ).toHaveAttribute("href", `/o/${org.org.slug}/use-cases/new`);
});

test("two managers edit at once: the second save is refused with the current values", async ({
  browser,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const useCase = await e2eDb().useCase.create({
    data: { orgId: org.org.id, title: "Berichte erstellen", area: "reporting" },
    select: { id: true },
  });
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInAs(first, org.users.manager.email, E2E_PASSWORD);
  await signInAs(second, org.users.owner.email, E2E_PASSWORD);
  const edit = `/o/${org.org.slug}/use-cases/${useCase.id}/edit`;
  await first.goto(edit);
  await second.goto(edit);

  await first.getByLabel("Titel").fill("Monatsberichte erstellen");
  await first.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(
    first.getByRole("heading", { level: 1, name: "Monatsberichte erstellen" }),
  ).toBeVisible();

  await second.getByLabel("Titel").fill("Wochenberichte erstellen");
  const [response] = await Promise.all([
    second.waitForResponse((r) => r.request().method() === "POST"),
    second.getByRole("button", { name: "Änderungen speichern" }).click(),
  ]);
  expect(response.status()).toBe(409);
  const conflict = second.getByRole("alert").filter({ hasText: "inzwischen gespeichert" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Monatsberichte erstellen");
  await expect(second.getByLabel("Titel")).toHaveValue("Wochenberichte erstellen");
  const stored = await e2eDb().useCase.findUniqueOrThrow({ where: { id: useCase.id } });
  expect(stored.title).toBe("Monatsberichte erstellen");

  // Saving again, knowingly, overwrites.
  await second.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(
    second.getByRole("heading", { level: 1, name: "Wochenberichte erstellen" }),
  ).toBeVisible();
});

test.describe("bad input on the use-case forms (without JavaScript)", () => {
  test.use({ javaScriptEnabled: false });

  async function submit(page: Page, button: string) {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: button }).click(),
    ]);
    return response.status();
  }

  test("create: empty title, bad amounts; the typed values stay and nothing is saved", async ({
    page,
  }) => {
    no5xx(page);
    const org = await createTestOrg();
    await signInAs(page, org.users.manager.email, E2E_PASSWORD);
    await page.goto(`/o/${org.org.slug}/use-cases/new`);
    await page.getByLabel("Beschreibung").fill("Eingangsrechnungen automatisch zuordnen");
    await page.getByLabel("Stundensatz (€)").fill("45 Euro");
    await page.getByLabel("Eingesparte Stunden pro Woche").fill("200");
    await page.getByLabel("Fehlerreduktion (%)").fill("viel");
    expect(await submit(page, "Anwendungsfall anlegen")).toBe(400);
    await expect(page.getByText("Bitte korrigieren Sie die markierten Felder.")).toBeVisible();
    await expect(page.getByText("Bitte füllen Sie dieses Feld aus.")).toBeVisible();
    await expect(page.getByText(/Betrag in Euro/)).toBeVisible();
    await expect(page.getByText(/Stunden von 0 bis 168/)).toBeVisible();
    await expect(page.getByText(/Prozentwert von 0 bis 100/)).toBeVisible();
    await expect(page.getByLabel("Beschreibung")).toHaveValue(
      "Eingangsrechnungen automatisch zuordnen",
    );
    await expect(page.getByLabel("Stundensatz (€)")).toHaveValue("45 Euro");
    expect(await e2eDb().useCase.count({ where: { orgId: org.org.id } })).toBe(0);

    // Tampered fields straight at the action: a rating of 9, a foreign roadmap, junk.
    const other = await createTestOrg({ withRoadmap: true });
    const response = await page.request.post(`/o/${org.org.slug}/use-cases/new`, {
      headers: { Origin: ORIGIN },
      form: {
        title: "Gültig",
        area: "hr",
        ratingValue: "9",
        ratingDataQuality: "3",
        ratingDataProtection: "3",
        ratingTeamReadiness: "3",
        ratingEffort: "3",
        roadmapId: other.roadmapId!,
        evil: "<script>",
      },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
    const foreign = await page.request.post(`/o/${org.org.slug}/use-cases/new`, {
      headers: { Origin: ORIGIN },
      form: {
        title: "Gültig",
        area: "hr",
        ratingValue: "3",
        ratingDataQuality: "3",
        ratingDataProtection: "3",
        ratingTeamReadiness: "3",
        ratingEffort: "3",
        roadmapId: other.roadmapId!,
      },
      maxRedirects: 0,
    });
    expect(foreign.status()).toBe(400);
    expect(await foreign.text()).toContain("Bitte wählen Sie einen Fahrplan Ihrer Organisation.");
    expect(await e2eDb().useCase.count({ where: { orgId: org.org.id } })).toBe(0);
  });

  test("edit: bad input keeps the typed values and changes nothing", async ({ page }) => {
    no5xx(page);
    const org = await createTestOrg();
    const useCase = await e2eDb().useCase.create({
      data: { orgId: org.org.id, title: "Lieferscheine erfassen", hourlyCostCents: 4000 },
      select: { id: true },
    });
    await signInAs(page, org.users.manager.email, E2E_PASSWORD);
    await page.goto(`/o/${org.org.slug}/use-cases/${useCase.id}/edit`);
    await expect(page.getByLabel("Stundensatz (€)")).toHaveValue("40");
    await page.getByLabel("Titel").fill("");
    await page.getByLabel("Zusätzlicher Umsatz pro Jahr (€)").fill("-3");
    expect(await submit(page, "Änderungen speichern")).toBe(400);
    await expect(page.getByText("Bitte füllen Sie dieses Feld aus.")).toBeVisible();
    await expect(page.getByLabel("Zusätzlicher Umsatz pro Jahr (€)")).toHaveValue("-3");
    // A missing version is refused as well.
    const response = await page.request.post(`/o/${org.org.slug}/use-cases/${useCase.id}/edit`, {
      headers: { Origin: ORIGIN },
      form: { title: "Ohne Version" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
    const stored = await e2eDb().useCase.findUniqueOrThrow({ where: { id: useCase.id } });
    expect(stored).toMatchObject({ title: "Lieferscheine erfassen", version: 1 });
  });

  test("detail: an unknown intent or status is a 400, never a 500", async ({ page }) => {
    const org = await createTestOrg();
    const useCase = await e2eDb().useCase.create({
      data: { orgId: org.org.id, title: "Angebote" },
      select: { id: true },
    });
    await signInAs(page, org.users.manager.email, E2E_PASSWORD);
    const forms: Record<string, string>[] = [
      { intent: "explode" },
      { intent: "status", status: "launched", version: "1" },
      { intent: "status", status: "scaled", version: "1" },
      { intent: "archive", version: "x" },
    ];
    for (const form of forms) {
      const response = await page.request.post(`/o/${org.org.slug}/use-cases/${useCase.id}`, {
        headers: { Origin: ORIGIN },
        form,
        maxRedirects: 0,
      });
      expect(response.status(), JSON.stringify(form)).toBe(400);
    }
    const bad = await page.request.get(`/o/${org.org.slug}/use-cases/not-an-id!`);
    expect(bad.status()).toBe(404);
  });
});

test("members and viewers read use cases but cannot change them", async ({ page }) => {
  const org = await createTestOrg();
  const useCase = await e2eDb().useCase.create({
    data: { orgId: org.org.id, title: "Angebote" },
    select: { id: true },
  });
  await signInAs(page, org.users.member.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/use-cases/${useCase.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Angebote" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bearbeiten" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /setzen/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Bewertung starten" })).toHaveCount(0);
  expect((await page.request.get(`/o/${org.org.slug}/use-cases/new`)).status()).toBe(403);
  expect((await page.request.get(`/o/${org.org.slug}/use-cases/${useCase.id}/edit`)).status()).toBe(
    403,
  );
});
