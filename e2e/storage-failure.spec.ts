// When the database cannot store anything (SQLite: the disk is full) or cannot be reached
// (PostgreSQL: its server is stopped), the request that needs it gets a clear 503 page,
// /readyz answers 503, and once the cause is gone everything works again without a
// restart; what was saved before is still there, what was refused is not. Each run of the
// suite tests its own provider, on a server and database of the test's own.
import AxeBuilder from "@axe-core/playwright";
import { request } from "@playwright/test";
import type { APIRequestContext, Page } from "@playwright/test";
import { e2eDatabaseUrl } from "./env";
import { E2E_PASSWORD } from "./factories";
import { expect, test } from "./fixtures";
import { serverOnStoppablePostgres, serverOnTinyDisk } from "./storage-servers";

const onPostgres = /^postgres(ql)?:\/\//.test(e2eDatabaseUrl());

async function signedIn(origin: string, email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: origin });
  const response = await api.post("/sign-in", {
    form: { email, password: E2E_PASSWORD },
    headers: { Origin: origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return api;
}

/** Saves the account's name through the profile form, as a browser without JavaScript. */
function saveName(api: APIRequestContext, origin: string, name: string) {
  return api.post("/account", {
    form: { intent: "profile", name, locale: "de" },
    headers: { Origin: origin },
    maxRedirects: 0,
  });
}

async function shownName(api: APIRequestContext): Promise<string> {
  const page = await api.get("/account");
  expect(page.status()).toBe(200);
  return /name="name"[^>]*value="([^"]*)"/.exec(await page.text())?.[1] ?? "";
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(serious.map((v) => v.id)).toEqual([]);
}

const readyz = (api: APIRequestContext) => api.get("/readyz").then((r) => r.status());

if (!onPostgres) {
  test("a full disk refuses the write with 503 'Speicher voll', reads go on, and it recovers without a restart", async ({
    browser,
  }) => {
    test.slow(); // a server and database of its own
    const server = await serverOnTinyDisk();
    try {
      const { origin, org } = server;
      const api = await signedIn(origin, org.users.manager.email);
      expect((await saveName(api, origin, "Vor dem Vollen")).status()).toBe(302);
      expect(await readyz(api)).toBe(200);

      server.fill();

      const refused = await saveName(api, origin, "Im Vollen");
      expect(refused.status()).toBe(503);
      expect(refused.headers()["retry-after"]).toBe("30");
      const body = await refused.text();
      expect(body).toContain("Speicher voll");
      expect(body).toContain("Ihre Eingabe wurde nicht gespeichert");
      // Reading goes on: the roadmap and the name saved before the disk was full.
      expect((await api.get(`/o/${org.org.slug}/roadmaps/${org.roadmapId}`)).status()).toBe(200);
      expect(await shownName(api)).toBe("Vor dem Vollen");
      expect(await readyz(api)).toBe(503);

      // The same in the browser, where the form is sent by JavaScript.
      const context = await browser.newContext({
        baseURL: origin,
        storageState: await api.storageState(),
      });
      const page = await context.newPage();
      await page.goto("/account");
      await page.locator("html[data-hydrated]").waitFor();
      await page.getByLabel("Name").fill("Im Vollen, mit JavaScript");
      await page.getByRole("button", { name: "Profil speichern" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Speicher voll" })).toBeVisible();
      await expect(page.getByText("Ihre Eingabe wurde nicht gespeichert")).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      await context.close();

      server.free();

      await expect.poll(() => readyz(api), { timeout: 10_000 }).toBe(200);
      expect((await saveName(api, origin, "Nach dem Vollen")).status()).toBe(302);
      expect(await shownName(api)).toBe("Nach dem Vollen");
    } finally {
      await server.stop();
    }
  });
} else {
  test("a stopped PostgreSQL server gives 503 'Datenbank nicht erreichbar', and it recovers without a restart", async ({
    browser,
  }) => {
    test.slow(); // a server and a PostgreSQL server of its own
    const server = await serverOnStoppablePostgres();
    try {
      const { origin, org } = server;
      const api = await signedIn(origin, org.users.manager.email);
      expect((await saveName(api, origin, "Vor dem Ausfall")).status()).toBe(302);

      server.stopDatabase();

      const refused = await saveName(api, origin, "Im Ausfall");
      expect(refused.status()).toBe(503);
      expect(await refused.text()).toContain("Datenbank nicht erreichbar");
      expect((await api.get(`/o/${org.org.slug}/roadmaps/${org.roadmapId}`)).status()).toBe(503);
      expect(await readyz(api)).toBe(503);
      const context = await browser.newContext({
        baseURL: origin,
        storageState: await api.storageState(),
      });
      const page = await context.newPage();
      await page.goto("/account");
      await expect(
        page.getByRole("heading", { level: 1, name: "Datenbank nicht erreichbar" }),
      ).toBeVisible();
      await context.close();

      server.startDatabase();

      await expect.poll(() => readyz(api), { timeout: 15_000 }).toBe(200);
      expect(await shownName(api)).toBe("Vor dem Ausfall");
      expect((await saveName(api, origin, "Nach dem Ausfall")).status()).toBe(302);
      expect(await shownName(api)).toBe("Nach dem Ausfall");
    } finally {
      await server.stop();
    }
  });
}
