// The app's header: the colour scheme each user chooses (system, light, dark), and the
// phone's menu, with every page of the main navigation fitting a 390 px screen.
import type { Page } from "@playwright/test";
import { createTestOrg, E2E_PASSWORD } from "./factories";
import { expect, signIn, signInAs, test } from "./fixtures";

const LIGHT_SURFACE = "rgb(247, 248, 250)";
const DARK_SURFACE = "rgb(13, 17, 23)";

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe("the colour scheme", () => {
  test.use({ colorScheme: "light" });

  test("is chosen in the header, kept on the account and rendered by the server", async ({
    page,
  }) => {
    const org = await createTestOrg();
    await signInAs(page, org.users.member.email, E2E_PASSWORD);
    const scheme = page.getByRole("group", { name: "Darstellung" });
    await expect(scheme.getByRole("button", { name: "Wie das Gerät" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(await background(page)).toBe(LIGHT_SURFACE);

    await scheme.getByRole("button", { name: "Dunkel" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(scheme.getByRole("button", { name: "Dunkel" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(await background(page)).toBe(DARK_SURFACE);
    // The page comes from the server already dark: no flash of the light scheme.
    const html = await (await page.request.get(page.url())).text();
    expect(html).toContain('data-theme="dark"');
    expect(html).toContain('<meta name="color-scheme" content="dark"/>');

    // The choice wins over the device's setting …
    await page.emulateMedia({ colorScheme: "dark" });
    await scheme.getByRole("button", { name: "Hell" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    expect(await background(page)).toBe(LIGHT_SURFACE);
    // … and "as the device" follows the device, also when it changes.
    await scheme.getByRole("button", { name: "Wie das Gerät" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "system");
    expect(await background(page)).toBe(DARK_SURFACE);
    await page.emulateMedia({ colorScheme: "light" });
    expect(await background(page)).toBe(LIGHT_SURFACE);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("is set on the account page with a plain form", async ({ page }) => {
      const org = await createTestOrg();
      await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
      await page.goto("/account");
      await page
        .getByRole("group", { name: "Darstellung" })
        .getByRole("button", { name: "Dunkel" })
        .click();
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      expect(await background(page)).toBe(DARK_SURFACE);
    });
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("one Menu button leads to every page, and none scrolls sideways", async ({ page }) => {
    test.slow(); // every page of the main navigation, each opened from the menu
    await signIn(page, "owner");
    const header = page.getByRole("banner");
    await expect(header).toBeVisible();
    // One line: the logo, the organisation and the menu button.
    expect((await header.boundingBox())!.height).toBeLessThan(80);
    const menu = header.getByText("Menü");
    await menu.click();
    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    const links = await nav
      .getByRole("link")
      .evaluateAll((all) => all.map((a) => [a.textContent ?? "", a.getAttribute("href") ?? ""]));
    expect(links.map(([name]) => name)).toContain("Einstellungen");
    for (const [name, href] of links) {
      if (!(await nav.isVisible())) await menu.click();
      await nav.getByRole("link", { name, exact: true }).click();
      await expect(nav).toBeHidden();
      // (The overview's address leads on to the roadmap's.)
      await expect(page).toHaveURL(new RegExp(`${href}(/|$)`));
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      expect(await overflow(page), name).toBeLessThanOrEqual(0);
    }
    await header.getByRole("link", { name: "Fahrplan" }).click();
    await expect(page).toHaveURL(/\/roadmaps\//);
    await menu.click();
    await page.getByRole("link", { name: /Ihr Konto/ }).click();
    await expect(page).toHaveURL(/\/account$/);
    expect(await overflow(page), "account").toBeLessThanOrEqual(0);
  });

  test("the menu works by keyboard: Enter opens, Tab reaches the links, Escape closes", async ({
    page,
  }) => {
    await signIn(page, "member");
    const summary = page.getByRole("banner").locator("summary", { hasText: "Menü" });
    await summary.focus();
    await page.keyboard.press("Enter");
    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    await expect(nav).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Übersicht" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(summary).toBeFocused();
    // The colour scheme and signing out are in the menu too.
    await page.keyboard.press("Enter");
    await expect(page.getByRole("group", { name: "Darstellung" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the menu opens and its links lead on", async ({ page }) => {
      await signIn(page, "member");
      await page.getByRole("banner").getByText("Menü").click();
      await page
        .getByRole("navigation", { name: "Hauptnavigation" })
        .getByRole("link", { name: "Meine Aufgaben" })
        .click();
      await expect(page.getByRole("heading", { level: 1, name: "Meine Aufgaben" })).toBeVisible();
    });
  });
});
