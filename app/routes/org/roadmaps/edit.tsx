import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/edit";
import { RoadmapForm } from "~/components/roadmap/roadmap-form";
import { RoadmapPageHeader } from "~/components/roadmap/roadmap-page-header";
import { Button, buttonClass } from "~/components/ui/button";
import { ConflictNotice } from "~/components/ui/conflict-notice";
import { FormAlert } from "~/components/ui/form-alert";
import { Table, TableBody, TableHead, Td, Th, Tr } from "~/components/ui/table";
import { requestContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { formatCents, formatDate, translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { actionContext } from "~/lib/route/context.server";
import { revalidateAfterConflict } from "~/lib/route/revalidate";
import { centsToInput } from "~/lib/numbers";
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

// After a stale save the form carries the current version: a second save knowingly wins.
export const shouldRevalidate = revalidateAfterConflict;

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
      old: current,
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
  const r = d.roadmap;
  const busy = navigation.state === "submitting";
  return (
    <div className="flex flex-col gap-6">
      <RoadmapPageHeader orgSlug={d.orgSlug} roadmap={r} title={t("roadmaps.edit.title")} />

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
        <ConflictNotice
          title={result.formError}
          body={t("roadmaps.edit.conflictBody")}
          rows={[
            [t("roadmaps.fields.title"), result.current.title],
            [t("roadmaps.fields.startDate"), formatDate(result.current.startDate, locale)],
            [
              t("roadmaps.fields.plannedBudget"),
              formatCents(result.current.plannedBudgetCents, locale),
            ],
            [t("roadmaps.fields.ambition"), result.current.ambition || "—"],
          ]}
        />
      ) : null}
      {result?.kind === "invalid" ? <FormAlert>{result.formError}</FormAlert> : null}

      <RoadmapForm
        kind="edit"
        key={`${r.version}-${result?.kind ?? ""}`}
        version={r.version}
        cancelTo={`/o/${d.orgSlug}/roadmaps/${r.id}`}
        values={{
          title: r.title,
          ambition: r.ambition,
          focusArea: r.focusArea,
          startDate: r.startDate,
          plannedBudget: centsToInput(r.plannedBudgetCents, locale),
          ...result?.values,
        }}
        errors={errors}
        busy={busy}
        submitLabel={t("roadmaps.edit.submit")}
      />
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
      <Table
        caption={t("roadmaps.preview.phasesCaption")}
        captionHidden
        density="compact"
        size="caption"
        className="mt-4"
      >
        <TableHead>
          <Th>{t("roadmaps.preview.what")}</Th>
          <Th>{t("roadmaps.preview.before")}</Th>
          <Th>{t("roadmaps.preview.after")}</Th>
        </TableHead>
        <TableBody>
          <Tr>
            <Th>{t("roadmaps.preview.roadmap")}</Th>
            <Td className="tabular-nums">
              {t("roadmap.dateRange", {
                start: date(change.roadmap.from.start),
                end: date(change.roadmap.from.end),
              })}
            </Td>
            <Td className="font-medium tabular-nums">
              {t("roadmap.dateRange", {
                start: date(change.roadmap.to.start),
                end: date(change.roadmap.to.end),
              })}
            </Td>
          </Tr>
          {change.phases.map((p) => (
            <Tr key={p.kind}>
              <Th>
                {t(`phase.${p.kind}`)}
                <span className="block font-normal text-ink-muted">
                  {t("roadmaps.preview.gateAtEnd")}
                </span>
              </Th>
              <Td className="tabular-nums">
                {t("roadmap.dateRange", { start: date(p.from.start), end: date(p.from.end) })}
              </Td>
              <Td className="font-medium tabular-nums">
                {t("roadmap.dateRange", { start: date(p.to.start), end: date(p.to.end) })}
              </Td>
            </Tr>
          ))}
        </TableBody>
      </Table>
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
      {change.kpis.length > 0 ? (
        <>
          <h3 className="mt-4 font-semibold">
            {t("roadmaps.preview.kpis", { count: change.kpis.length })}
          </h3>
          <p className="text-caption text-ink-muted">{t("roadmaps.preview.kpisHint")}</p>
          <ul className="mt-2 divide-y divide-line text-caption">
            {change.kpis.map((kpi) => (
              <li key={kpi.id} className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 py-1.5">
                <span className="font-medium">{kpi.name}</span>
                <span className="tabular-nums text-ink-muted">
                  {[
                    kpi.baseline
                      ? t("roadmaps.preview.kpiBaseline", {
                          from: date(kpi.baseline.from),
                          to: date(kpi.baseline.to),
                        })
                      : null,
                    kpi.target
                      ? t("roadmaps.preview.kpiTarget", {
                          from: date(kpi.target.from),
                          to: date(kpi.target.to),
                        })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        </>
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
