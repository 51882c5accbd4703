import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

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
