import { data, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/new";
import { RoadmapForm } from "~/components/roadmap/roadmap-form";
import type { RoadmapFormValues } from "~/components/roadmap/roadmap-form";
import { FormAlert } from "~/components/ui/form-alert";
import { requestContext } from "~/lib/context.server";
import { parseForm, submittedValues } from "~/lib/forms.server";
import { translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { addDaysIso, isoWeekday, todayIso } from "~/modules/calendar/dates";
import { countRoadmaps, createRoadmap } from "~/modules/roadmaps/roadmaps.server";
import { actionContext } from "~/lib/route/context.server";
import { CreateRoadmapSchema } from "~/modules/roadmaps/schema";
import { PHASE_OWNER_FIELDS, templateKpiField } from "~/modules/roadmaps/form-fields";
import {
  ROADMAP_TEMPLATE,
  SUGGESTED_TEMPLATE_KPIS,
  templateKpisFor,
  templateTasksFor,
} from "~/modules/roadmaps/template";
import { numberToInput } from "~/lib/numbers";
import { listAssignablePeople } from "~/modules/tasks/people.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.pageTitle} · Fahrplan` : "Fahrplan" },
];

/** Plans start on a Monday: the next one, or today when today is a Monday. */
function nextMonday(today: string) {
  const weekday = isoWeekday(today);
  return weekday === 1 ? today : addDaysIso(today, 8 - weekday);
}

export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "roadmap:create");
  const user = getUser(context);
  const { locale } = context.get(requestContext);
  const [people, existing] = await Promise.all([
    listAssignablePeople({ orgId: scope.org.id }),
    countRoadmaps({ orgId: scope.org.id }),
  ]);
  const isFirst = existing === 0;
  // The creator runs analysis and scaling; the pilot goes to a colleague when there is one.
  const colleague = people.find((p) => p.id !== user.id);
  return {
    pageTitle: translate(locale, isFirst ? "roadmaps.create.firstTitle" : "roadmaps.create.title"),
    isFirst,
    people,
    phaseOwners: {
      [PHASE_OWNER_FIELDS.analysis]: user.id,
      [PHASE_OWNER_FIELDS.pilot]: colleague?.id ?? user.id,
      [PHASE_OWNER_FIELDS.scale]: user.id,
    },
    templateKpis: templateKpisFor(locale).map((kpi) => ({
      key: kpi.key,
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      baseline: numberToInput(kpi.baseline, locale),
      target: numberToInput(kpi.target, locale),
    })),
    orgLocale: scope.org.locale,
    defaultStart: nextMonday(todayIso()),
    template: {
      tasks: templateTasksFor("de").length,
      criteria: Object.values(ROADMAP_TEMPLATE.phases).reduce(
        (n, p) => n + p.exitCriteria.length,
        0,
      ),
    },
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { scope, t, actor } = actionContext(context);
  requirePermission(scope, "roadmap:create");
  const formData = await request.formData();
  const form = parseForm(formData, CreateRoadmapSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  const result = await createRoadmap({ ...actor, data: form.data });
  if (result.status === "invalid_owner") {
    return data(
      {
        ok: false as const,
        fieldErrors: {},
        values: submittedValues(formData),
        formError: t("tasks.errors.invalidOwner"),
      },
      { status: 400 },
    );
  }
  return redirect(`/o/${scope.org.slug}/roadmaps/${result.id}`);
}

export default function NewRoadmap({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const sent = actionData?.values as RoadmapFormValues | undefined;
  // What came back from a refused save, else the suggestions with the template's figures.
  const templateKpis = d.templateKpis.map((kpi) => ({
    ...kpi,
    checked: sent
      ? sent[templateKpiField(kpi.key)] === "on"
      : SUGGESTED_TEMPLATE_KPIS.includes(kpi.key),
    baseline: sent?.[templateKpiField(kpi.key, "baseline")] ?? kpi.baseline,
    target: sent?.[templateKpiField(kpi.key, "target")] ?? kpi.target,
  }));
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <header>
        <h1 className="text-display">{d.pageTitle}</h1>
        <p className="mt-1 text-ink-muted">{t("roadmaps.create.intro")}</p>
      </header>
      <FormAlert>{actionData?.formError}</FormAlert>
      <RoadmapForm
        kind="create"
        template={d.template}
        people={d.people}
        templateKpis={templateKpis}
        values={{
          mode: "template",
          title: t("roadmaps.create.defaultTitle"),
          startDate: d.defaultStart,
          locale: d.orgLocale,
          ...d.phaseOwners,
          ...sent,
        }}
        errors={actionData?.fieldErrors as Record<string, string> | undefined}
        busy={busy}
        submitLabel={busy ? t("roadmaps.create.submitting") : t("roadmaps.create.submit")}
      />
    </div>
  );
}
