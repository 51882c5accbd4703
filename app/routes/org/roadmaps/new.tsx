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
import { ROADMAP_TEMPLATE, templateTasksFor } from "~/modules/roadmaps/template";
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
  return {
    pageTitle: translate(locale, isFirst ? "roadmaps.create.firstTitle" : "roadmaps.create.title"),
    isFirst,
    people,
    userId: user.id,
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
        fieldErrors: { ownerId: t("tasks.errors.invalidOwner") },
        values: submittedValues(formData),
        formError: t("validation.formErrors"),
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
        values={{
          mode: "template",
          title: t("roadmaps.create.defaultTitle"),
          startDate: d.defaultStart,
          locale: d.orgLocale,
          ownerId: d.userId,
          ...(actionData?.values as RoadmapFormValues | undefined),
        }}
        errors={actionData?.fieldErrors as Record<string, string> | undefined}
        busy={busy}
        submitLabel={busy ? t("roadmaps.create.submitting") : t("roadmaps.create.submit")}
      />
    </div>
  );
}
