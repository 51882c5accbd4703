import { expect, test as base } from "@playwright/test";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/demo-data";
import type { DemoUserKey } from "../prisma/demo-data";
import { E2E_PORT } from "./env";

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

export const test = base;
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
