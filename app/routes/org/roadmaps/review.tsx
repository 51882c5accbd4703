import { data, Link } from "react-router";
import type { Route } from "./+types/review";
import { ReviewForm } from "~/components/reviews/review-form";
import { buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { deferred } from "~/components/ui/deferred";
import { requestContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { can } from "~/lib/permissions";
import { conflictReply } from "~/lib/route/conflict.server";
import { actionContext } from "~/lib/route/context.server";
import { revalidateAfterConflict } from "~/lib/route/revalidate";
import { todayIso } from "~/modules/calendar/dates";
import { getReviewEvidence } from "~/modules/reviews/evidence.server";
import { openObligationTitles } from "~/modules/reviews/obligation-titles.server";
import { completeReview, getReviewPage, saveReviewDraft } from "~/modules/reviews/review.server";
import { reviewSchema, ReviewIntentSchema } from "~/modules/reviews/schema";

// What only shows (the decision paper, the header): server-rendered at once, its browser
// code after the page's (one chunk with the review form's evidence).
const parts = () => import("~/components/reviews/review-parts");
const DecisionPaper = deferred(() => parts().then((m) => m.DecisionPaper));
const RoadmapPageHeader = deferred(() => parts().then((m) => m.RoadmapPageHeader));

// The closing review of a roadmap (issue 16): while the roadmap is active, the evidence
// and a decision per use case (managers edit, everyone who reads reports reads); once
// completed, the same URL is the decision paper, drawn from the review's snapshot.

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.pageTitle} · ${data.page.roadmap.title} · Fahrplan` : "Fahrplan" },
];

// After a 409 (another manager saved the review) the form shows what is stored now.
export const shouldRevalidate = revalidateAfterConflict;

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "report:read");
  const page = await getReviewPage({
    orgId: scope.org.id,
    roadmapId: idParam(params.roadmapId),
    today: todayIso(),
  });
  if (!page) notFound();
  const locale = context.get(requestContext).locale;
  return {
    page,
    pageTitle: translate(locale, page.mode === "paper" ? "reviews.paperLink" : "reviews.title"),
    orgSlug: scope.org.slug,
    orgName: scope.org.name,
    canEdit: can(scope.role, "roadmap:update"),
    obligationTitles: openObligationTitles(
      page.mode === "form"
        ? page.evidence.useCases
        : page.mode === "paper"
          ? page.snapshot.evidence.useCases
          : [],
      locale,
    ),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, actor, user } = actionContext(context);
  requirePermission(scope, "roadmap:update");
  const roadmapId = idParam(params.roadmapId);
  const formData = await request.formData();
  const which = parseForm(formData, ReviewIntentSchema, t);
  if (!which.ok) {
    return data(
      { ok: false as const, formError: t("roadmaps.errors.unknownAction") },
      { status: 400 },
    );
  }
  const intent = which.data.intent;
  const evidence = await getReviewEvidence({ orgId: scope.org.id, roadmapId, today: todayIso() });
  if (!evidence) notFound();
  const form = parseForm(
    formData,
    reviewSchema(
      evidence.useCases.map((u) => u.id),
      intent,
    ),
    t,
  );
  if (!form.ok) {
    return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  }
  const input = { ...actor, roadmapId, input: form.data };
  const result =
    intent === "save"
      ? await saveReviewDraft(input)
      : await completeReview({ ...input, evidence, completedByName: user.name });
  if (result.status === "not_found") notFound();
  if (result.status === "not_active") {
    return data({ ok: false as const, formError: t("reviews.errors.notActive") }, { status: 409 });
  }
  if (result.status === "conflict") {
    return conflictReply(
      formData,
      { formError: t("reviews.errors.conflictTitle"), current: result.current },
      {},
    );
  }
  return {
    ok: true as const,
    message: t(intent === "save" ? "reviews.saved" : "reviews.completed"),
  };
}

export default function ReviewPage({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { page } = d;
  const overview = `/o/${d.orgSlug}/roadmaps/${page.roadmap.id}`;
  if (page.mode === "paper") {
    return (
      <DecisionPaper
        snapshot={page.snapshot}
        orgName={d.orgName}
        backHref={overview}
        obligationTitles={d.obligationTitles}
      />
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <RoadmapPageHeader
        orgSlug={d.orgSlug}
        roadmap={page.roadmap}
        title={t("reviews.title")}
        intro={page.mode === "form" ? t("reviews.intro") : undefined}
      />
      {page.mode === "form" ? (
        <>
          {page.wasCompleted ? <p className="text-ink-muted">{t("reviews.wasCompleted")}</p> : null}
          <ReviewForm
            evidence={page.evidence}
            draft={page.draft}
            canEdit={d.canEdit}
            answer={actionData}
            obligationTitles={d.obligationTitles}
          />
        </>
      ) : (
        <Card aria-labelledby="review-unavailable" className="flex flex-col gap-3">
          <CardTitle id="review-unavailable">{t("reviews.unavailableTitle")}</CardTitle>
          <p>
            {page.roadmap.status === "completed"
              ? t("reviews.completedWithout")
              : t("reviews.unavailable", {
                  status: t(`roadmap.status.${page.roadmap.status}`),
                })}
          </p>
          <p>
            <Link to={overview} className={buttonClass("secondary")}>
              {t("reviews.toOverview")}
            </Link>
          </p>
        </Card>
      )}
    </div>
  );
}
