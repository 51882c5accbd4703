import { data, Form, Link, useNavigation } from "react-router";
import type { Route } from "./+types/assessment-result";
import { ObligationLiteracyCoverage } from "~/components/literacy/obligation-coverage";
import { TierBadge } from "~/components/use-cases/badges";
import { Badge } from "~/components/ui/badge";
import { Button, buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { FormAlert } from "~/components/ui/form-alert";
import { notFound } from "~/lib/http.server";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { getAssessmentResult, planObligations } from "~/modules/assessments/assessments.server";
import { getQuestion, QUESTIONS } from "~/modules/assessments/questions";
import type { AssessmentFlags } from "~/modules/assessments/rules";
import {
  AI_ACT_EUR_LEX,
  getObligation,
  isObligationCode,
  PROHIBITED_PRACTICES,
  RULESET_VERSION,
  SME_SUPPORT,
} from "~/modules/assessments/ruleset";
import type { Obligation, ObligationGroup } from "~/modules/assessments/ruleset";
import { getUseCaseLiteracy } from "~/modules/literacy/coverage.server";
import { todayIso } from "~/modules/roadmaps/dates";
import { pageTitle } from "~/modules/use-cases/page-title";
import { idParam, requestT } from "~/modules/use-cases/route-helpers.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const useCaseId = idParam(params.useCaseId);
  const assessmentId = idParam(params.assessmentId);
  const { t } = requestT(context);
  const view = await getAssessmentResult({ orgId: scope.org.id, useCaseId, assessmentId });
  if (!view) notFound();
  return {
    pageTitle: t("assessment.result.heading", { useCase: view.useCase.title }),
    orgSlug: scope.org.slug,
    ...view,
    today: todayIso(),
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
          : t("assessment.plan.nothingToPlan");
    return data({ tone: "danger" as const, notice }, { status: 400 });
  }
  const view = await getAssessmentResult({ orgId: scope.org.id, useCaseId, assessmentId });
  const roadmap = view?.useCase.roadmap?.title ?? "";
  return {
    tone: "success" as const,
    notice:
      result.created > 0
        ? t("assessment.plan.created", { count: result.created, roadmap })
        : t("assessment.plan.nothingNew", { roadmap }),
  };
}

const FLAG_KEYS = [
  "fria",
  "dpia",
  "informWorkers",
  "art22Gate",
  "processingAgreement",
  "transferSafeguards",
] as const satisfies readonly (keyof AssessmentFlags)[];

const GROUP_ORDER: ObligationGroup[] = [
  "everyone",
  "high_risk_provider",
  "high_risk_deployer",
  "importer",
  "distributor",
  "transparency",
  "gpai",
  "gdpr",
];

export default function AssessmentResultPage({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const navigation = useNavigation();
  const r = d.assessment.result;
  const base = `/o/${d.orgSlug}/use-cases/${d.useCase.id}`;
  const obligations: Obligation[] = r.obligations.filter(isObligationCode).map(getObligation);
  const planned = new Set(d.plannedCodes);
  const plannedCount = obligations.filter((o) => planned.has(o.code)).length;
  const date = d.assessment.completedAt
    ? formatDate(new Date(d.assessment.completedAt), locale, "long")
    : "";
  const fmt = (iso: string) => formatDate(iso, locale, "long");

  return (
    <div className="flex flex-col gap-6">
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
        <h1 className="text-display">
          {t("assessment.result.heading", { useCase: d.useCase.title })}
        </h1>
        <p className="text-ink-muted">
          {t("assessment.result.meta", {
            date,
            name: d.assessment.authorName ?? t("assessment.result.unknownAuthor"),
            version: d.assessment.rulesetVersion,
          })}
        </p>
        <p className="max-w-3xl text-caption text-ink-muted">{t("assessment.disclaimer")}</p>
        <div className="flex flex-wrap gap-2">
          <Link to={`${base}/assessments`} className={buttonClass("secondary")}>
            {t("assessment.result.history")}
          </Link>
          {d.canAssess ? (
            <Link to={`${base}/assessment`} className={buttonClass("ghost")}>
              {t("assessment.result.reassess")}
            </Link>
          ) : null}
        </div>
      </header>

      {!d.assessment.isCurrentRuleset ? (
        <p className="rounded-control bg-warning-soft px-3 py-2 font-medium text-warning">
          {t("assessment.result.outdatedRuleset", {
            version: d.assessment.rulesetVersion,
            current: RULESET_VERSION,
          })}
        </p>
      ) : null}
      {!d.isLatest ? (
        <p className="rounded-control bg-surface-muted px-3 py-2">
          {t("assessment.result.olderAssessment")}{" "}
          <Link to={base} className="font-medium text-brand underline underline-offset-2">
            {t("assessment.result.viewLatest")}
          </Link>
        </p>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2">
        <Card aria-labelledby="tier-title" className="flex flex-col gap-2">
          <CardTitle id="tier-title">{t("assessment.result.tierTitle")}</CardTitle>
          <p className="text-lead">
            <TierBadge tier={r.tier} />
          </p>
          <p>{t(`assessment.tierExplanation.${r.tier}`)}</p>
          {r.annexIIIArea ? (
            <p className="text-caption text-ink-muted">
              {t("assessment.result.annexIII", { area: r.annexIIIArea })}
              {r.annexIIIUse
                ? `: ${getQuestion("q8_annex_iii").options.find((o) => o.value === r.annexIIIUse)?.label[locale] ?? ""}`
                : ""}
            </p>
          ) : r.highRiskBasis === "annex_i" ? (
            <p className="text-caption text-ink-muted">{t("assessment.result.annexI")}</p>
          ) : null}
        </Card>
        <Card aria-labelledby="roles-title" className="flex flex-col gap-2">
          <CardTitle id="roles-title">{t("assessment.result.rolesTitle")}</CardTitle>
          {r.roles.length === 0 ? (
            <p className="text-ink-muted">{t("assessment.result.noRole")}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {r.roles.map((role) => (
                <li key={role}>
                  <Badge tone="brand">{t(`assessment.role.${role}`)}</Badge>
                  <p className="mt-1 text-caption text-ink-muted">
                    {t(`assessment.roleExplanation.${role}`)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <section
        aria-labelledby="judgements-title"
        className={`rounded-card border-2 p-5 ${
          r.judgements.length > 0
            ? "border-warning bg-warning-soft"
            : "border-line bg-surface-raised"
        }`}
      >
        <h2 id="judgements-title" className="flex items-center gap-2 text-title">
          <span aria-hidden="true">⚖</span>
          {t("assessment.result.judgementsTitle")}
          {r.judgements.length > 0 ? <Badge tone="warning">{r.judgements.length}</Badge> : null}
        </h2>
        {r.judgements.length === 0 ? (
          <p className="mt-2 text-ink-muted">{t("assessment.result.judgementsNone")}</p>
        ) : (
          <>
            <p className="mt-1 text-ink">{t("assessment.result.judgementsIntro")}</p>
            <ul className="mt-3 flex flex-col gap-2">
              {r.judgements.map((j) => {
                const question = QUESTIONS.find((q) => q.id === j.questionId);
                return (
                  <li key={j.code} className="rounded-control bg-surface-raised p-3 text-ink">
                    <p>{j.reason[locale]}</p>
                    {question ? (
                      <p className="mt-1 text-caption text-ink-muted">
                        {t("assessment.result.question", { number: question.number })}:{" "}
                        {question.label[locale]}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      {r.tier === "prohibited" ? (
        <Card aria-labelledby="prohibited-title" className="flex flex-col gap-2 border-danger">
          <CardTitle id="prohibited-title">{t("assessment.result.prohibitedTitle")}</CardTitle>
          <ul className="flex flex-col gap-1">
            {r.prohibitedPractices.map((code) => {
              const p = PROHIBITED_PRACTICES[code];
              return p ? (
                <li key={code}>
                  <span className="font-medium">{p.article}</span>: {p.title[locale]} ·{" "}
                  {t("assessment.result.appliesFrom", { date: fmt(p.appliesFrom) })}
                </li>
              ) : null;
            })}
          </ul>
          {r.fine ? (
            <div className="mt-2">
              <h3 className="font-semibold">{t("assessment.result.fineTitle")}</h3>
              <p>{r.fine.description[locale]}</p>
              <p className="text-caption text-ink-muted">
                {r.fine.cap === "lower_of"
                  ? t("assessment.result.fineSme")
                  : t("assessment.result.fineGeneral")}{" "}
                ({r.fine.article}; {r.fine.capArticle})
              </p>
            </div>
          ) : null}
        </Card>
      ) : null}

      <Card aria-labelledby="flags-title" className="flex flex-col gap-3">
        <CardTitle id="flags-title">{t("assessment.result.flagsTitle")}</CardTitle>
        <ul className="grid gap-2 md:grid-cols-2">
          {FLAG_KEYS.map((key) => {
            const on = r.flags[key];
            return (
              <li
                key={key}
                className={`flex min-w-0 items-start justify-between gap-3 rounded-control border px-3 py-2 ${
                  on ? "border-warning bg-warning-soft" : "border-line"
                }`}
              >
                <span
                  className={`min-w-0 hyphens-auto break-words ${on ? "font-medium text-ink" : "text-ink-muted"}`}
                >
                  {t(`assessment.result.flag.${key}`)}
                </span>
                <Badge tone={on ? "warning" : "neutral"}>
                  {on
                    ? t("assessment.result.flagRequired")
                    : t("assessment.result.flagNotRequired")}
                </Badge>
              </li>
            );
          })}
        </ul>
        {r.dpiaCriteria.length > 0 ? (
          <p className="text-caption text-ink-muted">
            {t("assessment.result.dpiaCriteria", {
              list: r.dpiaCriteria
                .map(
                  (c) =>
                    getQuestion("q19_dpia_criteria").options.find((o) => o.value === c)?.label[
                      locale
                    ] ?? c,
                )
                .join(", "),
            })}
          </p>
        ) : null}
      </Card>

      {r.notices.length > 0 ||
      r.derogationPossible ||
      r.systemicRiskNote ||
      r.smeSupport.length > 0 ? (
        <Card aria-labelledby="notes-title" className="flex flex-col gap-2">
          <CardTitle id="notes-title">{t("assessment.result.noticesTitle")}</CardTitle>
          <ul className="flex list-disc flex-col gap-1.5 pl-5">
            {r.derogationPossible ? <li>{t("assessment.result.derogationTitle")}</li> : null}
            {r.notices.map((n) => (
              <li key={n.code}>{n.text[locale]}</li>
            ))}
            {r.systemicRiskNote ? (
              <li>
                <span className="font-medium">{t("assessment.result.gpaiTitle")}:</span>{" "}
                {r.systemicRiskNote[locale]}
              </li>
            ) : null}
            {r.smeSupport.map((code) => {
              const s = SME_SUPPORT[code];
              return s ? (
                <li key={code}>
                  <span className="font-medium">
                    {s.title[locale]} ({s.article}):
                  </span>{" "}
                  {s.explanation[locale]}
                </li>
              ) : null;
            })}
          </ul>
        </Card>
      ) : null}

      <section aria-labelledby="obligations-title" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="obligations-title" className="text-title">
            {t("assessment.result.obligationsTitle")}{" "}
            <span className="text-body font-normal text-ink-muted">
              ({t("assessment.result.obligationsCount", { count: obligations.length })})
            </span>
          </h2>
          <a
            href={AI_ACT_EUR_LEX}
            target="_blank"
            rel="noreferrer"
            className="text-caption font-medium text-brand underline underline-offset-2"
          >
            {t("assessment.result.allArticles")}
          </a>
        </div>

        {obligations.length > 0 && d.isLatest ? (
          <Card aria-labelledby="plan-title" className="flex flex-col gap-2">
            <CardTitle id="plan-title">{t("assessment.plan.title")}</CardTitle>
            <p className="text-caption text-ink-muted tabular-nums">
              {t("assessment.plan.progress", {
                planned: plannedCount,
                total: obligations.length,
              })}
            </p>
            {actionData ? <FormAlert tone={actionData.tone}>{actionData.notice}</FormAlert> : null}
            {d.useCase.roadmap ? (
              <>
                <p>{t("assessment.plan.intro", { roadmap: d.useCase.roadmap.title })}</p>
                <div className="flex flex-wrap gap-2">
                  {d.canPlan ? (
                    <Form method="post">
                      <Button
                        type="submit"
                        name="intent"
                        value="plan"
                        disabled={navigation.state === "submitting"}
                      >
                        {t("assessment.plan.button")}
                      </Button>
                    </Form>
                  ) : null}
                  <Link
                    to={`/o/${d.orgSlug}/roadmaps/${d.useCase.roadmap.id}`}
                    className={buttonClass("ghost")}
                  >
                    {t("assessment.plan.openRoadmap")}
                  </Link>
                </div>
              </>
            ) : (
              <p className="text-ink-muted">{t("assessment.plan.needsRoadmap")}</p>
            )}
          </Card>
        ) : null}

        {obligations.length === 0 ? (
          <p className="text-ink-muted">{t("assessment.result.obligationsNone")}</p>
        ) : (
          GROUP_ORDER.map((group) => {
            const items = obligations.filter((o) => o.group === group);
            if (items.length === 0) return null;
            return (
              <Card key={group} aria-labelledby={`group-${group}`} className="flex flex-col gap-2">
                <h3 id={`group-${group}`} className="text-lead font-semibold">
                  {t(`assessment.result.group.${group}`)}
                </h3>
                <ul className="divide-y divide-line">
                  {items.map((o) => {
                    const from = r.obligationAppliesFrom[o.code] ?? o.appliesFrom ?? "";
                    const inForce = from !== "" && from <= d.today;
                    return (
                      <li
                        key={o.code}
                        id={`obligation-${o.code}`}
                        className="flex scroll-mt-4 flex-col gap-1 py-3 target:rounded-control target:bg-brand-soft target:px-2"
                      >
                        <div className="flex flex-wrap items-center gap-2">
                          <h4 className="font-semibold">{o.title[locale]}</h4>
                          {planned.has(o.code) ? (
                            <Badge tone="success">{t("assessment.result.planned")}</Badge>
                          ) : null}
                        </div>
                        <p>{o.explanation[locale]}</p>
                        <ObligationLiteracyCoverage code={o.code} coverage={d.literacy} />
                        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-caption text-ink-muted">
                          <a
                            href={o.eurLexUrl}
                            target="_blank"
                            rel="noreferrer"
                            className="font-medium text-brand underline underline-offset-2"
                          >
                            {t("assessment.result.openArticle", { article: o.article })}
                          </a>
                          {from ? (
                            inForce ? (
                              <Badge tone="warning">
                                {t("assessment.result.inForce")} ·{" "}
                                {t("assessment.result.appliesFrom", { date: fmt(from) })}
                              </Badge>
                            ) : (
                              <span>{t("assessment.result.appliesFrom", { date: fmt(from) })}</span>
                            )
                          ) : null}
                          <span>
                            {t("assessment.result.suggestedPhase", {
                              phase: t(`phase.${o.suggestedPhase}`),
                            })}
                          </span>
                        </p>
                      </li>
                    );
                  })}
                </ul>
              </Card>
            );
          })
        )}
      </section>
    </div>
  );
}
