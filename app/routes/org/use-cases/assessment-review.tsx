import { data, Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/assessment-review";
import { TierBadge } from "~/components/use-cases/badges";
import { WizardProgress } from "~/components/use-cases/wizard-progress";
import { Button, buttonClass } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { FormAlert } from "~/components/ui/form-alert";
import { useFocusHeading } from "~/components/ui/use-focus-heading";
import { notFound } from "~/lib/http.server";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import {
  completeAssessment,
  discardDraft,
  getAssessmentWorkspace,
} from "~/modules/assessments/assessments.server";
import {
  isAssessmentComplete,
  pruneAnswers,
  QUESTIONS,
  relevantFields,
  STEPS,
} from "~/modules/assessments/questions";
import type { Locale } from "~/lib/i18n";
import { idParam } from "~/lib/params.server";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import type { AssessmentAnswers, Question } from "~/modules/assessments/questions";
import { assess } from "~/modules/assessments/rules";
import { firstOpenStep, stepStates } from "~/modules/assessments/wizard";
import { todayIso } from "~/modules/calendar/dates";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "assessment:update");
  const useCaseId = idParam(params.useCaseId);
  const { t, locale } = requestT(context);
  const workspace = await getAssessmentWorkspace({ orgId: scope.org.id, useCaseId });
  if (!workspace) notFound();
  const answers = workspace.draft ? pruneAnswers(workspace.answers) : {};
  const complete = workspace.draft !== null && isAssessmentComplete(answers);
  return {
    pageTitle: `${t("assessment.review.title")}: ${workspace.useCase.title}`,
    orgSlug: scope.org.slug,
    useCase: { id: workspace.useCase.id, title: workspace.useCase.title },
    hasDraft: workspace.draft !== null,
    // The relevant questions and their answers as text, step by step, in the reader's
    // language: the page needs no question catalogue in its JavaScript.
    sections: answerSections(answers, locale),
    states: stepStates(answers),
    complete,
    openStep: firstOpenStep(answers),
    // A preview only: the stored result is computed again when completing.
    previewTier: complete ? assess(answers, { asOf: todayIso() }).tier : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "assessment:update");
  const useCaseId = idParam(params.useCaseId);
  const user = getUser(context);
  const { t, requestId } = requestT(context);
  const form = await request.formData();
  const actor = { orgId: scope.org.id, actorId: user.id, requestId, useCaseId };
  const useCaseUrl = `/o/${scope.org.slug}/use-cases/${useCaseId}`;
  if (form.get("intent") === "discard") {
    await discardDraft(actor);
    throw redirect(useCaseUrl);
  }
  const result = await completeAssessment({ ...actor, asOf: todayIso() });
  if (result.ok) throw redirect(`${useCaseUrl}/assessments/${result.assessmentId}`);
  if (result.reason !== "incomplete") {
    if (result.reason === "not_found") notFound();
    // Already completed (a second click, or a colleague): the use case shows the result.
    throw redirect(useCaseUrl);
  }
  return data({ error: t("assessment.review.incomplete"), step: result.step }, { status: 400 });
}

function answerText(question: Question, answers: AssessmentAnswers, locale: Locale) {
  const answer = answers[question.id];
  const values = Array.isArray(answer)
    ? answer.map(String)
    : answer === undefined
      ? []
      : [String(answer)];
  return values
    .map((v) => question.options.find((o) => String(o.value) === v)?.label[locale] ?? v)
    .join("; ");
}

function answerSections(answers: AssessmentAnswers, locale: Locale) {
  const relevant = new Set(relevantFields(answers));
  return STEPS.map(({ step, title }) => ({
    step,
    title: title[locale],
    rows: QUESTIONS.filter((q) => q.step === step && relevant.has(q.id)).map((q) => ({
      id: q.id,
      number: q.number,
      label: q.label[locale],
      answer: answerText(q, answers, locale),
    })),
  })).filter((section) => section.rows.length > 0);
}

export default function AssessmentReview({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const base = `/o/${d.orgSlug}/use-cases/${d.useCase.id}`;
  // Reached from the last step (or a link): the focus goes to the heading, which is said.
  const headingRef = useFocusHeading<HTMLHeadingElement>("review", () =>
    t("assessment.review.title"),
  );
  if (!d.hasDraft) {
    return (
      <EmptyState
        title={t("assessment.review.title")}
        body={t("assessment.review.noDraft")}
        action={
          <Link to={`${base}/assessment/1`} className={buttonClass("primary")}>
            {t("useCases.detail.startAssessment")}
          </Link>
        }
      />
    );
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
          {t("assessment.review.title")}
        </h1>
        <p className="text-ink-muted">{t("assessment.review.intro")}</p>
      </header>

      <WizardProgress
        current="review"
        states={d.states}
        hrefFor={(s) => `${base}/assessment/${s}`}
      />

      <FormAlert>{actionData?.error}</FormAlert>
      {!d.complete ? (
        <p
          role="status"
          className="rounded-control bg-warning-soft px-3 py-2 font-medium text-warning"
        >
          {t("assessment.review.incomplete")}{" "}
          {d.openStep ? (
            <Link to={`${base}/assessment/${d.openStep}`} className="underline underline-offset-2">
              {t("assessment.review.editStep", { step: d.openStep })}
            </Link>
          ) : null}
        </p>
      ) : null}

      {d.previewTier ? (
        <Card className="flex flex-wrap items-center gap-3">
          <h2 className="font-semibold">{t("assessment.review.preview")}</h2>
          <TierBadge tier={d.previewTier} />
        </Card>
      ) : null}

      <section aria-labelledby="answers-title" className="flex flex-col gap-3">
        <h2 id="answers-title" className="text-title">
          {t("assessment.review.answers")}
        </h2>
        {d.sections.map(({ step, title, rows }) => {
          return (
            <Card
              key={step}
              aria-labelledby={`review-step-${step}`}
              className="flex flex-col gap-2"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 id={`review-step-${step}`} className="font-semibold">
                  {step}. {title}
                </h3>
                <Link
                  to={`${base}/assessment/${step}`}
                  className="text-caption font-medium text-brand underline-offset-2 hover:underline"
                >
                  {t("assessment.review.editStep", { step })}
                </Link>
              </div>
              <dl className="flex flex-col gap-2">
                {rows.map((row) => (
                  <div key={row.id}>
                    <dt className="text-caption text-ink-muted">
                      {row.number}. {row.label}
                    </dt>
                    <dd className={row.answer ? "font-medium" : "font-medium text-danger"}>
                      {row.answer || t("assessment.review.notAnswered")}
                    </dd>
                  </div>
                ))}
              </dl>
            </Card>
          );
        })}
      </section>

      <div className="flex flex-wrap items-center gap-3">
        <Form method="post">
          <Button type="submit" disabled={!d.complete || navigation.state === "submitting"}>
            {t("assessment.review.complete")}
          </Button>
        </Form>
        <Form method="post" className="ml-auto">
          <Button type="submit" name="intent" value="discard" variant="ghost">
            {t("assessment.wizard.discard")}
          </Button>
        </Form>
      </div>
    </div>
  );
}
