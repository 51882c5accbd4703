import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { germanCsvRows } from "./csv-helpers";
import { e2eDb } from "./factories";
import { expect, test } from "./fixtures";
import { orgWithRoadmap, signInRole, submitAndWait, taskOf } from "./roadmap-helpers";

/**
 * A member ticks a task off on "My tasks": the change every log should show. (Once
 * done, a task due in an earlier week leaves the list, so the saved tick is what
 * counts, not the button.)
 */
async function memberTicksOff(page: Page, slug: string, title: string) {
  await page.goto(`/o/${slug}/my-tasks`);
  const response = await submitAndWait(page, () =>
    page.getByRole("button", { name: `Als erledigt markieren: ${title}` }).click(),
  );
  expect(response.status()).toBeLessThan(400);
}

test("a manager reads who changed what, filters by person and kind, and exports it", async ({
  page,
  browser,
}) => {
  // Two people's sessions, four filtered views, a download and an axe scan in one story.
  test.slow();
  const org = await orgWithRoadmap();
  const task = await taskOf(org.roadmapId, org.users.member.id);
  const memberPage = await browser.newPage();
  await signInRole(memberPage, org, "member");
  await memberTicksOff(memberPage, org.org.slug, task.title);
  await expect
    .poll(async () => (await e2eDb().task.findUniqueOrThrow({ where: { id: task.id } })).status)
    .toBe("done");
  await memberPage.close();

  await signInRole(page, org, "manager");
  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "Änderungsprotokoll" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Änderungsprotokoll" })).toBeVisible();
  const log = page.getByRole("table", { name: /Einträge des Änderungsprotokolls/ });
  // Newest first: the member's tick, in plain words, with before → after.
  const first = log.getByRole("row").nth(1);
  await expect(first).toContainText(org.users.member.name);
  await expect(first).toContainText("Aufgabe erledigt");
  await expect(first).toContainText(task.title);
  await expect(first).toContainText(/Offen|Zu erledigen/);
  await expect(first).toContainText("Erledigt");
  // The template's tasks were "created" like any other task.
  await expect(log.getByRole("row", { name: /Aufgabe angelegt/ }).first()).toBeVisible();

  const filters = page.getByRole("form", { name: "Protokoll filtern" });
  await filters.getByLabel("Person").selectOption({ label: org.users.member.name });
  await filters.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(new RegExp(`person=${org.users.member.id}`));
  await expect(log.getByRole("row")).toHaveCount(2);

  await filters.getByLabel("Person").selectOption({ label: "Alle Personen" });
  await filters.getByLabel("Art des Eintrags").selectOption({ label: "Kennzahl" });
  await filters.getByRole("button", { name: "Anzeigen" }).click();
  await expect(
    page.getByRole("heading", { name: "Keine Einträge für diese Filter" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Filter zurücksetzen" }).click();
  await expect(log.getByRole("row").nth(1)).toContainText("Aufgabe erledigt");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Als CSV exportieren" }).click(),
  ]);
  const csv = await (await download.createReadStream()).toArray();
  const { text } = germanCsvRows(Buffer.concat(csv));
  expect(text.split("\r\n")[0]).toBe(
    "Zeitpunkt (Berlin);Person;E-Mail;Art des Eintrags;Datensatz-ID;Aktion;Datensatz;Änderungen;Vorher (JSON);Nachher (JSON);Anfrage-ID",
  );
  expect(text).toContain(
    `${org.users.member.name};${org.users.member.email};Aufgabe;${task.id};erledigt;`,
  );
  expect(text).toContain("Status: Offen → Erledigt");

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual(
    [],
  );
});

test("a member reads only their own entries, and no other organisation's", async ({ page }) => {
  const org = await orgWithRoadmap();
  const other = await orgWithRoadmap();
  const task = await taskOf(org.roadmapId, org.users.member.id);
  await signInRole(page, org, "member");
  await memberTicksOff(page, org.org.slug, task.title);
  await page.goto(`/o/${org.org.slug}/audit?person=${org.users.owner.id}`);
  await expect(page.getByText("Ihre Änderungen in dieser Organisation")).toBeVisible();
  await expect(page.getByLabel("Person")).toHaveCount(0);
  const rows = page.getByRole("table", { name: /Einträge/ }).getByRole("row");
  // Header + the member's one change: the owner's roadmap and tasks are not theirs to read.
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(org.users.member.name);

  const foreign = await page.goto(`/o/${other.org.slug}/audit`);
  expect(foreign?.status()).toBe(404);
  const foreignCsv = await page.request.get(`/o/${other.org.slug}/audit.csv`);
  expect(foreignCsv.status()).toBe(404);
});

test.describe("on a phone in dark mode", () => {
  test.use({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });

  test("the log fits the screen; the table scrolls inside its frame", async ({ page }) => {
    const org = await orgWithRoadmap();
    await signInRole(page, org, "owner");
    await page.goto(`/o/${org.org.slug}/audit`);
    await expect(page.getByRole("table", { name: /Einträge/ })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual(
      [],
    );
  });
});
