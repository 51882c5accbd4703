// The use-case screens under axe (light and dark) and on a phone.
import { expectNoSeriousViolations } from "./assessment-helpers";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, signInAs, test } from "./fixtures";

test.describe("accessibility of the use-case screens", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`list, new, detail, edit, matrix and register in ${colorScheme} mode`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme });
      const org = await createTestOrg({ withRoadmap: true });
      const db = e2eDb();
      const useCase = await db.useCase.create({
        data: {
          orgId: org.org.id,
          roadmapId: org.roadmapId!,
          title: "Antwortentwürfe",
          description: "Ein Sprachmodell entwirft Antworten.",
          hoursSavedPerWeek: 5,
          hourlyCostCents: 4500,
          ratingValue: 4,
        },
        select: { id: true },
      });
      await db.useCase.create({ data: { orgId: org.org.id, title: "Lager", ratingValue: 2 } });
      await signInAs(page, org.users.manager.email, E2E_PASSWORD);
      const base = `/o/${org.org.slug}`;
      for (const path of [
        "/use-cases",
        "/use-cases/new",
        `/use-cases/${useCase.id}`,
        `/use-cases/${useCase.id}/edit`,
        "/use-cases/matrix",
        "/governance/register",
      ]) {
        await page.goto(base + path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        if (path.endsWith("matrix")) {
          await expect(
            page.getByRole("img", { name: /Streudiagramm/ }).locator("circle"),
          ).toHaveCount(2);
        }
        await expectNoSeriousViolations(page);
      }
    });
  }

  test("the screens fit a phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const org = await createTestOrg();
    const useCase = await e2eDb().useCase.create({
      data: { orgId: org.org.id, title: "Ein recht langer Titel für einen Anwendungsfall" },
      select: { id: true },
    });
    await signInAs(page, org.users.manager.email, E2E_PASSWORD);
    for (const path of [
      "/use-cases",
      `/use-cases/${useCase.id}`,
      "/use-cases/new",
      "/use-cases/matrix",
      "/governance/register",
    ]) {
      await page.goto(`/o/${org.org.slug}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
