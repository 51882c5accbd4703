import { data, redirect, useNavigation } from "react-router";
import { deferred } from "~/components/ui/deferred";
import type { Route } from "./+types/edit";
import { RoadmapForm } from "~/components/roadmap/roadmap-form";
import { FormAlert } from "~/components/ui/form-alert";
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

// What only shows: server-rendered at once, its browser code after the page's (see deferred).
const RoadmapPageHeader = deferred(() =>
  import("~/components/roadmap/roadmap-page-header").then((m) => m.RoadmapPageHeader),
);
// Shown after a start date change is posted (the tasks it moves) or a stale save.
const MovePreview = deferred(() =>
  import("~/components/roadmap/move-preview").then((m) => m.MovePreview),
);
const ConflictNotice = deferred(() =>
  import("~/components/ui/conflict-notice").then((m) => m.ConflictNotice),
);

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
