// Bad input on every account and organisation form: a clear message beside
// the field, status 400, the typed values kept, never a 5xx, nothing written.
import type { Page } from "@playwright/test";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, ORIGIN, signInAs, test } from "./fixtures";

test.use({ javaScriptEnabled: false });

function no5xx(page: Page) {
  page.on("response", (r) => expect(r.status(), r.url()).toBeLessThan(500));
}

async function submitAndStatus(page: Page, button: string) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return response.status();
}

test("onboarding: an empty or 10,000-character company name", async ({ page }) => {
  no5xx(page);
  const { users } = await createTestOrg();
  await signInAs(page, users.viewer.email, E2E_PASSWORD);
  await page.goto("/onboarding");
  await page.getByLabel("Branche").fill("Logistik");
  expect(await submitAndStatus(page, "Organisation anlegen")).toBe(400);
  await expect(page.getByText("Bitte füllen Sie dieses Feld aus.")).toBeVisible();
  await expect(page.getByLabel("Branche")).toHaveValue("Logistik");
  await page.getByLabel("Firmenname").fill("y".repeat(10_000));
  expect(await submitAndStatus(page, "Organisation anlegen")).toBe(400);
  await expect(page.getByText(/zu lang/)).toBeVisible();
  expect(await e2eDb().membership.count({ where: { userId: users.viewer.id } })).toBe(1);
});

test("organisation settings: empty name and wrong types keep the input and change nothing", async ({
  page,
}) => {
  no5xx(page);
  const { org, users } = await createTestOrg();
  await signInAs(page, users.owner.email, E2E_PASSWORD);
  await page.goto(`/o/${org.slug}/settings`);
  await page.getByLabel("Firmenname").fill("");
  await page.getByLabel("Branche").fill("Neue Branche");
  expect(await submitAndStatus(page, "Einstellungen speichern")).toBe(400);
  await expect(page.getByText("Bitte füllen Sie dieses Feld aus.")).toBeVisible();
  await expect(page.getByLabel("Branche")).toHaveValue("Neue Branche");

  // Wrong types, unknown and duplicated fields straight at the action.
  const response = await page.request.post(`/o/${org.slug}/settings`, {
    headers: { Origin: ORIGIN },
    multipart: { name: "Gültig GmbH", employeeBand: "lots", locale: "fr", evil: "1" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(400);
  const stored = await e2eDb().organisation.findUniqueOrThrow({
    where: { id: org.id },
    select: { name: true },
  });
  expect(stored.name).toBe(org.name);
});

test("invitations: a malformed e-mail and an unknown role", async ({ page }) => {
  no5xx(page);
  const { org, users } = await createTestOrg();
  await signInAs(page, users.owner.email, E2E_PASSWORD);
  await page.goto(`/o/${org.slug}/members`);
  await page.getByLabel("E-Mail").fill("keine-adresse");
  expect(await submitAndStatus(page, "Einladung erstellen")).toBe(400);
  await expect(page.getByText("Bitte geben Sie eine gültige E-Mail-Adresse ein.")).toBeVisible();
  await expect(page.getByLabel("E-Mail")).toHaveValue("keine-adresse");
  const response = await page.request.post(`/o/${org.slug}/members`, {
    headers: { Origin: ORIGIN },
    form: { intent: "invite", email: "gut@e2e.test", role: "superuser" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(400);
  expect(await e2eDb().invitation.count({ where: { orgId: org.id } })).toBe(0);
});

test("account: a wrong current password and a common new password", async ({ page }) => {
  no5xx(page);
  const { users } = await createTestOrg();
  await signInAs(page, users.member.email, E2E_PASSWORD);
  await page.goto("/account");
  await page.getByLabel("Aktuelles Passwort").fill("nicht-das-passwort");
  await page.getByLabel("Neues Passwort").fill("ein-ganz-neues-passwort");
  expect(await submitAndStatus(page, "Passwort ändern")).toBe(400);
  await expect(page.getByText("Das aktuelle Passwort ist nicht korrekt.")).toBeVisible();
  await page.getByLabel("Aktuelles Passwort").fill(E2E_PASSWORD);
  await page.getByLabel("Neues Passwort").fill("qwertyuiop12");
  expect(await submitAndStatus(page, "Passwort ändern")).toBe(400);
  await expect(page.getByText(/zu verbreitet/)).toBeVisible();
  await page.getByLabel("Name").fill("");
  expect(await submitAndStatus(page, "Profil speichern")).toBe(400);
  await expect(page.getByText("Bitte füllen Sie dieses Feld aus.")).toBeVisible();
});
