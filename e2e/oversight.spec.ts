// Human oversight log, the correction-rate KPI it feeds, and its incidents (issue 14).
import type { Page } from "@playwright/test";
import { addDaysIso, todayIso } from "../app/modules/calendar/dates";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, ORIGIN, signInAs, test } from "./fixtures";
import { roadmapStart } from "./kpis-helpers";
import { createPilotUseCase, createReviewRow, reviewForm } from "./oversight-helpers";

function post(page: Page, path: string, form: Record<string, string>) {
  return page.request.post(path, { form, headers: { Origin: ORIGIN }, maxRedirects: 0 });
}

/** Fills the counts of the review form; "approved" stays empty (the rest). */
async function fillCounts(page: Page, reviewed: string, corrected: string, rejected: string) {
  await page.getByLabel("Geprüfte Ausgaben").fill(reviewed);
  await page.getByLabel("Korrigiert", { exact: true }).fill(corrected);
  await page.getByLabel("Verworfen", { exact: true }).fill(rejected);
}

const percent = (n: number) => new RegExp(`^${n}\\s%$`);

test("a member logs three sessions, one with a high incident; KPI, dashboard and report show rate and incident", async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  const org = await createTestOrg({ withRoadmap: true });
  const useCase = await createPilotUseCase(org);
  const base = `/o/${org.org.slug}`;
  const kpiName = `Korrekturquote: ${useCase.title}`;

  // The manager creates the correction-rate KPI with one click on the use case page.
  const manager = await browser.newPage();
  await signInAs(manager, org.users.manager.email, E2E_PASSWORD);
  await manager.goto(`${base}/use-cases/${useCase.id}`);
  await manager.getByRole("button", { name: "Kennzahl Korrekturquote anlegen" }).click();
  await expect(manager.getByText("Die Kennzahl Korrekturquote wurde angelegt.")).toBeVisible();
  await expect(manager.getByRole("link", { name: kpiName })).toBeVisible();
  await manager.close();

  // 1. Last week, from the use case page: 20 checked, 4 corrected, 2 rejected (30 %).
  await signInAs(page, org.users.member.email, E2E_PASSWORD);
  await page.goto(`${base}/use-cases/${useCase.id}`);
  await page.getByRole("link", { name: "Prüfung erfassen" }).click();
  await expect(page.getByLabel("Datum der Prüfung")).toHaveValue(todayIso());
  await expect(page.getByLabel("Geprüft von")).toHaveValue(org.users.member.id);
  await expect(page.getByLabel("Geprüfte Ausgaben")).toBeFocused();
  await page.getByLabel("Datum der Prüfung").fill(addDaysIso(todayIso(), -7));
  await fillCounts(page, "20", "4", "2");
  await page.getByRole("button", { name: "Prüfung speichern" }).click();
  await expect(page).toHaveURL(new RegExp(`/use-cases/${useCase.id}\\?oversight=recorded`));
  await expect(page.getByText("Prüfung erfasst.")).toBeVisible();

  // 2. Today, from the log: the batch size is remembered; 10 checked, 1 corrected.
  await page.getByRole("link", { name: "Alle Prüfungen" }).click();
  await page.getByRole("link", { name: "Prüfung erfassen" }).click();
  await expect(page.getByLabel("Geprüfte Ausgaben")).toHaveValue("20");
  await fillCounts(page, "10", "1", "0");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Prüfung erfasst.")).toBeVisible();

  // 3. Today, from the pilot board: a high-severity incident with its follow-up task.
  await page.goto(`${base}/roadmaps/${org.roadmapId}/phases/pilot`);
  await page.getByRole("link", { name: `Prüfung erfassen für ${useCase.title}` }).click();
  await fillCounts(page, "10", "1", "0");
  await page.getByLabel("Es gab einen Vorfall").check();
  await page.getByText("Hoch", { exact: true }).click();
  await page.getByLabel("Was ist passiert").fill("Entwurf nannte die Adresse eines anderen Kunden");
  await expect(page.getByLabel("Folgeaufgabe im Fahrplan anlegen")).toBeChecked();
  await page.getByLabel("Aufgabe", { exact: true }).fill("Zusammengeführte Tickets ausschließen");
  await page.getByRole("button", { name: "Prüfung speichern" }).click();
  await expect(page).toHaveURL(/\/phases\/pilot\?oversight=recorded/);
  await expect(page.getByText("Prüfung erfasst.")).toBeVisible();
  // The follow-up task is planned work in the roadmap's current phase (day 15: analysis).
  const task = await e2eDb().task.findFirstOrThrow({
    where: { orgId: org.org.id, title: "Zusammengeführte Tickets ausschließen" },
    select: { priority: true, phase: { select: { kind: true } } },
  });
  expect(task).toEqual({ priority: "high", phase: { kind: "analysis" } });

  // The log: three sessions, (6 + 1 + 1) of 40 = 20 %.
  await page.goto(`${base}/use-cases/${useCase.id}/oversight`);
  await expect(
    page.getByText("3 Sitzungen · 40 Ausgaben geprüft · Korrekturquote 20 %"),
  ).toBeVisible();
  await expect(page.getByText("Vorfall: hoch").first()).toBeVisible();

  // The KPI: one value per ISO week (30 %, then 10 %), judged on track; no typed-in values.
  await page.getByRole("link", { name: kpiName }).click();
  await expect(page.getByRole("heading", { level: 1, name: kpiName })).toBeVisible();
  const weeks = page.getByRole("table", { name: /Werte je Kalenderwoche/ });
  await expect(weeks.getByRole("cell", { name: percent(10) })).toBeVisible();
  await expect(weeks.getByRole("cell", { name: percent(30) })).toBeVisible();
  await expect(page.getByRole("main").getByText("Im Plan").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Messwert erfassen" })).toHaveCount(0);
  const refused = await post(page, page.url(), { intent: "record", value: "3", date: todayIso() });
  expect(refused.status()).toBe(409);
  expect(await refused.text()).toContain("Aufsichtsprotokoll");

  // Leadership: the dashboard card and the open incident …
  const viewer = await browser.newPage();
  await signInAs(viewer, org.users.viewer.email, E2E_PASSWORD);
  await viewer.goto(`${base}/dashboard/${org.roadmapId}`);
  const card = viewer.getByRole("article", { name: kpiName });
  await expect(card.getByText(percent(10)).first()).toBeVisible();
  await expect(card.getByText("Im Plan")).toBeVisible();
  const incidents = viewer.getByRole("region", { name: "Offene schwere Vorfälle" });
  await expect(
    incidents.getByText("Entwurf nannte die Adresse eines anderen Kunden"),
  ).toBeVisible();
  await expect(
    incidents.getByRole("link", { name: "Zusammengeführte Tickets ausschließen" }),
  ).toBeVisible();

  // … and the report.
  await viewer.goto(`${base}/reports/${org.roadmapId}`);
  const reported = viewer.getByRole("article", { name: kpiName });
  await expect(reported.getByText(/Letzter Wert 10\s%/)).toBeVisible();
  await expect(
    viewer.getByRole("region", { name: "Offene schwere Vorfälle" }).getByText(/anderen Kunden/),
  ).toBeVisible();

  // Once the follow-up task is ticked off, the incident leaves the dashboard (which
  // the viewer's visits above have just remembered).
  const followUp = await e2eDb().task.findFirstOrThrow({
    where: { orgId: org.org.id, title: "Zusammengeführte Tickets ausschließen" },
    select: { id: true },
  });
  const ticked = await post(page, `${base}/roadmaps/${org.roadmapId}/tasks/${followUp.id}/status`, {
    intent: "complete",
    done: "true",
  });
  expect(ticked.status()).toBeLessThan(400);
  await viewer.goto(`${base}/dashboard/${org.roadmapId}`);
  await expect(viewer.getByRole("article", { name: kpiName })).toBeVisible();
  await expect(viewer.getByRole("region", { name: "Offene schwere Vorfälle" })).toHaveCount(0);
  await viewer.close();
});

test("bad input on the review form: 400, the errors beside the fields, the values kept", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const useCase = await createPilotUseCase(org);
  const path = `/o/${org.org.slug}/use-cases/${useCase.id}/oversight/new`;
  await signInAs(page, org.users.member.email, E2E_PASSWORD);

  // Without the browser: each rule answers 400, never 5xx, and nothing is stored.
  const bad: Record<string, string>[] = [
    { reviewedCount: "-3" },
    { correctedCount: "-1" },
    { reviewedCount: "5", correctedCount: "4", rejectedCount: "2" },
    { date: addDaysIso(todayIso(), 2) },
    { date: addDaysIso(roadmapStart(), -1) },
    { date: "2026-02-30" },
    { hasIncident: "on", incidentSeverity: "high", incidentDescription: "" },
    { reviewerId: "cm0notamember00000000" },
  ];
  for (const fields of bad) {
    const response = await post(page, path, reviewForm(org, fields));
    expect(response.status(), JSON.stringify(fields)).toBe(400);
  }
  expect(await e2eDb().oversightReview.count({ where: { orgId: org.org.id } })).toBe(0);

  // In the browser: every problem at once, beside its field, with what was typed.
  await page.goto(path);
  await page.getByLabel("Datum der Prüfung").fill(addDaysIso(todayIso(), 1));
  await fillCounts(page, "10", "8", "5");
  await page.getByLabel("Notiz").fill("Stapel vom Montag");
  await page.getByLabel("Es gab einen Vorfall").check();
  await page.getByRole("button", { name: "Prüfung speichern" }).click();
  await expect(page.getByText("Bitte korrigieren Sie die markierten Felder.")).toBeVisible();
  await expect(page.getByText("Das Datum darf nicht in der Zukunft liegen.")).toBeVisible();
  await expect(
    page.getByText("Korrigiert und verworfen zusammen können nicht mehr sein als geprüft wurden."),
  ).toBeVisible();
  await expect(page.getByText("Bitte wählen Sie, wie schwer der Vorfall war.")).toBeVisible();
  await expect(page.getByText("Bitte beschreiben Sie, was passiert ist.")).toBeVisible();
  await expect(page.getByLabel("Korrigiert", { exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(page.getByLabel("Geprüfte Ausgaben")).toHaveValue("10");
  await expect(page.getByLabel("Korrigiert", { exact: true })).toHaveValue("8");
  await expect(page.getByLabel("Notiz")).toHaveValue("Stapel vom Montag");
  await expect(page.getByLabel("Es gab einen Vorfall")).toBeChecked();

  // Before the roadmap's start, and a negative count.
  await page.getByLabel("Datum der Prüfung").fill(addDaysIso(roadmapStart(), -1));
  await fillCounts(page, "10", "-2", "0");
  await page.getByLabel("Es gab einen Vorfall").uncheck();
  await page.getByRole("button", { name: "Prüfung speichern" }).click();
  await expect(
    page.getByText("Das Datum liegt vor dem Start des Fahrplans dieses Anwendungsfalls."),
  ).toBeVisible();
  await expect(page.getByText("Der Wert darf nicht negativ sein.")).toBeVisible();
  await expect(page.getByLabel("Korrigiert", { exact: true })).toHaveValue("-2");

  // Fixed: it saves.
  await page.getByLabel("Datum der Prüfung").fill(todayIso());
  await page.getByLabel("Korrigiert", { exact: true }).fill("2");
  await page.getByRole("button", { name: "Prüfung speichern" }).click();
  await expect(page.getByText("Prüfung erfasst.")).toBeVisible();
});

test("managers correct and delete reviews; a stale save is refused; members and viewers only read", async ({
  browser,
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const useCase = await createPilotUseCase(org);
  const review = await createReviewRow(org, useCase.id);
  const log = `/o/${org.org.slug}/use-cases/${useCase.id}/oversight`;

  const viewer = await browser.newPage();
  await signInAs(viewer, org.users.viewer.email, E2E_PASSWORD);
  await viewer.goto(log);
  await expect(viewer.getByRole("cell", { name: percent(20) })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Prüfung erfassen" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: /bearbeiten/ })).toHaveCount(0);
  expect((await viewer.request.get(`${log}/${review.id}`)).status()).toBe(403);
  await viewer.close();

  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  await page.goto(log);
  await page.getByRole("link", { name: /Prüfung vom .* bearbeiten/ }).click();
  await page.getByLabel("Korrigiert", { exact: true }).fill("1");
  await page.getByLabel("Unverändert freigegeben").fill("");
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByText("Prüfung gespeichert.")).toBeVisible();
  await expect(page.getByRole("cell", { name: percent(10) })).toBeVisible();

  // A save from a form loaded before that edit: 409, the current values, nothing lost.
  const stale = await post(page, `${log}/${review.id}`, reviewForm(org, { version: "1" }));
  expect(stale.status()).toBe(409);
  expect(await stale.text()).toContain("inzwischen geändert");
  const stored = await e2eDb().oversightReview.findUniqueOrThrow({ where: { id: review.id } });
  expect(stored.correctedCount).toBe(1);

  await page.getByRole("link", { name: /Prüfung vom .* bearbeiten/ }).click();
  await page.getByRole("button", { name: "Prüfung löschen" }).click();
  await expect(page.getByText("Prüfung gelöscht.")).toBeVisible();
  await expect(page.getByText("Noch keine Prüfung erfasst.")).toBeVisible();
  const events = await e2eDb().auditEvent.findMany({
    where: { orgId: org.org.id, entity: "oversight_review", entityId: review.id },
    select: { action: true },
  });
  expect(events.map((e) => e.action).sort()).toEqual(["delete", "update"]);
});
