// The data-source screens under axe and on a phone.
import { addDaysIso, todayIso } from "../app/modules/calendar/dates";
import { expectNoSeriousViolations } from "./assessment-helpers";
import { pilotUseCase, seedSource } from "./data-sources-helpers";
import { createTestOrg, E2E_PASSWORD } from "./factories";
import { expect, signInAs, test } from "./fixtures";

test.describe("accessibility and phones", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`use case, sources, new and edit are axe-clean in ${colorScheme} mode`, async ({
      page,
    }) => {
      // Five pages and a form error, each through axe.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      const org = await createTestOrg({ withRoadmap: true });
      const useCase = await pilotUseCase(org);
      const source = await seedSource(org, useCase.id, "Ticketsystem", ["accuracy"]);
      await signInAs(page, org.users.manager.email, E2E_PASSWORD);
      const base = `/o/${org.org.slug}/use-cases/${useCase.id}`;
      for (const path of [
        base,
        `${base}/data-sources`,
        `${base}/data-sources/new`,
        `${base}/data-sources/${source.id}/edit`,
        `/o/${org.org.slug}/roadmaps/${org.roadmapId}/phases/analysis`,
      ]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoSeriousViolations(page);
      }
      // With the fold-out open and an error beside the date, too.
      await page.goto(`${base}/data-sources`);
      const row = page.getByRole("listitem").filter({ hasText: "Vollständigkeit" });
      await row.getByText("Anderes Datum oder Notiz").click();
      await row.getByLabel("Geprüft am").fill(addDaysIso(todayIso(), 5));
      await row.getByRole("button", { name: "Prüfung speichern" }).click();
      await expect(row.getByText("Eine Prüfung kann nicht in der Zukunft liegen.")).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  }

  test("the screens fit a phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: "dark" });
    const org = await createTestOrg({ withRoadmap: true });
    const useCase = await pilotUseCase(org, "Ein recht langer Titel für einen Anwendungsfall");
    const source = await seedSource(org, useCase.id, "Wissensdatenbank Ersatzteile und Wartung");
    await signInAs(page, org.users.manager.email, E2E_PASSWORD);
    const base = `/o/${org.org.slug}/use-cases/${useCase.id}`;
    for (const path of [
      base,
      `${base}/data-sources`,
      `${base}/data-sources/new`,
      `${base}/data-sources/${source.id}/edit`,
      `${base}/assessment/5`,
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
