// API tokens (Integrationen): a manager makes a token, sees its secret once, another
// system uses it (the audit log names it), and once revoked it is refused. Members get
// no such page; bad input gets a field message; the page and the API reference are
// clean under axe, in German and English.
import { request as playwrightRequest } from "@playwright/test";
import { createTestOrg, E2E_PASSWORD } from "./factories";
import { expect, ORIGIN, signInAs, test } from "./fixtures";
import { expectNoSeriousViolations, orgWithRoadmap, signInRole } from "./roadmap-helpers";

async function apiWith(secret: string) {
  return playwrightRequest.newContext({
    baseURL: ORIGIN,
    extraHTTPHeaders: { Authorization: `Bearer ${secret}` },
  });
}

test("a manager makes a token, another system uses it, the log names it, revoking stops it", async ({
  page,
}) => {
  const org = await orgWithRoadmap();
  await signInRole(page, org, "manager");
  await page.goto(`/o/${org.org.slug}`);
  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "Integrationen" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "API-Tokens" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Noch keine API-Tokens" })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByLabel("Name").fill("Ticket-Export");
  await page
    .getByLabel("Erlaubt")
    .selectOption({ label: "lesen und schreiben (Aufgaben, Messwerte)" });
  await page.getByRole("button", { name: "Token erstellen" }).click();
  const created = page.getByRole("region", { name: "Token „Ticket-Export“ erstellt" });
  const secret = await created.getByLabel("Token").inputValue();
  expect(secret).toMatch(/^fpat_[A-Za-z0-9_-]{43}$/);
  const row = page.getByRole("row", { name: /Ticket-Export/ });
  await expect(row).toContainText("nie");
  await expect(row).toContainText("aktiv");
  await expectNoSeriousViolations(page);

  // Shown once: after a reload only its first characters remain.
  await page.reload();
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(row).toContainText(`${secret.slice(0, 9)}…`);

  // The other system ticks a task off through the API.
  const api = await apiWith(secret);
  const tasks = await (
    await api.get(`/api/v1/tasks?roadmapId=${org.roadmapId}&status=todo&limit=1`)
  ).json();
  const task = tasks.data[0] as { id: string; title: string };
  const done = await api.post(`/api/v1/tasks/${task.id}/complete`);
  expect(done.status()).toBe(200);
  expect((await done.json()).status).toBe("done");

  await page.reload();
  await expect(row).not.toContainText("nie");
  await page.goto(`/o/${org.org.slug}/audit`);
  await expect(page.getByText("über API-Token „Ticket-Export“").first()).toBeVisible();

  // Revoked: the system is refused at once.
  await page.goto(`/o/${org.org.slug}/integrations`);
  await row.getByLabel("Token Ticket-Export widerrufen").click();
  await row.getByRole("button", { name: "Ja, widerrufen" }).click();
  await expect(page.getByText("Token „Ticket-Export“ widerrufen.")).toBeVisible();
  await expect(row).toContainText("widerrufen");
  const refused = await api.get("/api/v1/roadmaps");
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  await api.dispose();
});

test("a read-only token reads but may not write; a name is needed", async ({ page }) => {
  const org = await orgWithRoadmap();
  await signInRole(page, org, "owner");
  await page.goto(`/o/${org.org.slug}/integrations`);
  await page.getByRole("button", { name: "Token erstellen" }).click();
  await expect(page.getByText("Bitte füllen Sie dieses Feld aus.").first()).toBeVisible();
  await page.getByLabel("Name").fill("Power BI");
  await page.getByLabel("Gültig für").selectOption({ label: "30 Tage" });
  await page.getByRole("button", { name: "Token erstellen" }).click();
  const secret = await page.getByLabel("Token", { exact: true }).inputValue();
  const api = await apiWith(secret);
  expect((await api.get("/api/v1/roadmaps")).status()).toBe(200);
  const write = await api.post("/api/v1/tasks", {
    data: { roadmapId: org.roadmapId, phase: "pilot", title: "x", dueDate: "2026-04-01" },
  });
  expect(write.status()).toBe(403);
  await api.dispose();
});

test("members have no Integrations page; the English page and the API reference", async ({
  page,
}) => {
  const org = await createTestOrg({ locale: "en" });
  await signInAs(page, org.users.member.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}`);
  await expect(page.getByRole("link", { name: "Integrations" })).toHaveCount(0);
  expect((await page.goto(`/o/${org.org.slug}/integrations`))?.status()).toBe(403);

  await signInAs(page, org.users.owner.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/integrations`);
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No API tokens yet" })).toBeVisible();
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousViolations(page);

  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fahrplan API v1" })).toBeVisible();
  await expect(page.locator("#problem-conflict")).toContainText("409");
  await expectNoSeriousViolations(page);
  await page.setViewportSize({ width: 390, height: 800 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth + 1,
  );
  expect(overflow).toBe(false);
});
