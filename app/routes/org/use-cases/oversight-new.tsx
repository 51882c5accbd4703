import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/oversight-new";
import { ReviewForm } from "~/components/oversight/review-form";
import { parseForm } from "~/lib/forms.server";
import { useI18n } from "~/lib/i18n/react";
import { requirePermission } from "~/lib/middleware.server";
import { withParams } from "~/lib/paths";
import { getReviewFormOptions } from "~/modules/oversight/oversight.server";
import { createReview } from "~/modules/oversight/edit.server";
import {
  followUpDescription,
  followUpOffer,
  newReviewValues,
  oversightRoute,
  returnPath,
  reviewRules,
} from "~/modules/oversight/route.server";
import { reviewSchema } from "~/modules/oversight/schema";
import { todayIso } from "~/modules/calendar/dates";
import { pageTitle } from "~/lib/route/meta";
import { submittedValues } from "~/lib/forms.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.title);

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { scope, user, t, useCase, logPath } = await oversightRoute(context, params);
  requirePermission(scope, "oversight:record");
  const today = todayIso();
  const options = await getReviewFormOptions({
    orgId: scope.org.id,
    useCaseId: useCase.id,
    userId: user.id,
  });
  const returnTo = new URL(request.url).searchParams.get("returnTo");
  return {
    title: `${t("oversight.recordTitle")} · ${useCase.title}`,
    useCase,
    people: options.people,
    values: newReviewValues(useCase, options, today, t),
    today,
    followUp: followUpOffer(useCase, today),
    returnTo: returnTo ? returnPath(returnTo, scope.org.slug, logPath) : null,
    logPath,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, locale, actor, useCase, logPath } = await oversightRoute(context, params);
  requirePermission(scope, "oversight:record");
  const formData = await request.formData();
  const values = submittedValues(formData);
  if (useCase.isArchived) {
    return data(
      { fieldErrors: {}, values, formError: t("oversight.errors.archived") },
      { status: 409 },
    );
  }
  const today = todayIso();
  const form = parseForm(formData, reviewSchema(reviewRules(useCase, today)), t);
  if (!form.ok) {
    return data(
      { fieldErrors: form.fieldErrors, values, formError: t("validation.formErrors") },
      { status: 400 },
    );
  }
  const result = await createReview({
    ...actor,
    input: form.data,
    useCase,
    today,
    description: followUpDescription(useCase, form.data, locale),
  });
  if (!result.ok) {
    const fieldErrors: Record<string, string> = {};
    if (result.reason === "invalid_reference") {
      for (const field of result.fields) fieldErrors[field] = t("oversight.errors.reference");
    }
    return data({ fieldErrors, values, formError: t("validation.formErrors") }, { status: 400 });
  }
  const back = returnPath(formData.get("returnTo"), scope.org.slug, logPath);
  const flash: Record<string, string> =
    back === logPath ? { done: "recorded" } : { oversight: "recorded" };
  if (result.followUpTaskId) flash.task = result.followUpTaskId;
  throw redirect(withParams(back, flash));
}

export default function NewReview({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link to={d.returnTo ?? d.logPath} className="text-caption text-ink-muted hover:text-brand">
          ← {d.returnTo ? t("oversight.cancel") : t("oversight.backToLog")}
        </Link>
        <h1 className="text-display">{t("oversight.recordTitle")}</h1>
        <p className="text-ink-muted">{d.useCase.title}</p>
      </header>
      <div className="rounded-card border border-line bg-surface-raised p-5 shadow-card sm:p-6">
        <ReviewForm
          values={actionData?.values ?? d.values}
          errors={actionData?.fieldErrors}
          formError={actionData?.formError}
          people={d.people}
          today={d.today}
          roadmapStart={d.useCase.roadmap?.startDate ?? null}
          followUp={d.followUp}
          returnTo={d.returnTo}
          submitLabel={t("oversight.submit")}
          cancelTo={d.returnTo ?? d.logPath}
          autoFocus
        />
      </div>
    </div>
  );
}
