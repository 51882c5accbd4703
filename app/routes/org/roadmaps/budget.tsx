import { data, Form, useNavigation } from "react-router";
import type { Route } from "./+types/budget";
import { BudgetLineItem } from "~/components/budget/budget-line-item";
import { BudgetOverrunNote } from "~/components/budget/budget-overrun-note";
import { PhaseSection } from "~/components/roadmap/phase-section";
import { Button } from "~/components/ui/button";
import { deferred } from "~/components/ui/deferred";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { Select } from "~/components/ui/select";
import { requestContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { formatCents, translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { can } from "~/lib/permissions";
import { addBudgetLine, removeBudgetLine, updateBudgetLine } from "~/modules/budget/budget.server";
import { getRoadmapLedger } from "~/modules/roadmaps/learnings.server";
import { actionContext } from "~/lib/route/context.server";
import { conflictReply } from "~/lib/route/conflict.server";
import { refuse } from "~/lib/route/refuse.server";
import { revalidateAfterConflict } from "~/lib/route/revalidate";
import { PHASES } from "~/modules/calendar/phase-dates";
import {
  BudgetLineSchema,
  RemoveBudgetLineSchema,
  UpdateBudgetLineSchema,
} from "~/modules/roadmaps/schema";

// The page's header (links only): server-rendered at once, its browser code after the page's.
const RoadmapPageHeader = deferred(() =>
  import("~/components/roadmap/roadmap-page-header").then((m) => m.RoadmapPageHeader),
);

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.pageTitle} · ${data.roadmap.title} · Fahrplan` : "Fahrplan" },
];

export const shouldRevalidate = revalidateAfterConflict;

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const ledger = await getRoadmapLedger({
    orgId: scope.org.id,
    roadmapId: idParam(params.roadmapId),
  });
  if (!ledger) notFound();
  return {
    pageTitle: translate(context.get(requestContext).locale, "roadmaps.budget.title"),
    roadmap: ledger.roadmap,
    lines: ledger.budgetLines,
    orgSlug: scope.org.slug,
    canEdit: can(scope.role, "budget:update"),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, actor } = actionContext(context);
  requirePermission(scope, "budget:update");
  const roadmapId = idParam(params.roadmapId);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "add") {
    const form = parseForm(formData, BudgetLineSchema, t);
    if (!form.ok)
      return data(
        { ...form, intent: "add" as const, formError: t("validation.formErrors") },
        { status: 400 },
      );
    const result = await addBudgetLine({
      ...actor,
      roadmapId,
      phase: form.data.phase,
      label: form.data.label,
      plannedCents: form.data.planned,
      actualCents: form.data.actual,
    });
    if (result.status === "not_found") notFound();
    return { ok: true as const, intent: "add" as const, message: t("roadmaps.budget.added") };
  }
  if (intent === "update") {
    const form = parseForm(formData, UpdateBudgetLineSchema, t);
    if (!form.ok)
      return data(
        { ...form, intent: "update" as const, formError: t("validation.formErrors") },
        { status: 400 },
      );
    const result = await updateBudgetLine({
      ...actor,
      roadmapId,
      lineId: form.data.lineId,
      version: form.data.version,
      label: form.data.label,
      plannedCents: form.data.planned,
      actualCents: form.data.actual,
    });
    if (result.status === "not_found")
      return refuse(t, intent, "roadmaps.errors.lineNotFound", 404);
    if (result.status === "conflict") {
      const { current } = result;
      const formError = t("roadmaps.budget.conflict");
      return conflictReply(formData, { formError, current }, { intent: "update" as const });
    }
    return { ok: true as const, intent, message: t("roadmaps.budget.saved") };
  }
  if (intent === "remove") {
    const form = parseForm(formData, RemoveBudgetLineSchema, t);
    if (!form.ok) return refuse(t, intent, "roadmaps.errors.lineNotFound", 400);
    const result = await removeBudgetLine({ ...actor, roadmapId, ...form.data });
    if (result.status === "not_found")
      return refuse(t, intent, "roadmaps.errors.lineNotFound", 404);
    if (result.status === "conflict") {
      const { current } = result;
      const formError = t("roadmaps.budget.removeConflict");
      return conflictReply(formData, { formError, current }, { intent: "remove" as const });
    }
    return { ok: true as const, intent, message: t("roadmaps.budget.removed") };
  }
  return refuse(t, intent, "roadmaps.errors.unknownAction", 400);
}

export default function Budget({ loaderData: d, actionData: result }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const navigation = useNavigation();
  const money = (cents: number) => formatCents(cents, locale);
  const planned = d.lines.reduce((s, l) => s + l.plannedCents, 0);
  const actual = d.lines.reduce((s, l) => s + l.actualCents, 0);
  const invalid = result && !result.ok && "fieldErrors" in result ? result : undefined;
  const addFailed = invalid?.intent === "add" ? invalid : undefined;
  const lineFailed =
    invalid?.intent === "update" || invalid?.intent === "remove" ? invalid : undefined;
  return (
    <div className="flex flex-col gap-6">
      <RoadmapPageHeader
        orgSlug={d.orgSlug}
        roadmap={d.roadmap}
        title={d.pageTitle}
        intro={t("roadmaps.budget.intro")}
      />

      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[
          [t("roadmaps.budget.roadmapBudget"), money(d.roadmap.plannedBudgetCents)],
          [t("roadmaps.budget.plannedTotal"), money(planned)],
          [t("roadmaps.budget.actualTotal"), money(actual)],
          [
            t("roadmaps.budget.remaining"),
            money(
              (d.roadmap.plannedBudgetCents > 0 ? d.roadmap.plannedBudgetCents : planned) - actual,
            ),
          ],
        ].map(([label, value]) => (
          <div
            key={label}
            className="rounded-card border border-line bg-surface-raised p-4 shadow-card"
          >
            <dt className="text-caption text-ink-muted">{label}</dt>
            <dd className="text-title tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <BudgetOverrunNote
        budgetCents={d.roadmap.plannedBudgetCents}
        plannedCents={planned}
        actualCents={actual}
      />
      {result?.ok ? <FormAlert tone="success">{result.message}</FormAlert> : null}
      {result && !result.ok && "message" in result ? <FormAlert>{result.message}</FormAlert> : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex flex-col gap-4">
          {PHASES.map((phase) => {
            const lines = d.lines.filter((l) => l.phase === phase.kind);
            const p = lines.reduce((s, l) => s + l.plannedCents, 0);
            const a = lines.reduce((s, l) => s + l.actualCents, 0);
            return (
              <PhaseSection
                key={phase.kind}
                phase={phase}
                idPrefix="budget"
                aside={
                  <p
                    className={`text-caption tabular-nums ${a > p ? "font-medium text-danger" : "text-ink-muted"}`}
                  >
                    {t("roadmaps.budget.phaseTotals", { planned: money(p), actual: money(a) })}
                  </p>
                }
                isEmpty={lines.length === 0}
                emptyText={t("roadmaps.budget.emptyPhase")}
              >
                {lines.map((line) => (
                  <BudgetLineItem
                    key={line.id}
                    line={line}
                    canEdit={d.canEdit}
                    failure={lineFailed?.values?.lineId === line.id ? lineFailed : undefined}
                  />
                ))}
              </PhaseSection>
            );
          })}
        </div>
        {d.canEdit ? (
          <aside>
            <Form
              method="post"
              noValidate
              key={result?.intent === "add" && result.ok ? d.lines.length : "form"}
              aria-labelledby="add-line"
              className="flex flex-col gap-4 rounded-card border border-line bg-surface-raised p-5 shadow-card"
            >
              <h2 id="add-line" className="text-lead font-semibold">
                {t("roadmaps.budget.add")}
              </h2>
              <input type="hidden" name="intent" value="add" />
              {addFailed ? <FormAlert>{addFailed.formError}</FormAlert> : null}
              <Select
                label={t("roadmaps.learnings.phase")}
                name="phase"
                defaultValue={addFailed?.values?.phase ?? "analysis"}
                error={addFailed?.fieldErrors?.phase}
                options={PHASES.map((p) => ({
                  value: p.kind,
                  label: `${p.position}. ${t(`phase.${p.kind}`)}`,
                }))}
              />
              <Field
                label={t("roadmaps.budget.label")}
                name="label"
                maxLength={120}
                defaultValue={addFailed?.values?.label ?? ""}
                error={addFailed?.fieldErrors?.label}
              />
              <div className="grid grid-cols-2 gap-3">
                <Field
                  label={t("roadmaps.budget.planned")}
                  name="planned"
                  inputMode="decimal"
                  hint={t("roadmaps.fields.amountHint")}
                  defaultValue={addFailed?.values?.planned ?? ""}
                  error={addFailed?.fieldErrors?.planned}
                />
                <Field
                  label={t("roadmaps.budget.actual")}
                  name="actual"
                  inputMode="decimal"
                  defaultValue={addFailed?.values?.actual ?? ""}
                  error={addFailed?.fieldErrors?.actual}
                />
              </div>
              <div>
                <Button type="submit" disabled={navigation.state === "submitting"}>
                  {t("roadmaps.budget.submit")}
                </Button>
              </div>
            </Form>
          </aside>
        ) : null}
      </div>
    </div>
  );
}
