import { expect, request as playwrightRequest, test as base } from "@playwright/test";
import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../app/modules/demo/people";
import type { DemoUserKey } from "../app/modules/demo/people";
import { E2E_PORT } from "./env";
import { createCookie } from "react-router";
import { createToken, hashToken } from "../app/lib/crypto.server";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import type { Role } from "../app/lib/permissions";

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
 * Every test fails when its page throws in the browser or hydration goes wrong:
 * the page may look right and still have thrown its server HTML away. The check
 * wraps the `page` fixture rather than running for every test, so tests that only
 * send requests (the role matrices) open no browser page at all.
 */
export const test = base.extend({
  page: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && HYDRATION_ERROR.test(message.text()))
        errors.push(message.text());
    });
    await provide(page);
    expect(errors, "errors in the browser").toEqual([]);
  },
});
export { expect };

/** Waits until React has taken the page over (app/root.tsx marks <html data-hydrated>). */
export async function hydrated(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/**
 * Signs in a factory user (see e2e/factories.ts). With the factories' password the
 * session is made straight in the database and handed to the browser (no sign-in page,
 * no password hash to check: signing in is not what these tests are about, and the
 * form is covered by sign-in.spec.ts and accounts.spec.ts). Any other password (say,
 * after a password change) goes through the real form.
 */
export async function signInAs(page: Page, email: string, password: string) {
  if (password !== E2E_PASSWORD) return signInThroughForm(page, email, password);
  const user = await e2eDb().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const { name, value } = await sessionCookie(user.id);
  await page.context().addCookies([{ name, value, url: ORIGIN }]);
  await page.goto("/");
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Signs in through the real sign-in form, as a person would. */
export async function signInThroughForm(page: Page, email: string, password: string) {
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
 * A session of the given user, made straight in the database, as the cookie the e2e
 * server reads over plain http (see app/lib/session.server.ts).
 */
async function sessionCookie(userId: string): Promise<{ name: string; value: string }> {
  const token = createToken();
  await e2eDb().session.create({
    data: { id: hashToken(token), userId, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const pair = (await createCookie("fahrplan_session").serialize(token)).split(";")[0]!;
  const at = pair.indexOf("=");
  return { name: pair.slice(0, at), value: pair.slice(at + 1) };
}

/**
 * An API client with a session of the given user, made straight in the database: for
 * specs that send many requests as many people and test no sign-in (no password hash
 * to check per client).
 */
export async function apiWithSession(userId: string): Promise<APIRequestContext> {
  const { name, value } = await sessionCookie(userId);
  return playwrightRequest.newContext({
    baseURL: ORIGIN,
    extraHTTPHeaders: { Cookie: `${name}=${value}` },
  });
}

/** The owner of another organisation, made once per worker: the role matrices' non-member. */
let outsider: Promise<TestOrg> | undefined;

/**
 * An API client for one cell of a role matrix: a member of `org` in the given role (a
 * session made in the database), the owner of another organisation ("non-member",
 * shared by the worker's cells: they only ever send it to their own organisation), or
 * nobody ("anonymous").
 */
export async function apiAsActor(
  org: TestOrg,
  actor: Role | "non-member" | "anonymous",
): Promise<APIRequestContext> {
  if (actor === "anonymous") return apiSignedIn();
  if (actor !== "non-member") return apiWithSession(org.users[actor].id);
  outsider ??= createTestOrg();
  return apiWithSession((await outsider).users.owner.id);
}
