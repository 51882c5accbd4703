import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/new";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { Select } from "~/components/ui/select";
import { Textarea } from "~/components/ui/textarea";
import { requestContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { actionContext } from "~/lib/route/context.server";
import { addDaysIso, isoWeekday, todayIso } from "~/modules/calendar/dates";
import { countRoadmaps, createRoadmap } from "~/modules/roadmaps/roadmaps.server";
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

const FOCUS_SUGGESTIONS = [
  "customerService",
  "leads",
  "stockAlerts",
  "reporting",
  "documents",
] as const;

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
  const form = parseForm(await request.formData(), CreateRoadmapSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  const result = await createRoadmap({ ...actor, data: form.data });
  if (result.status === "invalid_owner") {
    return data(
      {
        ok: false as const,
        fieldErrors: { ownerId: t("tasks.errors.invalidOwner") },
        values: Object.fromEntries(Object.entries(form.data).map(([k, v]) => [k, String(v)])),
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
  const errors: Record<string, string> | undefined = actionData?.fieldErrors;
  const values: Record<string, string> | undefined = actionData?.values;
  const mode = values?.mode ?? "template";
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <header>
        <h1 className="text-display">{d.pageTitle}</h1>
        <p className="mt-1 text-ink-muted">{t("roadmaps.create.intro")}</p>
      </header>
      <FormAlert>{actionData?.formError}</FormAlert>
      <Form
        method="post"
        noValidate
        className="flex flex-col gap-5 rounded-card border border-line bg-surface-raised p-5 shadow-card sm:p-6"
      >
        <fieldset className="flex flex-col gap-2">
          <legend className="text-caption font-medium text-ink">{t("roadmaps.create.mode")}</legend>
          <label className="flex items-start gap-3 rounded-control border border-line-strong p-3 has-checked:border-brand has-checked:bg-brand-soft">
            <input
              type="radio"
              name="mode"
              value="template"
              defaultChecked={mode !== "blank"}
              className="mt-1"
            />
            <span>
              <span className="block font-medium">{t("roadmaps.create.modeTemplate")}</span>
              <span className="block text-caption text-ink-muted">
                {t("roadmaps.create.modeTemplateHint", {
                  tasks: d.template.tasks,
                  criteria: d.template.criteria,
                })}
              </span>
            </span>
          </label>
          <label className="flex items-start gap-3 rounded-control border border-line-strong p-3 has-checked:border-brand has-checked:bg-brand-soft">
            <input
              type="radio"
              name="mode"
              value="blank"
              defaultChecked={mode === "blank"}
              className="mt-1"
            />
            <span>
              <span className="block font-medium">{t("roadmaps.create.modeBlank")}</span>
              <span className="block text-caption text-ink-muted">
                {t("roadmaps.create.modeBlankHint")}
              </span>
            </span>
          </label>
          {errors?.mode ? (
            <p className="text-caption font-medium text-danger">{errors.mode}</p>
          ) : null}
        </fieldset>
        <Field
          label={t("roadmaps.fields.title")}
          name="title"
          required
          maxLength={120}
          defaultValue={values?.title ?? t("roadmaps.create.defaultTitle")}
          error={errors?.title}
        />
        <Field
          label={t("roadmaps.fields.focusArea")}
          name="focusArea"
          list="focus-suggestions"
          hint={t("roadmaps.fields.focusAreaHint")}
          defaultValue={values?.focusArea ?? ""}
          error={errors?.focusArea}
        />
        <datalist id="focus-suggestions">
          {FOCUS_SUGGESTIONS.map((key) => (
            <option key={key} value={t(`roadmaps.focusSuggestions.${key}`)} />
          ))}
        </datalist>
        <Textarea
          label={t("roadmaps.fields.ambition")}
          name="ambition"
          rows={3}
          hint={t("roadmaps.fields.ambitionHint")}
          defaultValue={values?.ambition ?? ""}
          error={errors?.ambition}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t("roadmaps.fields.startDate")}
            name="startDate"
            type="date"
            required
            hint={t("roadmaps.fields.startDateHint")}
            defaultValue={values?.startDate ?? d.defaultStart}
            error={errors?.startDate}
          />
          <Select
            label={t("roadmaps.fields.locale")}
            name="locale"
            hint={t("roadmaps.fields.localeHint")}
            defaultValue={values?.locale ?? d.orgLocale}
            error={errors?.locale}
            options={[
              { value: "de", label: t("app.languageName.de") },
              { value: "en", label: t("app.languageName.en") },
            ]}
          />
        </div>
        <Select
          label={t("roadmaps.fields.taskOwner")}
          name="ownerId"
          hint={t("roadmaps.fields.taskOwnerHint")}
          defaultValue={values?.ownerId ?? d.userId}
          error={errors?.ownerId}
          options={[
            { value: "", label: t("roadmap.noOwner") },
            ...d.people.map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
        <div>
          <Button type="submit" disabled={navigation.state === "submitting"}>
            {navigation.state === "submitting"
              ? t("roadmaps.create.submitting")
              : t("roadmaps.create.submit")}
          </Button>
        </div>
      </Form>
    </div>
  );
}
