import { isAnswered, pruneAnswers, questionIdsForStep, relevantFields, STEPS } from "./answers";
import type { StepNumber } from "./answers";
import type { AnswerField, AssessmentAnswers } from "./questions";

/**
 * The wizard's bookkeeping, without I/O: merging one step's submitted answers into the
 * draft, the errors to show beside the questions, and where to go next. The wizard is
 * one plain form per step (works without JavaScript); with JavaScript, questions that
 * stop mattering are hidden and disabled, so only the questions that were on screen
 * ("shown") are taken from a submission and all other answers stay as they were.
 *
 * Without zod or the question texts (the browser uses it for the live form): what a
 * valid answer is comes in as `accepts`, the schema's on the server (`isValidAnswer`)
 * and the offered options in the browser (`isOfferedAnswer`), which agree.
 */

export type StepIssue = "invalid" | "required";

export type StepMerge = {
  /** The draft's answers after this step: valid submissions applied, nothing else lost. */
  answers: AssessmentAnswers;
  /** Shown questions whose submitted value was outside the options (previous answer kept). */
  invalid: AnswerField[];
};

/**
 * Applies a step's submission. For each shown question of the step: a valid value
 * replaces the answer, no value clears it (the user unticked every box), an invalid one
 * leaves the previous answer untouched. Questions of other steps, and questions the
 * user did not see, are never changed.
 */
export function mergeStepAnswers(
  previous: AssessmentAnswers,
  step: StepNumber,
  shown: readonly string[],
  submitted: Record<string, unknown>,
  accepts: (field: AnswerField, value: unknown) => boolean,
): StepMerge {
  const next: Record<string, unknown> = { ...previous };
  const invalid: AnswerField[] = [];
  for (const id of questionIdsForStep(step)) {
    if (!shown.includes(id)) continue;
    const value = submitted[id];
    if (value === undefined) {
      delete next[id];
      continue;
    }
    if (accepts(id, value)) next[id] = value;
    else invalid.push(id);
  }
  return { answers: next as AssessmentAnswers, invalid };
}

export type StepCheck = {
  /** Errors beside the shown questions. */
  errors: Partial<Record<AnswerField, StepIssue>>;
  /** Questions of this step that became relevant through this submission but were not on screen. */
  newlyRelevant: AnswerField[];
};

export function checkStep(
  step: StepNumber,
  answers: AssessmentAnswers,
  shown: readonly string[],
  invalid: readonly AnswerField[],
): StepCheck {
  const relevant = new Set(relevantFields(answers));
  const pruned = pruneAnswers(answers);
  const errors: StepCheck["errors"] = {};
  const newlyRelevant: AnswerField[] = [];
  for (const id of questionIdsForStep(step)) {
    const isShown = shown.includes(id);
    if (isShown && invalid.includes(id)) {
      errors[id] = "invalid";
    } else if (relevant.has(id) && !isAnswered(pruned[id])) {
      if (isShown) errors[id] = "required";
      else newlyRelevant.push(id);
    }
  }
  return { errors, newlyRelevant };
}

/** True when the step has at least one question that matters for these answers. */
export function isStepRelevant(step: StepNumber, answers: AssessmentAnswers): boolean {
  const relevant = new Set(relevantFields(answers));
  return questionIdsForStep(step).some((id) => relevant.has(id));
}

/** The next step after `step` that has a relevant question, or "review" when none is left. */
export function nextStep(step: StepNumber, answers: AssessmentAnswers): StepNumber | "review" {
  for (const s of STEPS) {
    if (s.step > step && isStepRelevant(s.step, answers)) return s.step;
  }
  return "review";
}

/** The previous step with a relevant question (for the "back" link), or null on the first. */
export function previousStep(step: StepNumber, answers: AssessmentAnswers): StepNumber | null {
  for (const s of [...STEPS].reverse()) {
    if (s.step < step && isStepRelevant(s.step, answers)) return s.step;
  }
  return null;
}

/** The first step with a relevant, unanswered question; null when the answers are complete. */
export function firstOpenStep(answers: AssessmentAnswers): StepNumber | null {
  const pruned = pruneAnswers(answers);
  const open = new Set(relevantFields(answers).filter((f) => !isAnswered(pruned[f])));
  for (const s of STEPS) {
    if (questionIdsForStep(s.step).some((id) => open.has(id))) return s.step;
  }
  return null;
}

export type StepState = "done" | "open" | "skipped";

/** For the progress list: which steps are answered, still open, or do not apply. */
export function stepStates(answers: AssessmentAnswers): { step: StepNumber; state: StepState }[] {
  const pruned = pruneAnswers(answers);
  const relevant = new Set(relevantFields(answers));
  return STEPS.map(({ step }) => {
    const ids = questionIdsForStep(step).filter((id) => relevant.has(id));
    if (ids.length === 0) return { step, state: "skipped" as const };
    const done = ids.every((id) => isAnswered(pruned[id]));
    return { step, state: done ? ("done" as const) : ("open" as const) };
  });
}
