// The EU AI Act assessment: the wizard (with and without JavaScript), its result,
// "plan these obligations", history, bad input on every step, and who may do what
// (axe and phone: assessment-a11y.spec.ts).
import type { Page } from "@playwright/test";
import { CV_SCREENING } from "../app/modules/assessments/assessments.test-helpers";
import { getObligation, RULESET_VERSION } from "../app/modules/assessments/ruleset";
import { answer, answerStep, questionGroup, submitStep, useCaseIn } from "./assessment-helpers";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, ORIGIN, signInAs, test } from "./fixtures";

function no5xx(page: Page) {
  page.on("response", (r) => expect(r.status(), r.url()).toBeLessThan(500));
}

const REQUIRED = "Bitte beantworten Sie diese Frage.";

test("a manager assesses CV pre-screening, sees high-risk with its obligations and plans them", async ({
  page,
}) => {
  test.setTimeout(120_000);
  no5xx(page);
  const org = await createTestOrg({ withRoadmap: true });
  const db = e2eDb();
  const roadmap = await db.roadmap.findUniqueOrThrow({
    where: { id: org.roadmapId! },
    select: { title: true },
  });
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);

  // Created through the form, linked to the roadmap.
  await page.goto(`/o/${org.org.slug}/use-cases/new`);
  await page.getByLabel("Titel").fill("Bewerbungen vorsortieren");
  await page.getByLabel("Bereich").selectOption({ label: "Personal" });
  await page.getByLabel("Fahrplan").selectOption({ label: roadmap.title });
  await page.getByRole("button", { name: "Anwendungsfall anlegen" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Bewerbungen vorsortieren" }),
  ).toBeVisible();
  const useCaseId = page.url().split("/").at(-1)!;

  await page.getByRole("link", { name: "Bewertung starten" }).click();
  await expect(page).toHaveURL(/\/assessment\/1$/);

  // Progressive disclosure: "no AI system" hides the role questions.
  await answer(page, "q1_ai_system", "no");
  await expect(questionGroup(page, "q2_sourcing")).toBeHidden();
  await answer(page, "q1_ai_system", "yes");
  await expect(questionGroup(page, "q2_sourcing")).toBeVisible();
  await expect(questionGroup(page, "q2_sourcing")).toContainText(
    "Rechtsgrundlage: Art. 3 Nr. 3, Art. 3 Nr. 4, Art. 23, 24 KI-VO",
  );
  await expect(
    questionGroup(page, "q2_sourcing").getByRole("link", { name: "Text auf EUR-Lex lesen" }),
  ).toHaveAttribute("href", /eur-lex\.europa\.eu\/eli\/reg\/2024\/1689\/oj#art_3/);
  await answerStep(page, 1, CV_SCREENING);
  await page.getByRole("button", { name: "Speichern und weiter" }).click();

  await answerStep(page, 2, CV_SCREENING);
  await page.getByRole("button", { name: "Speichern und weiter" }).click();

  await answerStep(page, 3, CV_SCREENING);
  // Profiling never gets the Art. 6(3) derogation, so Q10 is not asked…
  await expect(questionGroup(page, "q10_decision_role")).toBeHidden();
  await answer(page, "q9_profiling", false);
  // …unless there is no profiling.
  await expect(questionGroup(page, "q10_decision_role")).toBeVisible();
  await answer(page, "q9_profiling", true);
  await expect(questionGroup(page, "q10_decision_role")).toBeHidden();
  await page.getByRole("button", { name: "Speichern und weiter" }).click();

  await answerStep(page, 4, CV_SCREENING);
  await page.getByRole("button", { name: "Speichern und weiter" }).click();

  await answerStep(page, 5, CV_SCREENING);
  await page.getByRole("button", { name: "Speichern und prüfen" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: "Prüfen und abschließen" }),
  ).toBeVisible();
  await expect(page.getByText("Voraussichtliches Ergebnis")).toBeVisible();
  await page.getByRole("button", { name: "Bewertung abschließen" }).click();

  // The result: tier, role, flags, obligations with articles and dates.
  await expect(
    page.getByRole("heading", { level: 1, name: "Ergebnis: Bewerbungen vorsortieren" }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Risikostufe" })).toContainText("Hochrisiko");
  await expect(page.getByRole("region", { name: "Risikostufe" })).toContainText(
    "Anhang III, Bereich 4",
  );
  await expect(page.getByRole("region", { name: "Ihre Rolle" })).toContainText("Betreiber");
  const flags = page.getByRole("region", { name: "Wichtige Prüfungen" });
  await expect(
    flags.getByRole("listitem").filter({ hasText: "Beschäftigte und ihre Vertretung informieren" }),
  ).toContainText("Erforderlich");
  await expect(
    flags.getByRole("listitem").filter({ hasText: "Datenschutz-Folgenabschätzung" }),
  ).toContainText("Erforderlich");
  await expect(
    flags.getByRole("listitem").filter({ hasText: "Grundrechte-Folgenabschätzung" }),
  ).toContainText("Nicht erforderlich");
  // No open point: the page says so, and does not claim legal judgement is needed.
  await expect(page.getByRole("region", { name: "Keine offenen Rechtsfragen" })).toContainText(
    "braucht kein Punkt eine rechtliche Einschätzung",
  );
  await expect(page.getByRole("heading", { name: /Rechtliche Einschätzung nötig/ })).toHaveCount(0);
  const informWorkers = page.locator("#obligation-art26-7-inform-workers");
  await expect(informWorkers).toContainText(getObligation("art26-7-inform-workers").title.de);
  await expect(informWorkers).toContainText("Gilt ab 2. Dezember 2027");
  await expect(
    informWorkers.getByRole("link", { name: "Art. 26 Abs. 7 KI-VO auf EUR-Lex" }),
  ).toHaveAttribute("href", /#art_26/);
  await expect(page.locator("#obligation-gdpr-dpia")).toContainText("In Kraft");

  const assessment = await db.assessment.findFirstOrThrow({
    where: { useCaseId, status: "completed" },
    select: { result: true, tier: true, rulesetVersion: true, authorId: true },
  });
  expect(assessment).toMatchObject({ tier: "high_risk", authorId: org.users.manager.id });
  const obligationCount = (assessment.result as { obligations: string[] }).obligations.length;

  // Plan these obligations, twice: the second run adds nothing.
  const plan = page.getByRole("region", { name: "Diese Pflichten einplanen" });
  await expect(plan).toContainText(`0 von ${obligationCount} Pflichten eingeplant`);
  await plan.getByRole("button", { name: "Pflichten als Aufgaben einplanen" }).click();
  await expect(plan.getByRole("status")).toHaveText(
    `${obligationCount} Aufgaben zu „${roadmap.title}“ hinzugefügt.`,
  );
  await expect(plan).toContainText(
    `${obligationCount} von ${obligationCount} Pflichten eingeplant`,
  );
  // The result says where each went: one line per new task, with phase and due date.
  const placed = plan
    .getByRole("list", { name: "Diese Pflichten einplanen" })
    .getByRole("listitem");
  await expect(placed).toHaveCount(obligationCount);
  await expect(placed.first()).toContainText(
    /: (Analyse & Fokus|Pilot mit Governance|Auswerten & skalieren), fällig am \d/,
  );
  await expect(informWorkers.getByText("Eingeplant")).toBeVisible();
  await plan.getByRole("button", { name: "Pflichten als Aufgaben einplanen" }).click();
  await expect(plan.getByRole("status")).toContainText("bereits");
  const tasks = await db.task.findMany({
    where: { roadmapId: org.roadmapId!, sourceKey: { startsWith: `obligation:${useCaseId}:` } },
    select: { sourceKey: true, ownerId: true, phase: { select: { kind: true } } },
  });
  expect(tasks).toHaveLength(obligationCount);
  const task = tasks.find((t) => t.sourceKey === `obligation:${useCaseId}:art26-7-inform-workers`);
  expect(task?.phase.kind).toBe(getObligation("art26-7-inform-workers").suggestedPhase);
  expect(task?.ownerId).toBe(org.users.manager.id);

  // Re-assess: built in-house this time → provider too; history keeps both.
  await page.getByRole("link", { name: "Neu bewerten", exact: true }).click();
  await expect(page.getByText(/Neubewertung: Die Antworten der letzten Bewertung/)).toBeVisible();
  await answer(page, "q2_sourcing", "developed_in_house");
  await page.getByRole("button", { name: "Speichern und weiter" }).click();
  for (const step of [2, 3, 4]) {
    await expect(
      page.getByRole("heading", { level: 1, name: new RegExp(`Schritt ${step}`) }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Speichern und weiter" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: /Schritt 5/ })).toBeVisible();
  await page.getByRole("button", { name: "Speichern und prüfen" }).click();
  await page.getByRole("button", { name: "Bewertung abschließen" }).click();
  await expect(page.getByRole("region", { name: "Ihre Rolle" })).toContainText("Anbieter");
  await page.getByRole("link", { name: "Verlauf", exact: true }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Verlauf der Bewertungen" }),
  ).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(3);
  await expect(page.getByRole("row").nth(1)).toContainText("Anbieter, Betreiber");
  await expect(page.getByRole("row").nth(2)).toContainText("Betreiber");
  await expect(page.getByRole("row").nth(2)).toContainText(org.users.manager.name);
});

test.describe("the wizard without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("one step per page; bad input at every step keeps every answer given", async ({ page }) => {
    test.setTimeout(120_000);
    no5xx(page);
    const org = await createTestOrg({ withRoadmap: true });
    const useCase = await useCaseIn(org, "Leistungsbeurteilung");
    await signInAs(page, org.users.manager.email, E2E_PASSWORD);
    const stepUrl = (s: number | string) =>
      `/o/${org.org.slug}/use-cases/${useCase.id}/assessment/${s}`;
    await page.goto(`/o/${org.org.slug}/use-cases/${useCase.id}`);
    await page.getByRole("link", { name: "Bewertung starten" }).click();
    await expect(page).toHaveURL(new RegExp(`${stepUrl(1)}$`));

    // Step 1: nothing answered → an error beside each question.
    expect(await submitStep(page)).toBe(400);
    await expect(page.getByText("Einige Antworten fehlen oder sind ungültig.")).toBeVisible();
    await expect(page.getByText(REQUIRED)).toHaveCount(5);
    // Partly answered: what was given is saved and stays.
    await answer(page, "q1_ai_system", "yes");
    await answer(page, "q2_sourcing", "third_party_as_is");
    expect(await submitStep(page)).toBe(400);
    await expect(page.getByText(REQUIRED)).toHaveCount(3);
    await page.goto(stepUrl(1));
    await expect(
      questionGroup(page, "q1_ai_system").getByLabel("Ja", { exact: true }),
    ).toBeChecked();
    await expect(
      questionGroup(page, "q2_sourcing").getByRole("radio", { checked: true }),
    ).toHaveCount(1);
    await answerStep(page, 1, CV_SCREENING);
    expect(await submitStep(page)).toBe(302);

    // Step 2.
    await expect(page).toHaveURL(new RegExp(`${stepUrl(2)}$`));
    expect(await submitStep(page)).toBe(400);
    await expect(page.getByText(REQUIRED)).toHaveCount(1);
    await answerStep(page, 2, CV_SCREENING);
    expect(await submitStep(page)).toBe(302);

    // Step 3: without profiling, Q10 becomes relevant; the page shows it next.
    await expect(page).toHaveURL(new RegExp(`${stepUrl(3)}$`));
    await expect(questionGroup(page, "q8_annex_iii")).toBeVisible();
    await expect(questionGroup(page, "q10_decision_role")).toBeHidden();
    await answerStep(page, 3, { ...CV_SCREENING, q9_profiling: false });
    expect(await submitStep(page)).toBe(200);
    await expect(page.getByText(/weitere Fragen dieses Schritts relevant/)).toBeVisible();
    await expect(questionGroup(page, "q10_decision_role")).toBeVisible();
    expect(await submitStep(page)).toBe(400);
    await expect(questionGroup(page, "q10_decision_role")).toContainText(REQUIRED);
    await expect(
      questionGroup(page, "q9_profiling").getByLabel("Nein", { exact: true }),
    ).toBeChecked();
    await answer(page, "q10_decision_role", "preparatory_task");
    expect(await submitStep(page)).toBe(302);

    // Step 4.
    expect(await submitStep(page)).toBe(400);
    await expect(page.getByText(REQUIRED)).toHaveCount(5);
    await answerStep(page, 4, CV_SCREENING);
    expect(await submitStep(page)).toBe(302);

    // Step 5: vendor details are asked once the vendor processes personal data.
    await expect(page).toHaveURL(new RegExp(`${stepUrl(5)}$`));
    await expect(questionGroup(page, "q17_personal_data")).toBeVisible();
    await expect(questionGroup(page, "q20b_vendor_training")).toBeHidden();
    expect(await submitStep(page)).toBe(400);
    await answerStep(page, 5, CV_SCREENING);
    expect(await submitStep(page)).toBe(200);
    await expect(questionGroup(page, "q20b_vendor_training")).toBeVisible();
    await answerStep(page, 5, CV_SCREENING);

    // Tampered values straight at the action: refused, the saved answers stay.
    for (const fields of [
      [
        ["shown", "q20c_vendor_location"],
        ["q20c_vendor_location", "mars"],
      ],
      [
        ["shown", "q19_dpia_criteria"],
        ["q19_dpia_criteria", "none"],
        ["q19_dpia_criteria", "large_scale"],
      ],
    ]) {
      const form = new FormData();
      for (const [k, v] of fields) form.append(k!, v!);
      const response = await page.request.post(stepUrl(5), {
        headers: { Origin: ORIGIN },
        multipart: form,
        maxRedirects: 0,
      });
      expect(response.status(), JSON.stringify(fields)).toBe(400);
    }
    const stored = await e2eDb().assessment.findFirstOrThrow({
      where: { useCaseId: useCase.id, status: "draft" },
      select: { answers: true },
    });
    expect(stored.answers).toMatchObject({ q19_dpia_criteria: ["evaluation_scoring"] });
    expect(await submitStep(page, /Speichern und prüfen/)).toBe(302);
    await expect(page).toHaveURL(new RegExp(`${stepUrl("review")}$`));
    await expect(page.getByText("EU/EWR")).toBeVisible();

    await page.getByRole("button", { name: "Bewertung abschließen" }).click();
    await expect(page.getByRole("region", { name: "Risikostufe" })).toContainText("Hochrisiko");
    await expect(page.getByRole("region", { name: /Rechtliche Einschätzung nötig/ })).toContainText(
      "Ausnahme nach Art. 6 Abs. 3 KI-VO möglich",
    );
    // Planning works without JavaScript too.
    await page.getByRole("button", { name: "Pflichten als Aufgaben einplanen" }).click();
    await expect(page.getByText(/Aufgaben zu „.*“ hinzugefügt\./)).toBeVisible();
    expect(
      await e2eDb().task.count({
        where: {
          roadmapId: org.roadmapId!,
          sourceKey: { startsWith: `obligation:${useCase.id}:` },
        },
      }),
    ).toBeGreaterThan(5);
  });

  test("completing an unfinished assessment, bad steps and ids are refused calmly", async ({
    page,
  }) => {
    no5xx(page);
    const org = await createTestOrg();
    const useCase = await useCaseIn(org, "Angebote", false);
    await signInAs(page, org.users.manager.email, E2E_PASSWORD);
    const base = `/o/${org.org.slug}/use-cases/${useCase.id}`;
    await page.goto(`${base}/assessment/1`);
    await answerStep(page, 1, CV_SCREENING);
    expect(await submitStep(page)).toBe(302);
    const response = await page.request.post(`${base}/assessment/review`, {
      headers: { Origin: ORIGIN },
      form: { intent: "complete" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
    await page.goto(`${base}/assessment/review`);
    await expect(page.getByText("Einige Fragen sind noch offen.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Bewertung abschließen" })).toBeDisabled();
    expect(
      await e2eDb().assessment.count({ where: { useCaseId: useCase.id, status: "completed" } }),
    ).toBe(0);
    for (const path of ["assessment/0", "assessment/6", "assessment/abc", "assessments/nope!"]) {
      expect((await page.request.get(`${base}/${path}`)).status(), path).toBe(404);
    }
    // Resume goes to the first open step.
    await page.goto(`${base}/assessment`);
    await expect(page).toHaveURL(new RegExp(`${base}/assessment/2$`));
  });
});

test("a member reads the result but cannot change the assessment or plan it", async ({ page }) => {
  const org = await createTestOrg({ withRoadmap: true });
  const useCase = await useCaseIn(org, "Bewerbungen");
  const db = e2eDb();
  const completed = await db.assessment.create({
    data: {
      orgId: org.org.id,
      useCaseId: useCase.id,
      authorId: org.users.manager.id,
      status: "completed",
      answers: CV_SCREENING,
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
  await signInAs(page, org.users.member.email, E2E_PASSWORD);
  const base = `/o/${org.org.slug}/use-cases/${useCase.id}`;
  await page.goto(`${base}/assessments/${completed.id}`);
  await expect(page.getByRole("region", { name: "Risikostufe" })).toContainText("Minimales Risiko");
  // Stored under an older ruleset: still readable, with the hint to re-assess.
  await expect(
    page.getByText(
      `Dieses Ergebnis stammt aus dem Regelwerk 2026-07-omnibus.1; aktuell ist ${RULESET_VERSION}.`,
    ),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Pflichten als Aufgaben einplanen" })).toHaveCount(
    0,
  );
  await expect(page.getByRole("link", { name: "Neu bewerten" })).toHaveCount(0);
  expect((await page.request.get(`${base}/assessments`)).status()).toBe(200);

  expect((await page.request.get(`${base}/assessment/1`)).status()).toBe(403);
  expect((await page.request.get(`${base}/assessment/review`)).status()).toBe(403);
  for (const [path, form] of [
    ["assessment/1", { shown: "q1_ai_system", q1_ai_system: "no" }],
    ["assessment/review", { intent: "complete" }],
    [`assessments/${completed.id}`, { intent: "plan" }],
  ] as const) {
    const response = await page.request.post(`${base}/${path}`, {
      headers: { Origin: ORIGIN },
      form,
      maxRedirects: 0,
    });
    expect(response.status(), path).toBe(403);
  }
  expect(await db.assessment.count({ where: { useCaseId: useCase.id } })).toBe(1);
  expect(
    await db.task.count({ where: { sourceKey: { startsWith: `obligation:${useCase.id}` } } }),
  ).toBe(0);
});
