import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/detail";
import { KpiLineChart } from "~/components/charts/kpi-line-chart";
import { formatKpiValue } from "~/components/kpis/format";
import { KpiStatusBadge } from "~/components/kpis/kpi-status-badge";
import { Badge } from "~/components/ui/badge";
import { Button, buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { deferred } from "~/components/ui/deferred";
import { FormAlert } from "~/components/ui/form-alert";
import { requestContext } from "~/lib/context.server";
import { fieldFailure, parseForm } from "~/lib/forms.server";
import { conflictReply } from "~/lib/route/conflict.server";
import { revalidateAfterConflict } from "~/lib/route/revalidate";
import { notFound } from "~/lib/http.server";
import { createT, formatDate } from "~/lib/i18n";
import type { Locale, TFunction } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { pagePath, safeReturnPath, withParams } from "~/lib/paths";
import { can } from "~/lib/permissions";
import { idParam, pageParam } from "~/lib/params.server";
import { getKpiDetail, getKpiForEdit } from "~/modules/kpis/kpis.server";
import { setKpiArchived } from "~/modules/kpis/edit.server";
import {
  checkMeasurement,
  deleteMeasurement,
  recordMeasurement,
  updateMeasurement,
} from "~/modules/kpis/measurements.server";
import type { MeasurementChange, MeasurementFieldErrors } from "~/modules/kpis/measurements.server";
import {
  IntentSchema,
  MeasurementIdSchema,
  MeasurementSchema,
  RecordMeasurementSchema,
} from "~/modules/kpis/schema";
import { toWireSeries } from "~/modules/kpis/series-wire";
import { kpiChartSeries } from "~/modules/kpis/summary";
import { todayIso } from "~/modules/calendar/dates";

// Below the chart: server-rendered at once, their browser code after the page's.
const parts = () => import("~/components/kpis/detail-parts");
const KpiFigures = deferred(() => parts().then((m) => m.KpiFigures));
const DerivedKpiValues = deferred(() => parts().then((m) => m.DerivedKpiValues));
const RecordMeasurementForm = deferred(() => parts().then((m) => m.RecordMeasurementForm));
const MeasurementsTable = deferred(() => parts().then((m) => m.MeasurementsTable));
const MeasurementPager = deferred(() => parts().then((m) => m.MeasurementPager));

const FLASHES = ["created", "saved", "updated", "deleted", "archived", "restored"] as const;
type Flash = (typeof FLASHES)[number];

/** The rules a value or date broke, as the messages beside the fields. */
function measurementErrors(errors: MeasurementFieldErrors, t: TFunction, locale: Locale) {
  const messages: Record<string, string> = {};
  for (const [field, problem] of Object.entries(errors)) {
    const earliest = problem.earliest ? formatDate(problem.earliest, locale) : "";
    messages[field] = t(problem.key, { earliest });
  }
  return messages;
}

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.kpi.name} · Fahrplan` : "Fahrplan" },
];

export const shouldRevalidate = revalidateAfterConflict;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  const kpiId = idParam(params.kpiId);
  const search = new URL(request.url).searchParams;
  const page = pageParam(search.get("page"));
  const detail = await getKpiDetail({ orgId: scope.org.id, kpiId, page });
  if (!detail) notFound();
  // Past the last page (measurements were deleted since the link was made): the last one.
  const { pages } = detail.measurementPages;
  if (page > pages) throw redirect(pagePath(`/o/${scope.org.slug}/kpis/${kpiId}`, pages));
  const done = search.get("done");
  const canEdit = can(scope.role, "kpi:update");
  const canRecord =
    can(scope.role, "measurement:record") && !detail.kpi.isArchived && !detail.kpi.isDerived;
  const definition = {
    direction: detail.kpi.direction,
    baseline: detail.kpi.baseline,
    target: detail.kpi.target,
    baselineDate: detail.kpi.baselineDate,
    targetDate: detail.kpi.targetDate,
  };
  return {
    ...detail,
    series: toWireSeries(kpiChartSeries(definition, detail.values)),
    orgSlug: scope.org.slug,
    userId: user.id,
    today: todayIso(),
    editing: search.get("edit"),
    flash: (FLASHES as readonly string[]).includes(done ?? "") ? (done as Flash) : null,
    canEdit,
    canRecord,
    canChangeAll: canEdit,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const kpiId = idParam(params.kpiId);
  const formData = await request.formData();
  const intent = IntentSchema.safeParse({ intent: formData.get("intent") });
  if (!intent.success) {
    return data({ intent: null, formError: t("errors.badRequestBody") }, { status: 400 });
  }
  const kpi = await getKpiForEdit({ orgId: scope.org.id, kpiId });
  if (!kpi) notFound();
  const orgId = scope.org.id;
  const here = `/o/${scope.org.slug}/kpis/${kpiId}`;
  // The table's page a correction or delete was made on: the answer shows that page again.
  const onPage = (done: string) => {
    const page = Number(formData.get("page"));
    return withParams(pagePath(here, Number.isInteger(page) ? page : 1), { done });
  };
  const actor = { orgId, actorId: user.id, requestId };
  // Not the person's to change (403), or changed since the page showed it (409): no write.
  const refused = (
    intent: "update-measurement" | "delete-measurement",
    measurementId: string,
    result: Exclude<MeasurementChange, { status: "ok" }>,
  ) => {
    if (result.status === "not_found") {
      return data({ intent, formError: t("kpis.errors.notYours") }, { status: 403 });
    }
    const { current } = result;
    const key = intent === "update-measurement" ? "conflict" : "deleteConflict";
    const formError = t(`kpis.measurements.${key}`);
    return conflictReply(formData, { formError, current }, { intent, measurementId });
  };
  // A KPI derived from an oversight log takes no typed-in values (nor changes to any).
  if (kpi.isDerived && intent.data.intent !== "archive" && intent.data.intent !== "restore") {
    requirePermission(scope, "measurement:record");
    return data({ intent: null, formError: t("oversight.kpi.refused") }, { status: 409 });
  }

  switch (intent.data.intent) {
    case "record": {
      requirePermission(scope, "measurement:record");
      const form = parseForm(formData, RecordMeasurementSchema, t);
      if (!form.ok) return data({ ...form, intent: "record" as const }, { status: 400 });
      if (kpi.isArchived) {
        return data(
          {
            ...fieldFailure(formData, {}),
            intent: "record" as const,
            formError: t("kpis.errors.archived"),
          },
          { status: 409 },
        );
      }
      const result = await recordMeasurement({
        ...actor,
        kpiId,
        input: form.data,
        today: todayIso(),
      });
      if (result.status === "not_found") notFound();
      if (result.status === "invalid") {
        const errors = measurementErrors(result.fieldErrors, t, locale);
        return data(
          { ...fieldFailure(formData, errors), intent: "record" as const },
          { status: 400 },
        );
      }
      // A question the person answers in the form, with everything they typed kept.
      if (result.status === "same_day") {
        return data(
          { ...fieldFailure(formData, {}), intent: "record" as const, sameDay: result.existing },
          { status: 409 },
        );
      }
      if (result.status === "outlier") {
        return data(
          {
            ...fieldFailure(formData, { value: t("kpis.record.outlier") }),
            intent: "record" as const,
            outlier: result.history,
          },
          { status: 400 },
        );
      }
      const back = safeReturnPath(formData.get("redirectTo"), scope.org.slug, here);
      throw redirect(withParams(back, { recordedKpi: kpiId, m: result.id }));
    }
    case "update-measurement": {
      requirePermission(scope, "measurement:record");
      const which = MeasurementIdSchema.safeParse(Object.fromEntries(formData));
      if (!which.success) notFound();
      const form = parseForm(formData, MeasurementSchema, t);
      const problems = form.ok ? checkMeasurement(kpi, form.data, todayIso()) : null;
      const failure = !form.ok
        ? form
        : problems
          ? fieldFailure(formData, measurementErrors(problems, t, locale))
          : null;
      if (failure || !form.ok) {
        return data(
          {
            ...failure!,
            intent: "update-measurement" as const,
            measurementId: which.data.measurementId,
          },
          { status: 400 },
        );
      }
      const result = await updateMeasurement({
        ...actor,
        kpiId,
        ...which.data,
        canChangeAll: can(scope.role, "kpi:update"),
        input: form.data,
      });
      if (result.status !== "ok") {
        return refused("update-measurement", which.data.measurementId, result);
      }
      throw redirect(onPage("updated"));
    }
    case "delete-measurement": {
      requirePermission(scope, "measurement:record");
      const which = MeasurementIdSchema.safeParse(Object.fromEntries(formData));
      if (!which.success) notFound();
      const result = await deleteMeasurement({
        ...actor,
        kpiId,
        ...which.data,
        canChangeAll: can(scope.role, "kpi:update"),
      });
      if (result.status !== "ok") {
        return refused("delete-measurement", which.data.measurementId, result);
      }
      throw redirect(onPage("deleted"));
    }
    case "archive":
    case "restore": {
      requirePermission(scope, "kpi:update");
      const archived = intent.data.intent === "archive";
      await setKpiArchived({ ...actor, kpiId, archived });
      throw redirect(`${here}?done=${archived ? "archived" : "restored"}`);
    }
  }
}

export default function KpiDetailPage({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { kpi, summary } = d;
  const value = (v: number) => formatKpiValue(v, kpi.unit, locale);
  const here = `/o/${d.orgSlug}/kpis/${kpi.id}`;
  const chartSummary = summary.latest
    ? t("kpis.detail.summary", {
        value: value(summary.latest.value),
        date: formatDate(summary.latest.date, locale),
        expected: value(summary.expected ?? kpi.baseline),
        target: value(kpi.target),
        targetDate: formatDate(kpi.targetDate, locale),
        status: t(`kpis.status.${summary.status}`),
      })
    : t("kpis.detail.summaryNoData", {
        baseline: value(kpi.baseline),
        baselineDate: formatDate(kpi.baselineDate, locale),
        target: value(kpi.target),
        targetDate: formatDate(kpi.targetDate, locale),
      });
  const recordFailure = actionData && actionData.intent === "record" ? actionData : null;
  const rowFailure = actionData && "measurementId" in actionData ? actionData : null;
  const pageError =
    actionData && actionData.intent !== "record" && !rowFailure && "formError" in actionData
      ? actionData.formError
      : null;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Link to={`/o/${d.orgSlug}/kpis`} className="text-caption text-ink-muted hover:text-brand">
          ← {t("kpis.detail.back")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-display">{kpi.name}</h1>
          <KpiStatusBadge status={summary.status} />
          {kpi.isArchived ? <Badge>{t("kpis.tabs.archived")}</Badge> : null}
        </div>
        <p className="text-ink-muted">
          {t(`kpis.category.${kpi.category}`)} · {t(`kpis.direction.${kpi.direction}`)}
          {kpi.roadmapTitle ? ` · ${kpi.roadmapTitle}` : ""}
          {kpi.useCaseTitle ? ` · ${kpi.useCaseTitle}` : ""} · {t("kpis.detail.owner")}:{" "}
          {kpi.ownerName ?? t("kpis.noOwner")}
        </p>
      </header>

      {d.flash ? <FormAlert tone="success">{t(`kpis.flash.${d.flash}`)}</FormAlert> : null}
      {pageError ? <FormAlert>{pageError}</FormAlert> : null}
      {kpi.isArchived ? (
        <p className="rounded-control border border-line bg-surface-muted px-3 py-2 text-ink-muted">
          {t("kpis.detail.archived")}
        </p>
      ) : null}

      <KpiFigures kpi={kpi} summary={summary} />

      <Card aria-labelledby="chart-title">
        <CardTitle id="chart-title">{t("kpis.detail.chartTitle")}</CardTitle>
        <figure className="mt-3 flex flex-col gap-3">
          <figcaption className="text-ink-muted">{chartSummary}</figcaption>
          <KpiLineChart series={d.series} unit={kpi.unit} height={300} />
        </figure>
      </Card>

      {d.weeks ? <DerivedKpiValues orgSlug={d.orgSlug} kpi={kpi} weeks={d.weeks} /> : null}
      {/* A derived KPI has no measurements to record or show: its weeks stand above. */}
      <div
        className={`${d.weeks ? "hidden" : "grid"} grid-cols-1 items-start gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]`}
      >
        {d.canRecord ? (
          <Card aria-labelledby="record-title">
            <CardTitle id="record-title">{t("kpis.record.title")}</CardTitle>
            <div className="mt-3">
              <RecordMeasurementForm
                orgSlug={d.orgSlug}
                kpi={kpi}
                today={d.today}
                redirectTo={here}
                initial={recordFailure}
              />
            </div>
          </Card>
        ) : null}
        <Card aria-labelledby="measurements-title" className={d.canRecord ? "" : "lg:col-span-2"}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <CardTitle id="measurements-title">{t("kpis.measurements.title")}</CardTitle>
            <span className="text-caption text-ink-muted">
              {t("kpis.measurements.count", { count: d.measurementPages.total })}
            </span>
          </div>
          <MeasurementsTable
            measurements={d.measurements}
            unit={kpi.unit}
            editing={
              rowFailure?.intent === "update-measurement" ? rowFailure.measurementId : d.editing
            }
            failure={rowFailure}
            canChange={(m) =>
              !kpi.isArchived && (d.canChangeAll || (d.canRecord && m.recordedById === d.userId))
            }
            basePath={here}
            page={d.measurementPages.page}
          />
          <div className="mt-3">
            <MeasurementPager basePath={here} {...d.measurementPages} />
          </div>
        </Card>
      </div>

      {d.canEdit ? (
        <div className="flex flex-wrap gap-3 border-t border-line pt-4">
          {!kpi.isArchived ? (
            <Link to={`${here}/edit`} className={buttonClass("secondary")}>
              {t("kpis.detail.edit")}
            </Link>
          ) : null}
          <Form method="post">
            <input type="hidden" name="intent" value={kpi.isArchived ? "restore" : "archive"} />
            <Button type="submit" variant="ghost">
              {kpi.isArchived ? t("kpis.detail.restore") : t("kpis.detail.archive")}
            </Button>
          </Form>
        </div>
      ) : null}
    </div>
  );
}
