// Bad input on every roadmap and task form, without JavaScript: 400 (409 for a stale
// save), the message beside the field, what was typed still there, never a 5xx.
import type { Page } from "@playwright/test";
import { e2eDb } from "./factories";
import { expect, test } from "./fixtures";
import { orgWithRoadmap, roadmapUrl, signInRole, submitAndWait, taskOf } from "./roadmap-helpers";

test.use({ javaScriptEnabled: false });

async function submit(page: Page, name: string | RegExp) {
  const response = await submitAndWait(page, () =>
    page.getByRole("button", { name, exact: typeof name === "string" }).click(),
  );
  return response.status();
}

const LONG = "x".repeat(10_000);

test("new roadmap: missing title and focus, impossible and far-off dates", async ({ page }) => {
  const org = await orgWithRoadmap();
  await signInRole(page, org, "manager");
  await page.goto(`/o/${org.org.slug}/roadmaps/new`);
  await page.getByLabel("Titel").fill("");
  await page.getByLabel("Zielbild").fill("Bleibt stehen");
  await page.getByLabel("Startdatum").evaluate((el: HTMLInputElement) => {
    el.type = "text";
    el.value = "2026-02-30";
  });
  expect(await submit(page, "Fahrplan anlegen")).toBe(400);
  await expect(page.getByText("Bitte korrigieren Sie die markierten Felder.")).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Nennen Sie den einen Prozess")).toBeVisible();
  await expect(page.getByText("Bitte geben Sie ein gültiges Datum ein.")).toBeVisible();
  await expect(page.getByLabel("Zielbild")).toHaveValue("Bleibt stehen");

  // The browser stops at maxlength; a forged or old client does not.
  await page.getByLabel("Titel").evaluate((el) => el.removeAttribute("maxlength"));
  await page.getByLabel("Titel").fill(LONG);
  await page.getByLabel("Schwerpunkt").fill("Angebote");
  await page.getByLabel("Startdatum").fill("1999-01-04");
  expect(await submit(page, "Fahrplan anlegen")).toBe(400);
  await expect(page.getByText("zu lang").first()).toBeVisible();
  await expect(page.getByText("zwischen 2000 und 2099")).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue(LONG);
  expect(await e2eDb().roadmap.count({ where: { orgId: org.org.id } })).toBe(1);
});

test("edit roadmap: bad date and amount; a stale version is refused with the current values", async ({
  page,
}) => {
  const org = await orgWithRoadmap();
  await signInRole(page, org, "manager");
  await page.goto(roadmapUrl(org, org.roadmapId, "/edit"));
  await page.getByLabel("Geplantes Budget (€)").fill("zwölf Euro");
  await page.getByLabel("Titel").fill("Neuer Titel");
  expect(await submit(page, "Speichern")).toBe(400);
  await expect(page.getByText("Bitte geben Sie einen Betrag in Euro ein")).toBeVisible();
  await expect(page.getByLabel("Geplantes Budget (€)")).toHaveValue("zwölf Euro");
  await expect(page.getByLabel("Titel")).toHaveValue("Neuer Titel");

  // Someone else saves in between.
  await e2eDb().roadmap.update({
    where: { id: org.roadmapId },
    data: { title: "Von Katrin geändert", version: { increment: 1 } },
  });
  await page.getByLabel("Geplantes Budget (€)").fill("5000");
  expect(await submit(page, "Speichern")).toBe(409);
  await expect(page.getByText("Jemand anderes hat diesen Fahrplan geändert")).toBeVisible();
  await expect(
    page.getByRole("region", { name: /Jemand anderes hat diesen Fahrplan geändert/ }),
  ).toContainText("Von Katrin geändert");
  await expect(page.getByLabel("Titel")).toHaveValue("Neuer Titel");
});

test("new task: empty title, due date outside the roadmap, an owner from elsewhere", async ({
  page,
}) => {
  const org = await orgWithRoadmap();
  await signInRole(page, org, "manager");
  await page.goto(roadmapUrl(org, org.roadmapId, "/phases/pilot"));
  await page.getByText("Neue Aufgabe").click();
  await page.getByLabel("Beschreibung").fill("Bleibt stehen");
  await page.getByLabel("Fällig am").fill("2099-01-01");
  expect(await submit(page, "Aufgabe hinzufügen")).toBe(400);
  await expect(
    page.getByText(
      "Das Fälligkeitsdatum muss zwischen dem ersten und dem letzten Tag des Fahrplans liegen.",
    ),
  ).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Beschreibung")).toHaveValue("Bleibt stehen");
  await expect(page.getByLabel("Fällig am")).toHaveValue("2099-01-01");

  const other = await orgWithRoadmap();
  const response = await page.request.post(roadmapUrl(org, org.roadmapId, "/phases/pilot"), {
    form: {
      intent: "create",
      title: "X",
      ownerId: other.users.member.id,
      dueDate: "2099-01-01",
      priority: "urgent",
    },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(400);
});

test("task edit: bad values keep what was typed", async ({ page }) => {
  const org = await orgWithRoadmap();
  const task = await taskOf(org.roadmapId, org.users.member.id);
  await signInRole(page, org, "manager");
  await page.goto(roadmapUrl(org, org.roadmapId, `/tasks/${task.id}`));
  await page.getByLabel("Titel", { exact: true }).fill("   ");
  await page.getByLabel("Beschreibung").fill(LONG);
  await page.getByLabel("Fällig am").fill("2000-01-03");
  expect(await submit(page, "Aufgabe speichern")).toBe(400);
  await expect(page.getByText("Bitte füllen Sie dieses Feld aus.")).toBeVisible();
  await expect(page.getByText("zu lang")).toBeVisible();
  await expect(page.getByText("zwischen dem ersten und dem letzten Tag")).toBeVisible();
  await expect(page.getByLabel("Beschreibung")).toHaveValue(LONG);
  expect((await e2eDb().task.findUniqueOrThrow({ where: { id: task.id } })).title).toBe(task.title);

  // Forged fields: a version that is not a number, an unknown status.
  const response = await page.request.post(roadmapUrl(org, org.roadmapId, `/tasks/${task.id}`), {
    form: {
      intent: "save",
      title: "X",
      dueDate: "2026-13-01",
      status: "finished",
      priority: "low",
      version: "abc",
    },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(400);
});

test("gate, criteria, learnings and budget forms", async ({ page }) => {
  const org = await orgWithRoadmap();
  await e2eDb().phase.updateMany({
    where: { roadmapId: org.roadmapId, kind: "analysis" },
    data: {
      gateStatus: "requested",
      gateRequestedAt: new Date(),
      gateRequestedById: org.users.manager.id,
    },
  });
  await signInRole(page, org, "owner");
  await page.goto(roadmapUrl(org, org.roadmapId, "/phases/analysis"));
  // Rejecting without a reason.
  expect(await submit(page, "Ablehnen")).toBe(400);
  await expect(page.getByText("Bitte begründen Sie die Ablehnung.")).toBeVisible();
  // An empty exit criterion.
  expect(await submit(page, "Hinzufügen")).toBe(400);
  await expect(page.getByLabel("Neues Abschlusskriterium")).toHaveAttribute("aria-invalid", "true");
  const phase = await e2eDb().phase.findFirstOrThrow({
    where: { roadmapId: org.roadmapId, kind: "analysis" },
  });
  expect(phase.gateStatus).toBe("requested");

  await page.goto(roadmapUrl(org, org.roadmapId, "/learnings"));
  await page.getByLabel("Was haben Sie gelernt?").fill("");
  expect(await submit(page, "Erkenntnis speichern")).toBe(400);
  await expect(page.getByLabel("Was haben Sie gelernt?")).toHaveAttribute("aria-invalid", "true");

  await page.goto(roadmapUrl(org, org.roadmapId, "/budget"));
  await page.getByLabel("Bezeichnung").fill("Beratung");
  await page.getByLabel("Geplant (€)").fill("-500");
  await page.getByLabel("Ist (€)").fill("1.2.3");
  expect(await submit(page, "Position hinzufügen")).toBe(400);
  await expect(page.getByText("Bitte geben Sie einen Betrag in Euro ein").first()).toBeVisible();
  await expect(page.getByLabel("Bezeichnung")).toHaveValue("Beratung");
  await expect(page.getByLabel("Geplant (€)")).toHaveValue("-500");
  expect(await e2eDb().budgetLine.count({ where: { orgId: org.org.id } })).toBe(0);
});

test("forged requests: unknown intents, malformed ids and phases are 400/404, never 5xx", async ({
  page,
}) => {
  const org = await orgWithRoadmap();
  await signInRole(page, org, "manager");
  await page.goto(roadmapUrl(org, org.roadmapId));
  const origin = new URL(page.url()).origin;
  const post = (path: string, form: Record<string, string>) =>
    page.request.post(path, { form, headers: { Origin: origin }, maxRedirects: 0 });
  const board = roadmapUrl(org, org.roadmapId, "/phases/analysis");
  expect((await post(board, { intent: "explode" })).status()).toBe(400);
  const task = await taskOf(org.roadmapId, org.users.member.id);
  const status = (taskId: string, roadmapId = org.roadmapId) =>
    roadmapUrl(org, roadmapId, `/tasks/${taskId}/status`);
  expect((await post(status(task.id), { intent: "explode" })).status()).toBe(400);
  expect((await post(status(task.id), { intent: "complete", done: "maybe" })).status()).toBe(400);
  expect((await post(status("not-an-id!"), { intent: "complete", done: "true" })).status()).toBe(
    404,
  );
  expect(
    (
      await post(status("abcdefghij12"), { intent: "place", status: "done", beforeId: "" })
    ).status(),
  ).toBe(404);
  // A task of this organisation under a roadmap it does not belong to.
  expect(
    (await post(status(task.id, "abcdefghij12"), { intent: "complete", done: "true" })).status(),
  ).toBe(404);
  expect((await post(status(task.id), { intent: "move", move: "sideways" })).status()).toBe(400);
  expect(
    (
      await post(`${board}/gate`, { intent: "criterion-toggle", criterionId: "x", isMet: "maybe" })
    ).status(),
  ).toBe(400);
  expect((await post(`${board}/gate`, { intent: "explode" })).status()).toBe(400);
  expect((await e2eDb().task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("todo");
  expect((await post(roadmapUrl(org, org.roadmapId), { status: "deleted" })).status()).toBe(400);
  expect(
    (
      await post(roadmapUrl(org, org.roadmapId, "/budget"), { intent: "remove", lineId: "nope" })
    ).status(),
  ).toBe(400);
  expect((await page.request.get(roadmapUrl(org, org.roadmapId, "/phases/launch"))).status()).toBe(
    404,
  );
  expect((await page.request.get(roadmapUrl(org, "not-an-id!"))).status()).toBe(404);
  expect(
    (await page.request.get(roadmapUrl(org, org.roadmapId, "/tasks/abcdefghij12"))).status(),
  ).toBe(404);
});
