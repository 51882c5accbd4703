// The assessment screens under axe (light and dark), by keyboard and on a phone.
import { CV_SCREENING } from "../app/modules/assessments/assessments.test-helpers";
import { STEPS } from "../app/modules/assessments/questions";
import type { StepNumber } from "../app/modules/assessments/questions";
import { answerStep, expectNoSeriousViolations, useCaseIn } from "./assessment-helpers";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, signInAs, test } from "./fixtures";

test.describe("accessibility of the assessment screens", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`wizard step, review, result and history in ${colorScheme} mode`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme });
      const org = await createTestOrg({ withRoadmap: true });
      const useCase = await useCaseIn(org, "Bewerbungen vorsortieren");
      const db = e2eDb();
      await signInAs(page, org.users.manager.email, E2E_PASSWORD);
      const base = `/o/${org.org.slug}/use-cases/${useCase.id}`;
      for (const step of [1, 2, 3, 4, 5] as StepNumber[]) {
        await page.goto(`${base}/assessment/${step}`);
        await answerStep(page, step, CV_SCREENING);
        if (step === 3) await expectNoSeriousViolations(page);
        await page.getByRole("button", { name: /Speichern und (weiter|prüfen)/ }).click();
        await expect(page).not.toHaveURL(new RegExp(`/assessment/${step}$`));
      }
      await expect(page).toHaveURL(/\/assessment\/review$/);
      await expectNoSeriousViolations(page);
      await page.getByRole("button", { name: "Bewertung abschließen" }).click();
      await expect(page.getByRole("heading", { level: 1, name: /^Ergebnis/ })).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.getByRole("link", { name: "Verlauf", exact: true }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Verlauf der Bewertungen" }),
      ).toBeVisible();
      await expectNoSeriousViolations(page);
      expect(await db.assessment.count({ where: { useCaseId: useCase.id } })).toBe(1);
    });
  }
});

test("by keyboard: each new step's heading takes the focus, and the step is announced", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const org = await createTestOrg({ withRoadmap: true });
  const useCase = await useCaseIn(org, "Bewerbungen vorsortieren");
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/use-cases/${useCase.id}/assessment/1`);
  const heading = page.getByRole("heading", { level: 1 });
  // What a screen reader hears from the page's live region.
  const said = page.locator("#live-region");
  const stepName = (step: number) => `Schritt ${step} von 5: ${STEPS[step - 1]!.title.de}`;
  for (const step of [1, 2, 3, 4, 5] as StepNumber[]) {
    await answerStep(page, step, CV_SCREENING);
    await page.getByRole("button", { name: /Speichern und (weiter|prüfen)/ }).focus();
    await page.keyboard.press("Enter");
    if (step === 5) break;
    await expect(heading).toHaveText(stepName(step + 1));
    await expect(heading).toBeFocused();
    await expect(said).toHaveText(`Antworten gespeichert. ${stepName(step + 1)}`);
    if (step === 1) {
      // Back one step: the heading again, announced without "saved".
      await page.getByRole("link", { name: "Zurück" }).click();
      await expect(heading).toHaveText(stepName(1));
      await expect(heading).toBeFocused();
      await expect(said).toHaveText(stepName(1));
      await page.getByRole("button", { name: "Speichern und weiter" }).focus();
      await page.keyboard.press("Enter");
      await expect(heading).toHaveText(stepName(2));
      await expect(heading).toBeFocused();
    }
  }
  await expect(page).toHaveURL(/\/assessment\/review$/);
  await expect(heading).toHaveText("Prüfen und abschließen");
  await expect(heading).toBeFocused();
  await expect(said).toHaveText("Prüfen und abschließen");
});

test("the wizard, the result and the history fit a phone without sideways scrolling", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const org = await createTestOrg({ withRoadmap: true });
  const useCase = await useCaseIn(org, "Bewerbungen vorsortieren");
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  const base = `/o/${org.org.slug}/use-cases/${useCase.id}`;
  const fits = async (label: string) => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, label).toBeLessThanOrEqual(0);
  };
  for (const step of [1, 2, 3, 4, 5] as StepNumber[]) {
    await page.goto(`${base}/assessment/${step}`);
    await answerStep(page, step, CV_SCREENING);
    await fits(`step ${step}`);
    await page.getByRole("button", { name: /Speichern und (weiter|prüfen)/ }).click();
    await expect(page).not.toHaveURL(new RegExp(`/assessment/${step}$`));
  }
  await fits("review");
  await page.getByRole("button", { name: "Bewertung abschließen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Ergebnis/ })).toBeVisible();
  await fits("result");
  await page.getByRole("link", { name: "Verlauf", exact: true }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Verlauf der Bewertungen" }),
  ).toBeVisible();
  await fits("history");
});
