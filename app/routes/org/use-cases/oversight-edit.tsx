import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/oversight-edit";
import { ReviewForm } from "~/components/oversight/review-form";
import { Button } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { parseForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { useI18n } from "~/lib/i18n/react";
import { requirePermission } from "~/lib/middleware.server";
import { getReview, getReviewFormOptions } from "~/modules/oversight/oversight.server";
import { deleteReview, updateReview } from "~/modules/oversight/edit.server";
import type { PlainReview } from "~/modules/oversight/oversight.server";
import {
  followUpDescription,
  followUpOffer,
  idParam,
  newReviewValues,
  oversightRoute,
  reviewRules,
} from "~/modules/oversight/route.server";
import { DeleteReviewSchema, editReviewSchema } from "~/modules/oversight/schema";
import { todayIso } from "~/modules/calendar/dates";
import { pageTitle } from "~/lib/route/meta";
import { submittedValues } from "~/lib/forms.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.title);

/** A stored review as the form shows it. */
function reviewValues(review: PlainReview) {
  return {
    date: review.date,
    reviewerId: review.reviewerId ?? "",
    reviewedCount: String(review.reviewedCount),
    approvedCount: String(review.approvedCount),
    correctedCount: String(review.correctedCount),
    rejectedCount: String(review.rejectedCount),
    note: review.note,
    hasIncident: review.hasIncident ? "on" : "",
    incidentSeverity: review.incidentSeverity ?? "",
    incidentDescription: review.incidentDescription,
  };
}

export async function loader({ params, context }: Route.LoaderArgs) {
  const { scope, user, t, useCase, logPath } = await oversightRoute(context, params);
  requirePermission(scope, "oversight:manage");
  const reviewId = idParam(params.reviewId);
  const today = todayIso();
  const [review, options] = await Promise.all([
    getReview({ orgId: scope.org.id, useCaseId: useCase.id, reviewId }),
    getReviewFormOptions({ orgId: scope.org.id, useCaseId: useCase.id, userId: user.id }),
  ]);
  if (!review) notFound();
  const defaults = newReviewValues(useCase, options, today, t);
  return {
    title: `${t("oversight.editTitle")} · ${useCase.title}`,
    orgSlug: scope.org.slug,
    useCase,
    review,
    people: options.people,
    values: {
      ...reviewValues(review),
      // A follow-up task can still be planned for an incident that has none.
      createFollowUp: defaults.createFollowUp,
      followUpTitle: defaults.followUpTitle,
      followUpOwnerId: defaults.followUpOwnerId,
      followUpDueDate: defaults.followUpDueDate,
    },
    today,
    followUp: review.followUpTaskId ? ("exists" as const) : followUpOffer(useCase, today),
    logPath,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, locale, actor, useCase, logPath } = await oversightRoute(context, params);
  requirePermission(scope, "oversight:manage");
  const reviewId = idParam(params.reviewId);
  const formData = await request.formData();
  const values = submittedValues(formData);
  const today = todayIso();
  /** 409: somebody saved in between; the form shows what is stored now. */
  const stale = (current: PlainReview | null) =>
    data(
      {
        fieldErrors: {},
        values: current ? { ...values, ...reviewValues(current) } : values,
        formError: t("oversight.errors.stale"),
        version: current?.version,
      },
      { status: 409 },
    );

  if (formData.get("intent") === "delete") {
    const form = parseForm(formData, DeleteReviewSchema, t);
    if (!form.ok)
      return data(
        { fieldErrors: {}, values, formError: t("errors.badRequestBody") },
        { status: 400 },
      );
    const result = await deleteReview({
      ...actor,
      useCaseId: useCase.id,
      reviewId,
      version: form.data.version,
    });
    if (result.ok) throw redirect(`${logPath}?done=deleted`);
    if (result.reason === "not_found") notFound();
    return stale(result.reason === "stale" ? result.current : null);
  }

  const form = parseForm(formData, editReviewSchema(reviewRules(useCase, today)), t);
  if (!form.ok) {
    return data(
      { fieldErrors: form.fieldErrors, values, formError: t("validation.formErrors") },
      { status: 400 },
    );
  }
  const result = await updateReview({
    ...actor,
    reviewId,
    input: form.data,
    useCase,
    today,
    description: followUpDescription(useCase, form.data, locale),
  });
  if (result.ok) {
    const flash = result.followUpTaskId ? `&task=${result.followUpTaskId}` : "";
    throw redirect(`${logPath}?done=updated${flash}`);
  }
  if (result.reason === "not_found") notFound();
  if (result.reason === "stale") return stale(result.current);
  const fieldErrors: Record<string, string> = {};
  if (result.reason === "invalid_reference") {
    for (const field of result.fields) fieldErrors[field] = t("oversight.errors.reference");
  }
  return data({ fieldErrors, values, formError: t("validation.formErrors") }, { status: 400 });
}

export default function EditReview({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  // After a stale save the form carries the version it now shows.
  const stale = actionData && "version" in actionData ? actionData.version : undefined;
  const version = typeof stale === "number" ? stale : d.review.version;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link to={d.logPath} className="text-caption text-ink-muted hover:text-brand">
          ← {t("oversight.backToLog")}
        </Link>
        <h1 className="text-display">{t("oversight.editTitle")}</h1>
        <p className="text-ink-muted">
          {d.useCase.title}
          {d.review.recordedByName
            ? ` · ${t("oversight.edit.recordedBy", { name: d.review.recordedByName })}`
            : ""}
        </p>
      </header>
      <div className="rounded-card border border-line bg-surface-raised p-5 shadow-card sm:p-6">
        <ReviewForm
          key={version}
          values={actionData?.values ?? d.values}
          errors={actionData?.fieldErrors}
          formError={actionData?.formError}
          people={d.people}
          today={d.today}
          roadmapStart={d.useCase.roadmap?.startDate ?? null}
          followUp={d.followUp}
          version={version}
          submitLabel={t("oversight.saveChanges")}
          cancelTo={d.logPath}
        />
      </div>
      {d.review.followUpTask ? (
        <p className="text-ink-muted">
          {t("oversight.followUp.linked")}:{" "}
          <Link
            to={`/o/${d.orgSlug}/roadmaps/${d.review.followUpTask.roadmapId}/tasks/${d.review.followUpTask.id}`}
            className="font-medium text-brand underline-offset-2 hover:underline"
          >
            {d.review.followUpTask.title}
          </Link>
          {d.review.followUpTask.status === "done" ? ` · ${t("oversight.followUp.done")}` : ""}
        </p>
      ) : null}
      <Card aria-labelledby="delete-title" className="flex flex-col gap-2">
        <CardTitle id="delete-title">{t("oversight.edit.delete")}</CardTitle>
        <p className="text-caption text-ink-muted">{t("oversight.edit.deleteHint")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="version" value={version} />
          <Button type="submit" variant="danger">
            {t("oversight.edit.delete")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
