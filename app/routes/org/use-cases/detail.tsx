import { data, Form, Link, redirect } from "react-router";
import { deferred } from "~/components/ui/deferred";
import type { Route } from "./+types/detail";
import { QuadrantBadge, StatusBadge, TierBadge } from "~/components/use-cases/badges";
import { Button, buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { FormAlert } from "~/components/ui/form-alert";
import { parseForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { formatCents, formatDate, formatNumber, formatPercent } from "~/lib/i18n";
import type { MessageKey } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { can } from "~/lib/permissions";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { todayIso } from "~/modules/calendar/dates";
import { DEFAULT_WORKING_WEEKS } from "~/modules/use-cases/priority";
import type { UseCaseRatings } from "~/modules/use-cases/priority";
import { ArchiveSchema, ChangeStatusSchema } from "~/modules/use-cases/schema";
import { isForwardTransition, nextStatuses } from "~/modules/use-cases/status";
import { getUseCasePage } from "~/modules/use-cases/page.server";
import { changeUseCaseStatus, setUseCaseArchived } from "~/modules/use-cases/edit.server";

// What only shows: server-rendered at once, its browser code after the page's (see deferred).
const OversightSection = deferred(() =>
  import("~/components/oversight/oversight-section").then((m) => m.OversightSection),
);
const UseCaseTeamCard = deferred(() =>
  import("~/components/literacy/use-case-team").then((m) => m.UseCaseTeamCard),
);
const DataReadinessCard = deferred(() =>
  import("~/components/data-sources/readiness-card").then((m) => m.DataReadinessCard),
);
const PriorityFormula = deferred(() =>
  import("~/components/use-cases/priority-formula").then((m) => m.PriorityFormula),
);

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.useCase.title);

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const useCaseId = idParam(params.useCaseId);
  const page = await getUseCasePage({ orgId: scope.org.id, useCaseId, today: todayIso() });
  if (!page) notFound();
  const { useCase, oversight, team, dataReadiness, stopDecision } = page;
  return {
    orgSlug: scope.org.slug,
    useCase,
    oversight,
    role: scope.role,
    canEdit: can(scope.role, "usecase:update"),
    canAssess: can(scope.role, "assessment:update"),
    team,
    dataReadiness,
    // Why a closing review stopped it (only a review stops a use case).
    stopDecision: useCase.status === "stopped" ? stopDecision : null,
    canManageData: can(scope.role, "datasource:manage") && !useCase.isArchived,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "usecase:update");
  const useCaseId = idParam(params.useCaseId);
  const user = getUser(context);
  const { t, requestId } = requestT(context);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const actor = { orgId: scope.org.id, actorId: user.id, requestId, useCaseId };

  let result;
  if (intent === "status") {
    const form = parseForm(formData, ChangeStatusSchema, t);
    if (!form.ok) {
      return data({ error: t("useCases.validation.status") }, { status: 400 });
    }
    result = await changeUseCaseStatus({ ...actor, ...form.data });
  } else if (intent === "archive" || intent === "restore") {
    const form = parseForm(formData, ArchiveSchema, t);
    if (!form.ok) return data({ error: t("useCases.validation.version") }, { status: 400 });
    result = await setUseCaseArchived({
      ...actor,
      version: form.data.version,
      archived: intent === "archive",
    });
  } else {
    return data({ error: t("errors.badRequestBody") }, { status: 400 });
  }

  if (result.ok) throw redirect(`/o/${scope.org.slug}/use-cases/${useCaseId}`);
  if (result.reason === "not_found") notFound();
  if (result.reason === "conflict") {
    return data({ error: t("useCases.conflict.statusBody") }, { status: 409 });
  }
  return data({ error: t("useCases.validation.status") }, { status: 400 });
}

const RATING_ROWS: { key: keyof UseCaseRatings; label: MessageKey; inverse?: boolean }[] = [
  { key: "value", label: "useCases.field.ratingValue" },
  { key: "dataQuality", label: "useCases.field.ratingDataQuality" },
  { key: "dataProtectionRisk", label: "useCases.field.ratingDataProtection", inverse: true },
  { key: "teamReadiness", label: "useCases.field.ratingTeamReadiness" },
  { key: "effort", label: "useCases.field.ratingEffort", inverse: true },
];

export default function UseCaseDetail({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const u = d.useCase;
  const base = `/o/${d.orgSlug}/use-cases/${u.id}`;
  const assessHref = `${base}/assessment`;
  const totalCents = u.annualHoursValueCents + u.extraRevenueCents;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Link
          to={`/o/${d.orgSlug}/use-cases`}
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          ← {t("useCases.detail.backToList")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-display">{u.title}</h1>
          <StatusBadge status={u.status} />
          <QuadrantBadge quadrant={u.quadrant} />
          <TierBadge tier={u.latestAssessment?.tier ?? null} />
        </div>
        <p className="text-ink-muted">
          {t(`useCases.area.${u.area}`)} · {t("useCases.detail.owner")}:{" "}
          {u.ownerName ?? t("useCases.field.noOwner")}
        </p>
        {d.canEdit && !u.isArchived ? (
          <div>
            <Link to={`${base}/edit`} className={buttonClass("secondary")}>
              {t("useCases.detail.edit")}
            </Link>
          </div>
        ) : null}
      </header>

      <FormAlert>{actionData?.error}</FormAlert>
      {u.isArchived ? (
        <p className="rounded-control border border-line bg-surface-muted px-3 py-2 text-ink">
          {t("useCases.detail.archivedNote")}
        </p>
      ) : null}

      {d.stopDecision ? (
        <p className="rounded-control border border-warning bg-warning-soft px-3 py-2 text-ink">
          {t("reviews.stoppedBy", {
            roadmap: d.stopDecision.roadmap.title,
            reason: d.stopDecision.reason,
          })}{" "}
          <Link
            to={`/o/${d.orgSlug}/roadmaps/${d.stopDecision.roadmap.id}/review`}
            className="font-medium text-brand underline-offset-2 hover:underline"
          >
            {t("reviews.paperLink")}
          </Link>
        </p>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-3">
        <Card aria-labelledby="overview-title" className="flex flex-col gap-3 lg:col-span-2">
          <CardTitle id="overview-title">{t("useCases.detail.overview")}</CardTitle>
          {u.description ? <p className="whitespace-pre-line">{u.description}</p> : null}
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
            <div>
              <dt className="text-caption text-ink-muted">{t("useCases.detail.roadmap")}</dt>
              <dd>
                {u.roadmapId ? (
                  <Link
                    to={`/o/${d.orgSlug}/roadmaps/${u.roadmapId}`}
                    className="font-medium text-brand underline-offset-2 hover:underline"
                  >
                    {u.roadmapTitle}
                  </Link>
                ) : (
                  t("useCases.field.noRoadmap")
                )}
              </dd>
            </div>
            <div>
              <dt className="text-caption text-ink-muted">{t("useCases.detail.owner")}</dt>
              <dd>{u.ownerName ?? t("useCases.field.noOwner")}</dd>
            </div>
          </dl>

          <h3 className="mt-2 font-semibold">{t("useCases.detail.benefit")}</h3>
          {totalCents === 0 && u.errorReductionPct === 0 ? (
            <p className="text-ink-muted">{t("useCases.benefit.none")}</p>
          ) : (
            <dl className="grid gap-3 sm:grid-cols-3">
              <div className="rounded-control bg-surface-muted p-3">
                <dt className="text-caption text-ink-muted">{t("useCases.benefit.timeValue")}</dt>
                <dd className="text-lead font-semibold tabular-nums">
                  {t("useCases.benefit.perYear", {
                    amount: formatCents(u.annualHoursValueCents, locale),
                  })}
                </dd>
                <dd className="text-caption text-ink-muted tabular-nums">
                  {t("useCases.benefit.hoursFormula", {
                    hours: formatNumber(u.hoursSavedPerWeek, locale, { maximumFractionDigits: 2 }),
                    rate: formatCents(u.hourlyCostCents, locale),
                    weeks: DEFAULT_WORKING_WEEKS,
                  })}
                </dd>
              </div>
              <div className="rounded-control bg-surface-muted p-3">
                <dt className="text-caption text-ink-muted">
                  {t("useCases.benefit.extraRevenue")}
                </dt>
                <dd className="text-lead font-semibold tabular-nums">
                  {t("useCases.benefit.perYear", {
                    amount: formatCents(u.extraRevenueCents, locale),
                  })}
                </dd>
              </div>
              <div className="rounded-control bg-surface-muted p-3">
                <dt className="text-caption text-ink-muted">
                  {t("useCases.benefit.errorReduction")}
                </dt>
                <dd className="text-lead font-semibold tabular-nums">
                  {formatPercent(u.errorReductionPct, locale)}
                </dd>
              </div>
            </dl>
          )}
        </Card>

        <Card aria-labelledby="priority-title" className="flex flex-col gap-3">
          <CardTitle id="priority-title">{t("useCases.priority.score")}</CardTitle>
          <p className="flex items-baseline gap-2">
            <span className="text-display tabular-nums">{u.score}</span>
            <span className="text-ink-muted">/ 100</span>
          </p>
          <p className="text-caption text-ink-muted">
            {t("useCases.priority.feasibility")}:{" "}
            <span className="font-medium text-ink tabular-nums">
              {formatNumber(u.feasibility, locale, { maximumFractionDigits: 2 })}
            </span>{" "}
            · {t(`useCases.quadrantHint.${u.quadrant}`)}
          </p>
          <h3 className="sr-only">{t("useCases.detail.ratings")}</h3>
          <dl className="flex flex-col gap-1.5">
            {RATING_ROWS.map((row) => (
              <div key={row.key} className="flex items-center justify-between gap-3">
                <dt className="text-caption">{t(row.label)}</dt>
                <dd className="flex items-center gap-1">
                  <span className="sr-only">{u.ratings[row.key]} / 5</span>
                  {[1, 2, 3, 4, 5].map((n) => (
                    <span
                      key={n}
                      aria-hidden="true"
                      className={`h-2.5 w-5 rounded-full ${
                        n <= u.ratings[row.key]
                          ? row.inverse
                            ? "bg-warning"
                            : "bg-brand"
                          : "bg-surface-muted"
                      }`}
                    />
                  ))}
                  <span aria-hidden="true" className="ml-1 w-3 text-caption tabular-nums">
                    {u.ratings[row.key]}
                  </span>
                </dd>
              </div>
            ))}
          </dl>
          <PriorityFormula ratings={u.ratings} feasibility={u.feasibility} score={u.score} />
        </Card>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="assessment-title" className="flex flex-col gap-3">
          <CardTitle id="assessment-title">{t("useCases.detail.assessmentTitle")}</CardTitle>
          {u.latestAssessment ? (
            <div className="flex flex-col gap-1">
              <p className="flex flex-wrap items-center gap-2">
                <TierBadge tier={u.latestAssessment.tier} />
              </p>
              {u.latestAssessment.completedAt ? (
                <p className="text-caption text-ink-muted">
                  {t("useCases.detail.lastAssessed", {
                    date: formatDate(new Date(u.latestAssessment.completedAt), locale),
                    name: u.latestAssessment.authorName ?? t("assessment.result.unknownAuthor"),
                  })}
                </p>
              ) : null}
            </div>
          ) : (
            <p className="text-ink-muted">{t("useCases.detail.notAssessed")}</p>
          )}
          {u.hasDraft ? <p className="text-caption">{t("useCases.detail.draftOpen")}</p> : null}
          <div className="flex flex-wrap gap-2">
            {u.latestAssessment ? (
              <Link
                to={`${base}/assessments/${u.latestAssessment.id}`}
                className={buttonClass("primary")}
              >
                {t("useCases.detail.viewResult")}
              </Link>
            ) : null}
            {d.canAssess ? (
              <Link
                to={assessHref}
                className={buttonClass(u.latestAssessment ? "secondary" : "primary")}
              >
                {u.hasDraft
                  ? t("useCases.detail.resumeAssessment")
                  : u.latestAssessment
                    ? t("useCases.detail.reassess")
                    : t("useCases.detail.startAssessment")}
              </Link>
            ) : null}
            {u.assessmentCount > 0 ? (
              <Link to={`${base}/assessments`} className={buttonClass("ghost")}>
                {t("useCases.detail.history", { count: u.assessmentCount })}
              </Link>
            ) : null}
          </div>
        </Card>

        <Card aria-labelledby="status-title" className="flex flex-col gap-3">
          <CardTitle id="status-title">{t("useCases.detail.statusTitle")}</CardTitle>
          <p className="text-caption text-ink-muted">{t("useCases.detail.statusIntro")}</p>
          <p>
            <StatusBadge status={u.status} />
          </p>
          {d.canEdit && !u.isArchived ? (
            <Form method="post" className="flex flex-wrap gap-2">
              <input type="hidden" name="intent" value="status" />
              <input type="hidden" name="version" value={u.version} />
              {nextStatuses(u.status).map((next) => (
                <Button
                  key={next}
                  type="submit"
                  name="status"
                  value={next}
                  variant={isForwardTransition(u.status, next) ? "primary" : "secondary"}
                >
                  {t("useCases.detail.moveTo", { status: t(`useCases.status.${next}`) })}
                </Button>
              ))}
            </Form>
          ) : null}
          {d.canEdit ? (
            <Form method="post" className="mt-2 flex flex-col gap-1 border-t border-line pt-3">
              <input type="hidden" name="version" value={u.version} />
              <p className="text-caption text-ink-muted">{t("useCases.detail.archiveHint")}</p>
              <div>
                <Button
                  type="submit"
                  name="intent"
                  value={u.isArchived ? "restore" : "archive"}
                  variant="ghost"
                >
                  {u.isArchived ? t("useCases.detail.restore") : t("useCases.detail.archive")}
                </Button>
              </div>
            </Form>
          ) : null}
        </Card>
      </div>

      <OversightSection orgSlug={d.orgSlug} useCase={u} oversight={d.oversight} role={d.role} />
      <UseCaseTeamCard team={d.team} canEdit={d.canEdit && !u.isArchived} />
      <DataReadinessCard
        readiness={d.dataReadiness}
        href={`${base}/data-sources`}
        canManage={d.canManageData}
      />
    </div>
  );
}
