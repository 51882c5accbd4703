import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/** The demo pilot's use case, reached as a person would: from the use-case list. */
async function openPilotUseCase(page: Page) {
  await page.goto("/o/muster-maschinenbau/use-cases");
  await page
    .getByRole("link", { name: "Antwortentwürfe für Kundenservice-Anfragen" })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Menschliche Aufsicht" })).toBeVisible();
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

const LITERACY = "/o/muster-maschinenbau/governance/literacy";
const LITERACY_PAGES = ["", "/trainings", "/trainings/new", "/record", "/plan"];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("sign-in page", async ({ page }) => {
      await page.goto("/sign-in");
      await expectNoSeriousViolations(page);
    });

    test("roadmap overview", async ({ page }) => {
      await signIn(page, "manager");
      await expectNoSeriousViolations(page);
    });

    test("not-found page", async ({ page }) => {
      await page.goto("/does-not-exist");
      await expectNoSeriousViolations(page);
    });

    test("human oversight: use case section, log, record and edit form, derived KPI", async ({
      page,
    }) => {
      test.slow(); // six pages, each scanned
      await signIn(page, "manager");
      await openPilotUseCase(page);
      await expectNoSeriousViolations(page);
      await page.getByRole("link", { name: "Alle Prüfungen" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Aufsichtsprotokoll" }),
      ).toBeVisible();
      await expectNoSeriousViolations(page);
      await page
        .getByRole("link", { name: /Prüfung vom .* bearbeiten/ })
        .first()
        .click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Prüfung bearbeiten" }),
      ).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.getByRole("link", { name: "Zurück zum Protokoll" }).click();
      await page.getByRole("link", { name: "Prüfung erfassen" }).click();
      await page.getByLabel("Es gab einen Vorfall").check();
      await page.getByText("Hoch", { exact: true }).click();
      await expect(page.getByLabel("Folgeaufgabe im Fahrplan anlegen")).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.getByRole("button", { name: "Prüfung speichern" }).click();
      await expect(page.getByText("Bitte beschreiben Sie, was passiert ist.")).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.goto("/o/muster-maschinenbau/kpis");
      await page.getByRole("link", { name: "Korrekturquote Antwortentwürfe" }).click();
      await expect(page.getByRole("heading", { name: "Wochenwerte" })).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test("AI literacy pages, the use case team and the assessment's Art 4 coverage", async ({
      page,
    }) => {
      test.slow(); // every literacy page, the team and the assessment, each scanned
      await signIn(page, "manager");
      for (const path of LITERACY_PAGES) {
        await page.goto(`${LITERACY}${path}`);
        await expectNoSeriousViolations(page);
      }
      await page.goto(LITERACY);
      await page.getByRole("link", { name: "Antwortentwürfe für Kundenservice-Anfragen" }).click();
      await expect(page.getByRole("region", { name: "Team und KI-Kompetenz" })).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.getByRole("link", { name: "Ergebnis ansehen" }).click();
      await expect(page.getByText("Team: 4 von 6 geschult")).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the overview fits the screen without sideways scrolling", async ({ page }) => {
    await signIn(page, "member");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(
      page.getByRole("heading", { level: 2, name: /Pilot mit Governance/ }),
    ).toBeVisible();
  });
});

test.describe("human oversight on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the log and the record form fit the screen without sideways scrolling", async ({
    page,
  }) => {
    await signIn(page, "member");
    await openPilotUseCase(page);
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole("link", { name: "Alle Prüfungen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Aufsichtsprotokoll" })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole("link", { name: "Prüfung erfassen" }).click();
    await page.getByLabel("Es gab einen Vorfall").check();
    await page.getByText("Hoch", { exact: true }).click();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

test.describe("AI literacy on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });

  test("every AI literacy page fits the screen without sideways scrolling", async ({ page }) => {
    await signIn(page, "manager");
    for (const path of LITERACY_PAGES) {
      await page.goto(`${LITERACY}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path || "/").toBeLessThanOrEqual(0);
    }
    await page.getByRole("link", { name: "Abdeckung" }).click();
    await page.getByRole("link", { name: "Antwortentwürfe für Kundenservice-Anfragen" }).click();
    await expect(page.getByRole("region", { name: "Team und KI-Kompetenz" })).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});

test("the overview can be used with the keyboard alone: skip link, then navigation", async ({
  page,
}) => {
  await signIn(page, "manager");
  // A fresh document load, as when the page is opened from a bookmark.
  await page.goto(page.url());
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
});
