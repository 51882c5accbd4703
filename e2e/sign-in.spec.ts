import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../app/modules/demo/people";
import { createTestOrg, E2E_PASSWORD, randomSuffix } from "./factories";
import { demoUser, expect, signIn, signInAs, signInThroughForm, test } from "./fixtures";
import { mailedLink, mailsTo } from "./mail";

const NEW_PASSWORD = "Lange-Passphrase-nach-dem-Vergessen";

test.describe("signing in", () => {
  test("the demo manager signs in and sees the roadmap overview", async ({ page }) => {
    await signIn(page, "manager");
    await expect(
      page.getByRole("heading", { level: 1, name: "KI-Pilot Kundenservice 2026" }),
    ).toBeVisible();
    for (const phase of ["Analyse & Fokus", "Pilot mit Governance", "Auswerten & skalieren"]) {
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(phase) })).toBeVisible();
    }
    await expect(page.getByText("Woche 5 von 12")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Diese Woche fällig" })).toBeVisible();
    const overdue = page.getByRole("region", { name: "Überfällig" });
    await expect(overdue.getByRole("listitem").first()).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Gesamtfortschritt" })).toHaveAttribute(
      "aria-valuenow",
      /\d+/,
    );
    // The start page leads here, so "Übersicht" is the current entry, and only it.
    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    await expect(nav.getByRole("link", { name: "Übersicht" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    await nav.getByRole("link", { name: "Kennzahlen" }).click();
    await expect(nav.getByRole("link", { name: "Kennzahlen" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(nav.getByRole("link", { name: "Übersicht" })).not.toHaveAttribute(
      "aria-current",
      /./,
    );
  });

  test("signing out ends the session on the server", async ({ page, context }) => {
    await signIn(page, "member");
    const overviewUrl = page.url();
    const cookiesBefore = await context.cookies();
    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    // Replaying the old cookie does not bring the session back.
    await context.addCookies(cookiesBefore);
    await page.goto(overviewUrl);
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=/);
  });

  test("an organisation the user does not belong to is a 404", async ({ page }) => {
    await signIn(page, "viewer");
    const response = await page.goto("/o/some-other-company");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Seite nicht gefunden" })).toBeVisible();
  });

  test("the language can be switched to English and back", async ({ page }) => {
    await signIn(page, "owner");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Overall progress" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "Deutsch" }).click();
    await expect(page.getByRole("heading", { name: "Gesamtfortschritt" })).toBeVisible();
  });
});

test("pages do not carry the messages: the browser fetches them once and keeps them", async ({
  page,
  request,
}) => {
  const html = await (await request.get("/sign-in")).text();
  // A message the sign-in page does not show is not in its HTML …
  expect(html).not.toContain("Bereiche des Fahrplans");
  const href = /<link[^>]*href="(\/i18n\/de\/[0-9a-f]{16})"/.exec(html)?.[1];
  expect(href).toBeTruthy();
  // … but in the catalogue file, which may be cached for good under its version.
  const file = await request.get(href!);
  expect(file.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(((await file.json()) as { roadmaps: { nav: { label: string } } }).roadmaps.nav.label).toBe(
    "Bereiche des Fahrplans",
  );
  // The browser renders in German once the file is in; the second page finds it in its cache.
  const fetched: string[] = [];
  page.on("requestfinished", (r) => {
    if (r.url().includes("/i18n/")) fetched.push(r.url());
  });
  await page.goto("/sign-in");
  await expect(page.getByRole("link", { name: "Konto anlegen" })).toBeVisible();
  await page.goto("/sign-up");
  await expect(page.getByRole("button", { name: "Konto anlegen" })).toBeVisible();
  const second = await page.evaluate(
    (url) =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((e) =>
        e.name.endsWith(url),
      )?.transferSize,
    href!,
  );
  expect(fetched.length).toBeGreaterThanOrEqual(1);
  expect(second).toBe(0);
});

test.describe("bad input on the sign-in form (without JavaScript)", () => {
  test.use({ javaScriptEnabled: false });

  async function submit(page: Page, email: string, password: string) {
    await page.goto("/sign-in");
    await page.getByLabel("E-Mail").fill(email);
    await page.getByLabel("Passwort").fill(password);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/sign-in") && r.request().method() === "POST"),
      page.getByRole("main").getByRole("button", { name: "Anmelden" }).click(),
    ]);
    return response.status();
  }

  test("a wrong password gets a clear message, 401, and the e-mail is kept", async ({ page }) => {
    const email = demoUser("manager").email;
    expect(await submit(page, email, "not-the-password")).toBe(401);
    await expect(page.getByRole("alert")).toHaveText("E-Mail oder Passwort ist falsch.");
    await expect(page.getByLabel("E-Mail")).toHaveValue(email);
    await expect(page.getByLabel("Passwort")).toHaveValue("");
  });

  test("an unknown e-mail gets the very same message", async ({ page }) => {
    expect(await submit(page, "nobody@example.test", DEMO_PASSWORD)).toBe(401);
    await expect(page.getByRole("alert")).toHaveText("E-Mail oder Passwort ist falsch.");
  });

  test("empty fields are marked beside the fields with 400", async ({ page }) => {
    expect(await submit(page, "", "")).toBe(400);
    await expect(page.getByText("Bitte füllen Sie dieses Feld aus.")).toHaveCount(2);
    await expect(page.getByLabel("E-Mail")).toHaveAttribute("aria-invalid", "true");
  });

  test("a 10,000-character field is refused with 400, never a 500", async ({ page }) => {
    const long = "a".repeat(10_000);
    expect(await submit(page, `${long}@example.test`, long)).toBe(400);
    await expect(page.getByText(/zu lang/).first()).toBeVisible();
    await expect(page.getByLabel("E-Mail")).toHaveValue(`${long}@example.test`);
  });

  test("the demo manager signs in without JavaScript", async ({ page }) => {
    await submit(page, demoUser("manager").email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/o\/muster-maschinenbau\/roadmaps\//);
    await expect(
      page.getByRole("heading", { level: 1, name: "KI-Pilot Kundenservice 2026" }),
    ).toBeVisible();
  });
});

test("a cross-site POST is refused with 403 and changes nothing", async ({ request }) => {
  const response = await request.post("/sign-in", {
    form: { email: demoUser("manager").email, password: DEMO_PASSWORD },
    headers: { Origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test("forgot password: a known and an unknown address look the same; the mailed link works once", async ({
  browser,
}) => {
  const { users } = await createTestOrg();
  const email = users.member.email;
  const elsewhere = await (await browser.newContext()).newPage();
  await signInAs(elsewhere, email, E2E_PASSWORD);

  const page = await (await browser.newContext()).newPage();
  const answers: string[] = [];
  for (const address of [email, `niemand-${randomSuffix()}@e2e.test`]) {
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Passwort vergessen?" }).click();
    await expect(page.getByRole("heading", { name: "Passwort zurücksetzen" })).toBeVisible();
    await page.getByLabel("E-Mail").fill(address);
    await page.getByRole("button", { name: "Link senden" }).click();
    await expect(page).toHaveURL(/\/forgot-password\?sent$/);
    answers.push(await page.getByRole("main").innerText());
  }
  expect(answers[0]).toContain("Bitte prüfen Sie Ihr Postfach");
  expect(answers[0]).toBe(answers[1]);

  const link = await mailedLink(email, /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/);
  await page.goto(link);
  await page.getByLabel("Neues Passwort").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  // Signed in with the new password; every other session has ended.
  await expect(page).toHaveURL(/\/o\/e2e-/);
  await elsewhere.reload();
  await expect(elsewhere).toHaveURL(/\/sign-in/);
  await expect
    .poll(async () => (await mailsTo(email)).at(-1)?.subject)
    .toBe("Ihr Fahrplan-Passwort wurde geändert");

  // Used once: the link is gone, and the new password is the one that works.
  expect((await page.request.get(link)).status()).toBe(410);
  await signInThroughForm(elsewhere, email, NEW_PASSWORD);
  await expect(elsewhere).not.toHaveURL(/\/sign-in/);
});
