// Helpers for the use-case and assessment specs: answer wizard questions the way
// a person does (by the German question and option texts), axe checks.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { getQuestion, questionsForStep } from "../app/modules/assessments/questions";
import type {
  AnswerField,
  AssessmentAnswers,
  StepNumber,
} from "../app/modules/assessments/questions";
import { e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import { expect } from "./fixtures";

function exact(text: string) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The fieldset of one question, found by its German label. */
export function questionGroup(page: Page, id: AnswerField) {
  return page.getByRole("group", { name: new RegExp(escape(getQuestion(id).label.de)) });
}

/** Ticks the answer(s) of one question by their German option labels. */
export async function answer(page: Page, id: AnswerField, value: AssessmentAnswers[AnswerField]) {
  const question = getQuestion(id);
  const group = questionGroup(page, id);
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    const option = question.options.find((o) => String(o.value) === String(v));
    if (!option) throw new Error(`${id} has no option ${String(v)}`);
    await group.getByLabel(exact(option.label.de)).check();
  }
}

/** Answers every question of the current step that the answers set and that is on screen. */
export async function answerVisible(page: Page, answers: AssessmentAnswers, fields: AnswerField[]) {
  for (const id of fields) {
    const value = answers[id];
    if (value === undefined) continue;
    if (!(await questionGroup(page, id).isVisible())) continue;
    await answer(page, id, value);
  }
}

export async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/** A use case of the organisation (on its roadmap unless asked otherwise). */
export async function useCaseIn(org: TestOrg, title: string, withRoadmap = true) {
  return e2eDb().useCase.create({
    data: {
      orgId: org.org.id,
      title,
      area: "hr",
      roadmapId: withRoadmap ? (org.roadmapId ?? null) : null,
    },
    select: { id: true },
  });
}

/** Submits a wizard step and returns the POST's status. */
export async function submitStep(page: Page, button: RegExp = /Speichern und (weiter|prüfen)/) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.getByRole("button", { name: button }).click(),
  ]);
  await page.waitForLoadState("load");
  return response.status();
}

/** Answers the questions of a wizard step that are on screen. */
export async function answerStep(page: Page, step: StepNumber, answers: AssessmentAnswers) {
  // The whole form must be there before deciding which questions are on screen.
  await page.waitForLoadState("load");
  await expect(page.getByRole("button", { name: /Speichern und (weiter|prüfen)/ })).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 1, name: new RegExp(`Schritt ${step} von 5`) }),
  ).toBeVisible();
  await answerVisible(
    page,
    answers,
    questionsForStep(step).map((q) => q.id),
  );
}
