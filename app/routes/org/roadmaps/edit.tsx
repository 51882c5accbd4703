import { data, Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/edit";
import { RoadmapNav } from "~/components/roadmap/roadmap-nav";
import { Button, buttonClass } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { Textarea } from "~/components/ui/textarea";
import { requestContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { formatCents, formatDate, translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { actionContext } from "~/lib/route/context.server";
import { centsToInput } from "~/modules/roadmaps/money";
import {
  getRoadmapForEdit,
  previewStartDateChange,
  updateRoadmap,
} from "~/modules/roadmaps/roadmaps.server";
import type { RoadmapForEdit } from "~/modules/roadmaps/roadmaps.server";
import { EditRoadmapSchema } from "~/modules/roadmaps/schema";
import type { StartDateChange } from "~/modules/roadmaps/reschedule";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.pageTitle} · Fahrplan` : "Fahrplan" },
];

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "roadmap:update");
  const { locale } = context.get(requestContext);
  const roadmap = await getRoadmapForEdit({
    orgId: scope.org.id,
    roadmapId: idParam(params.roadmapId),
  });
  if (!roadmap) notFound();
  return {
    pageTitle: `${translate(locale, "roadmaps.edit.title")}: ${roadmap.title}`,
    roadmap,
    orgSlug: scope.org.slug,
  };
}

/** How many moved tasks the confirm step lists by name; the rest are counted. */
const PREVIEW_TASKS = 12;

type ActionResult =
  | {
      kind: "invalid";
      fieldErrors: Record<string, string>;
      values: Record<string, string>;
      formError: string;
    }
  | { kind: "preview"; values: Record<string, string>; change: StartDateChange; more: number }
  | {
      kind: "conflict";
      values: Record<string, string>;
      current: RoadmapForEdit;
      formError: string;
    };

export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, actor, locale } = actionContext(context);
  requirePermission(scope, "roadmap:update");
  const roadmapId = idParam(params.roadmapId);
  const formData = await request.formData();
  const form = parseForm(formData, EditRoadmapSchema, t);
  if (!form.ok) {
    return data<ActionResult>(
      { kind: "invalid", ...form, formError: t("validation.formErrors") },
      { status: 400 },
    );
  }
  const values = {
    title: form.data.title,
    ambition: form.data.ambition,
    focusArea: form.data.focusArea,
    startDate: form.data.startDate,
    plannedBudget: centsToInput(form.data.plannedBudget, locale),
  };
  const current = await getRoadmapForEdit({ orgId: scope.org.id, roadmapId });
  if (!current) notFound();
  const conflict = () =>
    data<ActionResult>(
      { kind: "conflict", values, current: current!, formError: t("roadmaps.edit.conflict") },
      { status: 409 },
    );
  if (current.version !== form.data.version) return conflict();

  // A new start date moves the whole plan: show what moves and ask once more.
  if (form.data.startDate !== current.startDate && formData.get("confirm") !== "yes") {
    const change = await previewStartDateChange({
      orgId: scope.org.id,
      roadmapId,
      oldStart: current.startDate,
      newStart: form.data.startDate,
    });
    return data<ActionResult>({
      kind: "preview",
      values,
      more: Math.max(0, change.tasks.length - PREVIEW_TASKS),
      change: { ...change, tasks: change.tasks.slice(0, PREVIEW_TASKS) },
    });
  }
  const result = await updateRoadmap({ ...actor, roadmapId, data: form.data });
  if (result.status === "not_found") notFound();
  if (result.status === "conflict") {
    return data<ActionResult>(
      { kind: "conflict", values, current: result.current, formError: t("roadmaps.edit.conflict") },
      { status: 409 },
    );
  }
  return redirect(`/o/${scope.org.slug}/roadmaps/${roadmapId}`);
}

export default function EditRoadmap({ loaderData: d, actionData: result }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const navigation = useNavigation();
  const errors = result?.kind === "invalid" ? result.fieldErrors : undefined;
  const values = result?.values;
  const r = d.roadmap;
  const busy = navigation.state === "submitting";
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-caption font-medium text-ink-muted">{r.title}</p>
        <h1 className="text-display">{t("roadmaps.edit.title")}</h1>
      </header>
      <RoadmapNav orgSlug={d.orgSlug} roadmapId={r.id} />

      {result?.kind === "preview" ? (
        <MovePreview
          change={result.change}
          more={result.more}
          values={result.values}
          version={r.version}
          cancelHref={`/o/${d.orgSlug}/roadmaps/${r.id}/edit`}
          busy={busy}
        />
      ) : null}

      {result?.kind === "conflict" ? (
        <section
          aria-labelledby="conflict-title"
          className="rounded-card border border-warning bg-warning-soft p-4"
        >
          <h2 id="conflict-title" className="font-semibold text-warning">
            {result.formError}
          </h2>
          <p className="mt-1 text-caption">{t("roadmaps.edit.conflictBody")}</p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-caption">
            <dt className="font-medium">{t("roadmaps.fields.title")}</dt>
            <dd>{result.current.title}</dd>
            <dt className="font-medium">{t("roadmaps.fields.startDate")}</dt>
            <dd>{formatDate(result.current.startDate, locale)}</dd>
            <dt className="font-medium">{t("roadmaps.fields.plannedBudget")}</dt>
            <dd>{formatCents(result.current.plannedBudgetCents, locale)}</dd>
            <dt className="font-medium">{t("roadmaps.fields.ambition")}</dt>
            <dd>{result.current.ambition || "—"}</dd>
          </dl>
        </section>
      ) : null}
      {result?.kind === "invalid" ? <FormAlert>{result.formError}</FormAlert> : null}

      <Form
        method="post"
        noValidate
        key={`${r.version}-${result?.kind ?? ""}`}
        className="flex max-w-2xl flex-col gap-5 rounded-card border border-line bg-surface-raised p-5 shadow-card sm:p-6"
      >
        <input type="hidden" name="version" value={r.version} />
        <Field
          label={t("roadmaps.fields.title")}
          name="title"
          required
          maxLength={120}
          defaultValue={values?.title ?? r.title}
          error={errors?.title}
        />
        <Textarea
          label={t("roadmaps.fields.ambition")}
          name="ambition"
          rows={3}
          hint={t("roadmaps.fields.ambitionHint")}
          defaultValue={values?.ambition ?? r.ambition}
          error={errors?.ambition}
        />
        <Field
          label={t("roadmaps.fields.focusArea")}
          name="focusArea"
          defaultValue={values?.focusArea ?? r.focusArea}
          error={errors?.focusArea}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t("roadmaps.fields.startDate")}
            name="startDate"
            type="date"
            required
            hint={t("roadmaps.edit.startDateHint")}
            defaultValue={values?.startDate ?? r.startDate}
            error={errors?.startDate}
          />
          <Field
            label={t("roadmaps.fields.plannedBudget")}
            name="plannedBudget"
            inputMode="decimal"
            hint={t("roadmaps.fields.amountHint")}
            defaultValue={values?.plannedBudget ?? centsToInput(r.plannedBudgetCents, locale)}
            error={errors?.plannedBudget}
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={busy}>
            {t("roadmaps.edit.submit")}
          </Button>
          <Link to={`/o/${d.orgSlug}/roadmaps/${r.id}`} className={buttonClass("ghost")}>
            {t("roadmaps.edit.cancel")}
          </Link>
        </div>
      </Form>
    </div>
  );
}

function MovePreview({
  change,
  more,
  values,
  version,
  cancelHref,
  busy,
}: {
  change: StartDateChange;
  more: number;
  values: Record<string, string>;
  version: number;
  cancelHref: string;
  busy: boolean;
}) {
  const { t, locale } = useI18n();
  const date = (iso: string) => formatDate(iso, locale);
  const direction = change.shiftDays > 0 ? "later" : "earlier";
  return (
    <section
      aria-labelledby="preview-title"
      className="rounded-card border-2 border-brand bg-surface-raised p-5 shadow-card"
    >
      <h2 id="preview-title" className="text-title">
        {t("roadmaps.preview.title")}
      </h2>
      <p className="mt-1 text-ink-muted">
        {t(`roadmaps.preview.shift.${direction}`, { count: Math.abs(change.shiftDays) })}
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-caption">
          <caption className="sr-only">{t("roadmaps.preview.phasesCaption")}</caption>
          <thead className="text-ink-muted">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("roadmaps.preview.what")}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("roadmaps.preview.before")}
              </th>
              <th scope="col" className="py-1 font-medium">
                {t("roadmaps.preview.after")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            <tr>
              <th scope="row" className="py-1.5 pr-3 font-medium">
                {t("roadmaps.preview.roadmap")}
              </th>
              <td className="py-1.5 pr-3 tabular-nums">
                {t("roadmap.dateRange", {
                  start: date(change.roadmap.from.start),
                  end: date(change.roadmap.from.end),
                })}
              </td>
              <td className="py-1.5 font-medium tabular-nums">
                {t("roadmap.dateRange", {
                  start: date(change.roadmap.to.start),
                  end: date(change.roadmap.to.end),
                })}
              </td>
            </tr>
            {change.phases.map((p) => (
              <tr key={p.kind}>
                <th scope="row" className="py-1.5 pr-3 font-medium">
                  {t(`phase.${p.kind}`)}
                  <span className="block font-normal text-ink-muted">
                    {t("roadmaps.preview.gateAtEnd")}
                  </span>
                </th>
                <td className="py-1.5 pr-3 tabular-nums">
                  {t("roadmap.dateRange", { start: date(p.from.start), end: date(p.from.end) })}
                </td>
                <td className="py-1.5 font-medium tabular-nums">
                  {t("roadmap.dateRange", { start: date(p.to.start), end: date(p.to.end) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="mt-4 font-semibold">
        {t("roadmaps.preview.tasks", { count: change.tasks.length + more })}
      </h3>
      {change.tasks.length > 0 ? (
        <ul className="mt-2 divide-y divide-line text-caption">
          {change.tasks.map((task) => (
            <li key={task.id} className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 py-1.5">
              <span className="font-medium">{task.title}</span>
              <span className="tabular-nums text-ink-muted">
                {date(task.from)} → <span className="font-medium text-ink">{date(task.to)}</span>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {more > 0 ? (
        <p className="mt-1 text-caption text-ink-muted">
          {t("roadmaps.preview.more", { count: more })}
        </p>
      ) : null}
      <Form method="post" className="mt-4 flex flex-wrap gap-3">
        {Object.entries(values).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="confirm" value="yes" />
        <Button type="submit" disabled={busy}>
          {t("roadmaps.preview.confirm")}
        </Button>
        <a href={cancelHref} className={buttonClass("ghost")}>
          {t("roadmaps.preview.cancel")}
        </a>
      </Form>
    </section>
  );
}
