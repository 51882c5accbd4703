// AI literacy (Art 4, issue 14): bulk training entry, the team's coverage on the
// assessment's Art 4 obligation, the training plan's tasks, bad input and roles.
import type { Page } from "@playwright/test";
import { addDaysIso, todayIso } from "../app/modules/calendar/dates";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import { expect, ORIGIN, signInAs, test } from "./fixtures";

const BASICS = "KI-Grundlagen: Was KI kann und was nicht";

async function post(page: Page, path: string, form: Record<string, string>) {
  return page.request.post(path, { form, headers: { Origin: ORIGIN }, maxRedirects: 0 });
}

/** A use case owned by the member, with a completed assessment that lists Art 4. */
async function assessedUseCase(org: TestOrg) {
  const db = e2eDb();
  const useCase = await db.useCase.create({
    data: {
      orgId: org.org.id,
      roadmapId: org.roadmapId ?? null,
      ownerId: org.users.member.id,
      title: "Antwortentwürfe Kundenservice",
      status: "piloting",
    },
    select: { id: true },
  });
  const assessment = await db.assessment.create({
    data: {
      orgId: org.org.id,
      useCaseId: useCase.id,
      authorId: org.users.manager.id,
      status: "completed",
      answers: {},
      result: {
        tier: "minimal",
        roles: ["deployer"],
        obligations: ["art4-literacy"],
        obligationAppliesFrom: { "art4-literacy": "2025-02-02" },
        judgements: [],
      },
      tier: "minimal",
      rulesetVersion: "2026-07-omnibus.1",
      completedAt: new Date(),
    },
    select: { id: true },
  });
  const base = `/o/${org.org.slug}/use-cases/${useCase.id}`;
  return { useCase, base, result: `${base}/assessments/${assessment.id}` };
}

/** The literacy pages of an organisation (the catalogue is seeded on the first visit). */
function literacy(org: TestOrg) {
  return `/o/${org.org.slug}/governance/literacy`;
}

async function trainingId(org: TestOrg, title = BASICS) {
  const training = await e2eDb().training.findFirstOrThrow({
    where: { orgId: org.org.id, title },
    select: { id: true },
  });
  return training.id;
}

test("bulk training entry updates the team's coverage on the assessment's Art 4 obligation", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  const { base, result } = await assessedUseCase(org);
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);

  // The team: the owner (the member) plus the manager and the viewer, added on the use case page.
  await page.goto(base);
  const team = page.getByRole("region", { name: "Team und KI-Kompetenz" });
  for (const name of [org.users.manager.name, org.users.viewer.name]) {
    await team.getByLabel("Mitglied", { exact: true }).selectOption({ label: name });
    await team.getByRole("button", { name: "Zum Team hinzufügen" }).click();
    await expect(team.getByText(name)).toBeVisible();
  }
  await expect(team.getByText("0 von 3 geschult")).toBeVisible();

  await page.goto(result);
  const art4 = page.locator("#obligation-art4-literacy");
  await expect(art4.getByText("Team: 0 von 3 geschult")).toBeVisible();
  await art4.getByRole("link", { name: "Zur KI-Kompetenz" }).click();
  await expect(page).toHaveURL(new RegExp(`${literacy(org)}#use-case-`));
  await expect(
    page.getByRole("heading", { level: 1, name: "KI-Kompetenz (Art. 4 KI-VO)" }),
  ).toBeVisible();

  // After the workshop: one training, two people, one date.
  await page.getByRole("link", { name: "Abschlüsse erfassen" }).first().click();
  await page
    .getByLabel("Schulung", { exact: true })
    .selectOption({ label: `${BASICS} (Grundlagen)` });
  const people = page.getByRole("group", { name: "Wer hat sie abgeschlossen" });
  await people.getByLabel(org.users.member.name).check();
  await people.getByLabel(`${org.users.manager.name} (Sie)`).check();
  await page.getByLabel("Abgeschlossen am").fill(addDaysIso(todayIso(), -1));
  await page.getByRole("button", { name: "Abschlüsse erfassen" }).click();
  await expect(page.getByText("Für 2 Personen erfasst.")).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Letzte Abschlüsse" }).getByRole("listitem"),
  ).toHaveCount(2);

  await page.goto(result);
  await expect(art4.getByText("Team: 2 von 3 geschult")).toBeVisible();
  await expect(art4.getByText(`Noch nicht geschult: ${org.users.viewer.name}`)).toBeVisible();
  await page.goto(base);
  await expect(team.getByText("2 von 3 geschult")).toBeVisible();
});

test("bad input is refused beside the fields, what was typed stays, never a 5xx", async ({
  page,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  await page.goto(`${literacy(org)}/record`);
  const form = page.getByRole("region", { name: "Abschlüsse erfassen" });

  // A date in the future.
  await form
    .getByLabel("Schulung", { exact: true })
    .selectOption({ label: `${BASICS} (Grundlagen)` });
  await form.getByLabel(org.users.member.name).check();
  await form.getByLabel("Abgeschlossen am").fill(addDaysIso(todayIso(), 7));
  await form.getByLabel("Notiz (optional)").fill("Zertifikat 4711");
  await form.getByRole("button", { name: "Abschlüsse erfassen" }).click();
  await expect(form.getByText("Das Datum darf nicht in der Zukunft liegen.")).toBeVisible();
  await expect(form.getByLabel("Abgeschlossen am")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel(org.users.member.name)).toBeChecked();
  await expect(form.getByLabel("Notiz (optional)")).toHaveValue("Zertifikat 4711");
  await expect(form.getByLabel("Schulung", { exact: true })).toHaveValue(await trainingId(org));

  // Nobody chosen.
  await form.getByLabel(org.users.member.name).uncheck();
  await form.getByLabel("Abgeschlossen am").fill(todayIso());
  await form.getByRole("button", { name: "Abschlüsse erfassen" }).click();
  await expect(form.getByText("Bitte wählen Sie mindestens eine Person.")).toBeVisible();
  await expect(form.getByLabel("Notiz (optional)")).toHaveValue("Zertifikat 4711");
  expect(await e2eDb().trainingCompletion.count({ where: { orgId: org.org.id } })).toBe(0);

  // The same through the server, as statuses.
  const record = `${literacy(org)}/record`;
  const training = await trainingId(org);
  const member = org.users.member.id;
  for (const [form, message] of [
    [{ trainingId: training, userIds: member, completedOn: addDaysIso(todayIso(), 30) }, "Zukunft"],
    [{ trainingId: training, completedOn: todayIso() }, "mindestens eine Person"],
    [{ trainingId: training, userIds: member, completedOn: "2026-02-30" }, "Datum"],
    [{ trainingId: "kein-training", userIds: member, completedOn: todayIso() }, "Möglichkeiten"],
    [
      { trainingId: training, userIds: "cxxxxxxxxxxxxxxxxxxxxxxx", completedOn: todayIso() },
      "Mitglieder",
    ],
  ] as const) {
    const response = await post(page, record, { intent: "record", ...form });
    expect(response.status(), JSON.stringify(form)).toBe(400);
    expect(await response.text()).toContain(message);
  }

  // The catalogue form and the plan.
  await page.goto(`${literacy(org)}/trainings/new`);
  await page.getByLabel("Titel").fill("Prompting im Vertrieb");
  await page.getByLabel("Dauer in Minuten").fill("zwei Stunden");
  await page.getByLabel("Link (optional)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Schulung anlegen" }).click();
  await expect(page.getByText("Bitte ganze Minuten zwischen 5 und 2400 eingeben.")).toBeVisible();
  await expect(
    page.getByText("Bitte geben Sie eine Webadresse ein, die mit https://"),
  ).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue("Prompting im Vertrieb");
  const plan = await post(page, `${literacy(org)}/plan`, {
    intent: "assign",
    trainingId: training,
    userIds: member,
    dueDate: addDaysIso(todayIso(), -3),
  });
  expect(plan.status()).toBe(400);
  expect(await plan.text()).toContain("Die Fälligkeit darf nicht in der Vergangenheit liegen.");
});

test("members record their own training only; viewers read", async ({ page, browser }) => {
  const org = await createTestOrg({ withRoadmap: true });
  await signInAs(page, org.users.member.email, E2E_PASSWORD);
  await page.goto(`${literacy(org)}/record`);
  await expect(page.getByRole("group", { name: "Wer hat sie abgeschlossen" })).toHaveCount(0);
  await page
    .getByLabel("Schulung", { exact: true })
    .selectOption({ label: `${BASICS} (Grundlagen)` });
  await page.getByRole("button", { name: "Meinen Abschluss erfassen" }).click();
  await expect(page.getByText("Für 1 Person erfasst.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Löschen/ })).toHaveCount(0);

  // For a colleague: refused outright, and nothing is written.
  const training = await trainingId(org);
  for (const userIds of [org.users.manager.id, org.users.member.id]) {
    const form = { intent: "record", trainingId: training, completedOn: todayIso() };
    const response = await page.request.post(`${literacy(org)}/record`, {
      multipart: { ...form, userIds },
      headers: { Origin: ORIGIN },
    });
    expect(response.status()).toBe(userIds === org.users.member.id ? 200 : 403);
  }
  const both = await page.request.post(`${literacy(org)}/record`, {
    headers: { Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded" },
    data: `intent=record&trainingId=${training}&completedOn=${todayIso()}&userIds=${org.users.member.id}&userIds=${org.users.viewer.id}`,
  });
  expect(both.status()).toBe(403);
  expect(
    await e2eDb().trainingCompletion.count({
      where: { orgId: org.org.id, userId: { not: org.users.member.id } },
    }),
  ).toBe(0);
  // The catalogue and the plan are the managers'.
  expect((await page.request.get(`${literacy(org)}/trainings/new`)).status()).toBe(403);
  expect(
    (
      await post(page, `${literacy(org)}/plan`, { intent: "assign", trainingId: training })
    ).status(),
  ).toBe(403);

  // The viewer reads the coverage and the catalogue, records nothing.
  const viewer = await browser.newPage();
  await signInAs(viewer, org.users.viewer.email, E2E_PASSWORD);
  await viewer.goto(literacy(org));
  await expect(viewer.getByText("1 / 4")).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Abschlüsse erfassen" })).toHaveCount(0);
  expect((await viewer.request.get(`${literacy(org)}/record`)).status()).toBe(403);
  await viewer.close();
});

test("the training plan gives each person a task in the current phase; recording ticks it off", async ({
  page,
  browser,
}) => {
  const org = await createTestOrg({ withRoadmap: true });
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  await page.goto(`${literacy(org)}/plan`);
  await page
    .getByLabel("Schulung", { exact: true })
    .selectOption({ label: `${BASICS} (Grundlagen)` });
  const people = page.getByRole("group", { name: "Wer soll sie absolvieren" });
  await people.getByLabel(org.users.member.name).check();
  await people.getByLabel(org.users.viewer.name).check();
  await page.getByLabel("Fällig bis").fill(addDaysIso(todayIso(), 10));
  await page.getByRole("button", { name: "In den Plan aufnehmen" }).click();
  await expect(page.getByText("2 Personen in den Plan aufgenommen.")).toBeVisible();
  await expect(page.getByText(/1 Aufgabe in „Fahrplan .*“ angelegt\./)).toBeVisible();
  await expect(
    page.getByText(
      `Ohne Aufgabe (Lesende können keine Aufgaben übernehmen): ${org.users.viewer.name}.`,
    ),
  ).toBeVisible();

  const plan = page.getByRole("list", { name: "Schulungsplan" });
  await plan
    .getByRole("link", { name: `Aufgabe öffnen: ${BASICS} für ${org.users.member.name}` })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Schulung absolvieren: ${BASICS}` }),
  ).toBeVisible();

  // The member records the completion: the task is done.
  const member = await browser.newPage();
  await signInAs(member, org.users.member.email, E2E_PASSWORD);
  await member.goto(`${literacy(org)}/record?training=${await trainingId(org)}`);
  await member.getByRole("button", { name: "Meinen Abschluss erfassen" }).click();
  await expect(member.getByText("1 Aufgabe aus dem Schulungsplan wurde erledigt.")).toBeVisible();
  await member.close();
  await page.goto(`${literacy(org)}/plan`);
  await expect(plan.getByRole("listitem").filter({ hasText: org.users.member.name })).toContainText(
    "Erledigt",
  );
  const task = await e2eDb().task.findFirstOrThrow({
    where: { orgId: org.org.id, title: `Schulung absolvieren: ${BASICS}` },
    select: { status: true, ownerId: true, phase: { select: { kind: true } } },
  });
  // The factory's roadmap started two weeks ago: the analysis phase runs today.
  expect(task).toEqual({
    status: "done",
    ownerId: org.users.member.id,
    phase: { kind: "analysis" },
  });
});

test("a stale catalogue edit is refused with the current values", async ({ page, browser }) => {
  const org = await createTestOrg();
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  await page.goto(`${literacy(org)}/trainings`);
  await page.getByRole("link", { name: `${BASICS} bearbeiten` }).click();
  await page.getByLabel("Gültig für (Monate)").fill("36");

  const other = await browser.newPage();
  await signInAs(other, org.users.owner.email, E2E_PASSWORD);
  await other.goto(page.url());
  await other.getByLabel("Titel").fill("KI-Grundlagen kompakt");
  await other.getByRole("button", { name: "Speichern" }).click();
  await expect(other.getByText("„KI-Grundlagen kompakt“ wurde gespeichert.")).toBeVisible();
  await other.close();

  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText(/Jemand hat diese Schulung inzwischen geändert/)).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue("KI-Grundlagen kompakt");
  await page.getByLabel("Gültig für (Monate)").fill("36");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("„KI-Grundlagen kompakt“ wurde gespeichert.")).toBeVisible();
  await expect(page.getByText("36 Monate")).toBeVisible();
});

test("in English: the catalogue, the record and the coverage speak English", async ({ page }) => {
  const org = await createTestOrg({ withRoadmap: true, locale: "en" });
  await e2eDb().organisation.update({ where: { id: org.org.id }, data: { locale: "en" } });
  const { result } = await assessedUseCase(org);
  await signInAs(page, org.users.owner.email, E2E_PASSWORD);
  await page.goto(`${literacy(org)}/trainings`);
  await expect(
    page.getByRole("heading", { name: "AI basics: what AI can and cannot do" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Record completions" }).click();
  await page.getByLabel("Training", { exact: true }).selectOption({
    label: "AI basics: what AI can and cannot do (Basics)",
  });
  await page
    .getByRole("group", { name: "Who completed it" })
    .getByLabel(org.users.member.name)
    .check();
  await page.getByRole("button", { name: "Record completions" }).click();
  await expect(page.getByText("Recorded for 1 person.")).toBeVisible();
  await page.goto(result);
  await expect(
    page.locator("#obligation-art4-literacy").getByText("Team: 1 of 1 trained"),
  ).toBeVisible();
  await page.goto(literacy(org));
  await expect(page.getByRole("heading", { level: 1, name: "AI literacy (Art. 4)" })).toBeVisible();
  await expect(page.getByText("1 of 4 members trained")).toBeVisible();
});
