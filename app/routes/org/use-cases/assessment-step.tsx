import { useEffect, useMemo, useRef, useState } from "react";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/assessment-step";
import { PrefillNote } from "~/components/data-sources/prefill-note";
import { QuestionField } from "~/components/use-cases/question-field";
import { WizardProgress } from "~/components/use-cases/wizard-progress";
import { Button, buttonClass } from "~/components/ui/button";
import { FormAlert } from "~/components/ui/form-alert";
import { useFocusHeading } from "~/components/ui/use-focus-heading";
import { notFound } from "~/lib/http.server";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import {
  discardDraft,
  getAssessmentWorkspace,
  saveAssessmentStep,
} from "~/modules/assessments/assessments.server";
import {
  answersFromFormData,
  isOfferedAnswer,
  isRelevantField,
  STEPS,
} from "~/modules/assessments/answers";
import { questionViewsForStep } from "~/modules/assessments/questions";
import { idParam } from "~/lib/params.server";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import type { AssessmentAnswers, StepNumber } from "~/modules/assessments/questions";
import {
  isStepRelevant,
  mergeStepAnswers,
  nextStep,
  previousStep,
  stepStates,
} from "~/modules/assessments/wizard";
import type { StepIssue } from "~/modules/assessments/wizard";
import { prefillFromDataSources } from "~/modules/data-sources/data-sources.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

function stepParam(value: string | undefined): StepNumber {
  if (!value || !/^[1-5]$/.test(value)) notFound();
  return Number(value) as StepNumber;
}

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "assessment:update");
  const useCaseId = idParam(params.useCaseId);
  const step = stepParam(params.step);
  const { t } = requestT(context);
  const workspace = await getAssessmentWorkspace({ orgId: scope.org.id, useCaseId });
  if (!workspace) notFound();
  const prefill = await prefillFromDataSources({
    orgId: scope.org.id,
    useCaseId,
    step,
    answers: workspace.answers,
  });
  return {
    pageTitle: `${t("assessment.wizard.heading", { useCase: workspace.useCase.title })} · ${t(
      "assessment.wizard.stepOf",
      { step, total: STEPS.length },
    )}`,
    orgSlug: scope.org.slug,
    useCase: { id: workspace.useCase.id, title: workspace.useCase.title },
    step,
    // Only this step's questions: the catalogue and the schema stay on the server.
    questions: questionViewsForStep(step),
    answers: prefill.answers,
    sourceNotes: prefill.notes,
    draft: workspace.draft,
    isPrefilled: !workspace.draft && workspace.latestCompletedId !== null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "assessment:update");
  const useCaseId = idParam(params.useCaseId);
  const step = stepParam(params.step);
  const user = getUser(context);
  const { requestId } = requestT(context);
  const form = await request.formData();
  const actor = { orgId: scope.org.id, actorId: user.id, requestId, useCaseId };
  const useCaseUrl = `/o/${scope.org.slug}/use-cases/${useCaseId}`;

  if (form.get("intent") === "discard") {
    await discardDraft(actor);
    throw redirect(useCaseUrl);
  }

  const saved = await saveAssessmentStep({ ...actor, step, form });
  if (!saved.ok) notFound();
  if (Object.keys(saved.errors).length > 0) {
    return data({ answers: saved.answers, errors: saved.errors, more: false }, { status: 400 });
  }
  if (saved.newlyRelevant.length > 0) {
    return data({ answers: saved.answers, errors: {}, more: true });
  }
  const next = saved.next;
  throw redirect(`${useCaseUrl}/assessment/${next}`);
}

/**
 * Reads the step's current choices from the form, including those in hidden (disabled)
 * questions, so a question that reappears brings its earlier choice back.
 */
function readInputs(form: HTMLFormElement): FormData {
  const fd = new FormData();
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement && element.checked && element.name) {
      fd.append(element.name, element.value);
    }
  }
  return fd;
}

export default function AssessmentStep({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const navigation = useNavigation();
  const step = d.step;
  const questions = d.questions;
  const base = `/o/${d.orgSlug}/use-cases/${d.useCase.id}`;
  const initial: AssessmentAnswers = actionData?.answers ?? d.answers;
  const [live, setLive] = useState<AssessmentAnswers>(initial);
  const [lastInitial, setLastInitial] = useState(initial);
  // New answers from the server (another step, a failed save): start again from them.
  if (lastInitial !== initial) {
    setLastInitial(initial);
    setLive(initial);
  }

  const visible = useMemo(
    () => new Set(questions.filter((q) => isRelevantField(q.id, live)).map((q) => q.id)),
    [questions, live],
  );
  const errors: Partial<Record<string, StepIssue>> = actionData?.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  const noteFor = (question: (typeof questions)[number]) => {
    const note = actionData ? undefined : d.sourceNotes.find((n) => n.field === question.id);
    return note ? (
      <PrefillNote note={note} question={question} href={`${base}/data-sources`} />
    ) : undefined;
  };
  const next = nextStep(step, live);
  const prev = previousStep(step, live);

  // A new step shows in place of the form just sent: the focus goes to its heading and
  // the live region says that the answers were saved (not so after "Back").
  const heading = `${t("assessment.wizard.stepOf", { step, total: STEPS.length })}: ${
    STEPS[step - 1]!.title[locale]
  }`;
  const saving = useRef(false);
  useEffect(() => {
    if (navigation.state !== "idle") {
      saving.current = navigation.formMethod?.toUpperCase() === "POST";
    }
  }, [navigation.state, navigation.formMethod]);
  const headingRef = useFocusHeading<HTMLHeadingElement>(String(step), () => {
    const saved = saving.current;
    saving.current = false;
    return saved ? t("assessment.wizard.savedThen", { next: heading }) : heading;
  });

  function handleChange(event: React.FormEvent<HTMLFormElement>) {
    const target = event.target;
    // "None" and "unsure" exclude the other options of a multiple-choice question.
    if (target instanceof HTMLInputElement && target.type === "checkbox" && target.checked) {
      const group = Array.from(
        event.currentTarget.querySelectorAll<HTMLInputElement>(
          `input[type="checkbox"][name="${target.name}"]`,
        ),
      );
      const exclusive = target.dataset.exclusive === "true";
      for (const box of group) {
        if (box !== target && (exclusive || box.dataset.exclusive === "true")) box.checked = false;
      }
    }
    const submitted = answersFromFormData(readInputs(event.currentTarget));
    // The inputs' values are the options sent, checked as the server checks them.
    const merged = mergeStepAnswers(
      initial,
      step,
      questions.map((q) => q.id),
      submitted,
      (field, value) => {
        const question = questions.find((q) => q.id === field);
        return question !== undefined && isOfferedAnswer(question, value);
      },
    ).answers;
    setLive(merged);
  }

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <header className="flex flex-col gap-2">
        <Link
          to={base}
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          ← {d.useCase.title}
        </Link>
        <p className="text-caption font-semibold tracking-wide text-ink-muted uppercase">
          {t("assessment.title")}
        </p>
        <h1 ref={headingRef} tabIndex={-1} className="text-display outline-none">
          {heading}
        </h1>
        <p className="text-ink-muted">{t("assessment.disclaimer")}</p>
      </header>

      <WizardProgress
        current={step}
        states={stepStates(live)}
        hrefFor={(s) => `${base}/assessment/${s}`}
      />

      {hasErrors ? <FormAlert>{t("assessment.wizard.errorsTitle")}</FormAlert> : null}
      {actionData?.more ? (
        <p role="status" className="rounded-control bg-brand-soft px-3 py-2 font-medium text-ink">
          {t("assessment.wizard.moreQuestions")}
        </p>
      ) : null}
      {!hasErrors && !actionData && d.draft && step === 1 ? (
        <p className="text-caption text-ink-muted">
          {t("assessment.wizard.resumeDraft", {
            date: formatDate(new Date(d.draft.updatedAt), locale),
          })}
        </p>
      ) : null}
      {d.isPrefilled && !actionData ? (
        <p className="rounded-control bg-surface-muted px-3 py-2 text-caption text-ink">
          {t("assessment.wizard.prefilled")}
        </p>
      ) : null}
      {!isStepRelevant(step, live) ? (
        <p className="rounded-control bg-surface-muted px-3 py-2">
          {t("assessment.wizard.noQuestions")}
        </p>
      ) : null}

      <Form
        key={step}
        method="post"
        noValidate
        onChange={handleChange}
        className="flex flex-col gap-4"
      >
        {questions.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            answers={initial}
            issue={errors[question.id]}
            hidden={!visible.has(question.id)}
            note={noteFor(question)}
          />
        ))}
        <p className="text-caption text-ink-muted">{t("assessment.wizard.saveHint")}</p>
        <div className="flex flex-wrap items-center gap-3">
          {prev ? (
            <Link to={`${base}/assessment/${prev}`} className={buttonClass("ghost")}>
              ← {t("assessment.wizard.back")}
            </Link>
          ) : null}
          <Button type="submit" disabled={navigation.state === "submitting"} className="ml-auto">
            {next === "review" ? t("assessment.wizard.toReview") : t("assessment.wizard.next")}
          </Button>
        </div>
      </Form>

      {d.draft ? (
        <Form method="post" className="border-t border-line pt-4">
          <Button type="submit" name="intent" value="discard" variant="ghost">
            {t("assessment.wizard.discard")}
          </Button>
        </Form>
      ) : null}
    </div>
  );
}
