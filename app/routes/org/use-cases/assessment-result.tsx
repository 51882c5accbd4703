import { data } from "react-router";
import type { Route } from "./+types/assessment-result";
import { ObligationLiteracyCoverage } from "~/components/literacy/obligation-coverage";
import { Obligations } from "~/components/assessments/obligations";
import { ResultHeader } from "~/components/assessments/result-header";
import { deferred } from "~/components/ui/deferred";
import { notFound } from "~/lib/http.server";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { planObligations } from "~/modules/assessments/obligation-plan.server";
import { getAssessmentResult } from "~/modules/assessments/results.server";
import { listObligations } from "~/modules/assessments/obligation-list";
import { todayIso } from "~/modules/calendar/dates";
import { pageTitle } from "~/lib/route/meta";
import { idParam } from "~/lib/params.server";
import { requestT } from "~/lib/route/context.server";
import { getUseCaseLiteracy } from "~/modules/literacy/coverage.server";

// The result's cards only show (the tier, judgements, flags, notes) and take the question
// and rule texts with them: server-rendered at once, their browser code after the page's.
const cards = () => import("~/components/assessments/result-cards");
const TierAndRoles = deferred(() => cards().then((m) => m.TierAndRoles));
const Judgements = deferred(() => cards().then((m) => m.Judgements));
const ProhibitedPractices = deferred(() => cards().then((m) => m.ProhibitedPractices));
const Flags = deferred(() => cards().then((m) => m.Flags));
const ResultNotes = deferred(() => cards().then((m) => m.ResultNotes));

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const useCaseId = idParam(params.useCaseId);
  const assessmentId = idParam(params.assessmentId);
  const { t } = requestT(context);
  const view = await getAssessmentResult({ orgId: scope.org.id, useCaseId, assessmentId });
  if (!view) notFound();
  const today = todayIso();
  return {
    pageTitle: t("assessment.result.heading", { useCase: view.useCase.title }),
    orgSlug: scope.org.slug,
    ...view,
    // The listed obligations with their texts: the catalogue stays on the server.
    obligations: listObligations(view.assessment.result, view.plannedCodes, today),
    literacy: await getUseCaseLiteracy({ orgId: scope.org.id, useCaseId }),
    canAssess: can(scope.role, "assessment:update"),
    canPlan: can(scope.role, "assessment:update") && can(scope.role, "task:create"),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "assessment:update");
  requirePermission(scope, "task:create");
  const useCaseId = idParam(params.useCaseId);
  const assessmentId = idParam(params.assessmentId);
  const user = getUser(context);
  const { t, requestId } = requestT(context);
  const form = await request.formData();
  if (form.get("intent") !== "plan") {
    return data({ tone: "danger" as const, notice: t("errors.badRequestBody") }, { status: 400 });
  }
  const roadmapTitle = async () =>
    (await getAssessmentResult({ orgId: scope.org.id, useCaseId, assessmentId }))?.useCase.roadmap
      ?.title ?? "";
  const result = await planObligations({
    orgId: scope.org.id,
    actorId: user.id,
    requestId,
    useCaseId,
    assessmentId,
    orgSlug: scope.org.slug,
  });
  if (!result.ok) {
    if (result.reason === "not_found" || result.reason === "no_assessment") notFound();
    const notice =
      result.reason === "no_roadmap"
        ? t("assessment.plan.needsRoadmap")
        : result.reason === "not_latest"
          ? t("assessment.plan.onlyLatest")
          : result.reason === "no_open_phase"
            ? t("assessment.plan.noOpenPhase", { roadmap: await roadmapTitle() })
            : t("assessment.plan.nothingToPlan");
    return data({ tone: "danger" as const, notice }, { status: 400 });
  }
  const roadmap = await roadmapTitle();
  return {
    tone: "success" as const,
    notice:
      result.created > 0
        ? t("assessment.plan.created", { count: result.created, roadmap })
        : t("assessment.plan.nothingNew", { roadmap }),
    placed: result.placed,
  };
}

export default function AssessmentResultPage({ loaderData: d, actionData }: Route.ComponentProps) {
  const r = d.assessment.result;
  const useCaseHref = `/o/${d.orgSlug}/use-cases/${d.useCase.id}`;
  const roadmap = d.useCase.roadmap;
  return (
    <div className="flex flex-col gap-6">
      <ResultHeader
        useCase={d.useCase}
        assessment={d.assessment}
        useCaseHref={useCaseHref}
        isLatest={d.isLatest}
        canAssess={d.canAssess}
      />
      <TierAndRoles result={r} />
      <Judgements judgements={r.judgements} />
      {r.tier === "prohibited" ? <ProhibitedPractices result={r} /> : null}
      <Flags result={r} />
      <ResultNotes result={r} />
      <Obligations
        list={d.obligations}
        plan={
          d.isLatest
            ? {
                roadmap: roadmap
                  ? { title: roadmap.title, href: `/o/${d.orgSlug}/roadmaps/${roadmap.id}` }
                  : null,
                canPlan: d.canPlan,
                notice: actionData,
              }
            : null
        }
        evidence={(code) => <ObligationLiteracyCoverage code={code} coverage={d.literacy} />}
      />
    </div>
  );
}
