import { expect, request as playwrightRequest, test as base } from "@playwright/test";
import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/demo-data";
import type { DemoUserKey } from "../prisma/demo-data";
import { E2E_PORT } from "./env";
import { createCookie } from "react-router";
import { createToken, hashToken } from "../app/lib/crypto.server";
import { E2E_PASSWORD, e2eDb } from "./factories";

export function demoUser(key: DemoUserKey) {
  const user = DEMO_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`no demo user ${key}`);
  return user;
}

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, key: DemoUserKey) {
  await page.goto("/sign-in");
  await page.getByLabel(/E-Mail|E-mail/).fill(demoUser(key).email);
  await page.getByLabel(/Passwort|Password/).fill(DEMO_PASSWORD);
  await page
    .getByRole("main")
    .getByRole("button", { name: /Anmelden|Sign in/ })
    .click();
  await expect(page).toHaveURL(/\/o\/muster-maschinenbau\/roadmaps\//);
}

// React reports a server/browser render mismatch (e.g. a date formatted
// differently) as a recoverable error and re-renders the page in the browser;
// minified builds name it by code (418, 419, 423, 425).
const HYDRATION_ERROR = /hydrat|react\.dev\/errors\/(418|419|423|425)\b/i;

/**
 * Every test fails when a page throws in the browser or hydration goes wrong:
 * the page may look right and still have thrown its server HTML away.
 */
export const test = base.extend<{ browserErrors: void }>({
  browserErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error" && HYDRATION_ERROR.test(message.text()))
          errors.push(message.text());
      });
      await use();
      expect(errors, "errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Signs in a factory user (see e2e/factories.ts) through the real form. */
export async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel(/E-Mail|E-mail/).fill(email);
  await page.getByLabel(/Passwort|Password/).fill(password);
  await page
    .getByRole("main")
    .getByRole("button", { name: /Anmelden|Sign in/ })
    .click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** The app's origin, for API requests that must pass the origin check. */
export const ORIGIN = `http://localhost:${E2E_PORT}`;

/**
 * An API client (no browser) signed in through the sign-in form as the given factory
 * user, or anonymous without an e-mail.
 */
export async function apiSignedIn(email?: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL: ORIGIN });
  if (!email) return api;
  const response = await api.post("/sign-in", {
    form: { email, password: E2E_PASSWORD },
    headers: { Origin: ORIGIN },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return api;
}

/**
 * An API client with a session of the given user, made straight in the database: for
 * specs that send many requests as many people and test no sign-in (no password hash
 * to check per client). The cookie is the plain one the e2e server uses over http.
 */
export async function apiWithSession(userId: string): Promise<APIRequestContext> {
  const token = createToken();
  await e2eDb().session.create({
    data: { id: hashToken(token), userId, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const cookie = (await createCookie("fahrplan_session").serialize(token)).split(";")[0]!;
  return playwrightRequest.newContext({ baseURL: ORIGIN, extraHTTPHeaders: { Cookie: cookie } });
}
