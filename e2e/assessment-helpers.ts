// Helpers for the use-case and assessment specs: answer wizard questions the way
// a person does (by the German question and option texts), axe checks.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { getQuestion } from "../app/modules/assessments/questions";
import type { AnswerField, AssessmentAnswers } from "../app/modules/assessments/questions";
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
