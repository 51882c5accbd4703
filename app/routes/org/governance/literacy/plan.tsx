import { data, Form, useNavigation } from "react-router";
import type { Route } from "./+types/plan";
import { LiteracyHeader } from "~/components/literacy/literacy-header";
import { MemberChecklist } from "~/components/literacy/member-checklist";
import { PlanList } from "~/components/literacy/plan-list";
import { Button } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { TrainingSelect } from "~/components/literacy/training-select";
import { FormAlert } from "~/components/ui/form-alert";
import { joinRepeated, parseForm, submittedValues } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { requirePermission } from "~/lib/middleware.server";
import { assignTraining, deleteAssignment, getTrainingPlan } from "~/modules/literacy/plan.server";
import { literacyContext, literacyPage } from "~/modules/literacy/route.server";
import { AssignmentIdSchema, assignTrainingSchema } from "~/modules/literacy/schema";
import { listMembersByName } from "~/modules/members/queries.server";
import { addDaysIso } from "~/modules/calendar/dates";
import { pageTitle } from "~/lib/route/meta";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/** Everyone reads the plan; managers add to it and remove from it. */
export async function loader({ context }: Route.LoaderArgs) {
  const { scope, user, t, today, can } = await literacyPage(context);
  const orgId = scope.org.id;
  const [plan, members] = await Promise.all([
    getTrainingPlan({ orgId, today }),
    can.manage ? listMembersByName(orgId) : Promise.resolve([]),
  ]);
  const { entries, roadmap } = plan;
  const trainings = can.manage ? plan.trainings : [];
  return {
    pageTitle: t("literacy.tab.plan"),
    orgSlug: scope.org.slug,
    meId: user.id,
    entries,
    trainings,
    people: members
      .map((m) => ({ id: m.id, name: m.name }))
      .sort((a, b) => a.name.localeCompare(b.name, "de")),
    roadmap,
    today,
    defaultDue: addDaysIso(today, 14),
    canRecord: can.record,
    canManage: can.manage,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { scope, t, today, actor } = literacyContext(context);
  requirePermission(scope, "training:manage");
  const formData = await request.formData();

  if (formData.get("intent") === "remove") {
    const form = parseForm(formData, AssignmentIdSchema, t);
    if (!form.ok) notFound();
    const result = await deleteAssignment({ ...actor, ...form.data });
    if (!result.ok) notFound();
    return { ok: true as const, notice: t("literacy.plan.removed"), submission: Date.now() };
  }

  const form = parseForm(joinRepeated(formData, "userIds"), assignTrainingSchema(today), t);
  const failure = (fieldErrors: Record<string, string>, values: Record<string, string>) =>
    data(
      { ok: false as const, fieldErrors, values, formError: t("validation.formErrors") },
      { status: 400 },
    );
  if (!form.ok) return failure(form.fieldErrors, form.values);
  const result = await assignTraining({
    ...actor,
    today,
    orgSlug: scope.org.slug,
    input: form.data,
  });
  if (!result.ok) {
    return failure(
      result.reason === "training"
        ? { trainingId: t("literacy.errors.training") }
        : { userIds: t("literacy.errors.member") },
      submittedValues(formData),
    );
  }
  const roadmap = result.roadmap?.title ?? "";
  const notice = [
    t("literacy.plan.created", { count: result.created }),
    result.withTask > 0 ? t("literacy.plan.withTask", { count: result.withTask, roadmap }) : "",
    result.noTaskReason === "no_roadmap" ? t("literacy.plan.noRoadmap") : "",
    result.noTaskReason === "outside_roadmap" ? t("literacy.plan.outsideRoadmap", { roadmap }) : "",
    result.viewersWithoutTask.length > 0
      ? t("literacy.plan.viewers", { names: result.viewersWithoutTask.join(", ") })
      : "",
    result.alreadyPlanned.length > 0
      ? t("literacy.plan.alreadyPlanned", { names: result.alreadyPlanned.join(", ") })
      : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { ok: true as const, notice, submission: Date.now() };
}

export default function TrainingPlan({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const busy = useNavigation().state === "submitting";
  const failed = actionData && !actionData.ok ? actionData : null;
  const values = failed?.values ?? {};
  const errors = failed?.fieldErrors ?? {};
  return (
    <div className="flex flex-col gap-6">
      <LiteracyHeader
        orgSlug={d.orgSlug}
        heading={t("literacy.tab.plan")}
        intro={t("literacy.plan.intro")}
        canRecord={d.canRecord}
      />
      {actionData?.ok ? <FormAlert tone="success">{actionData.notice}</FormAlert> : null}
      {d.canManage ? (
        <Card aria-labelledby="assign-title" className="flex max-w-3xl flex-col gap-4">
          <CardTitle id="assign-title">{t("literacy.plan.submit")}</CardTitle>
          <p className="text-caption text-ink-muted">
            {d.roadmap
              ? t("literacy.plan.roadmapHint", {
                  phase: t(`phase.${d.roadmap.phase}`),
                  roadmap: d.roadmap.title,
                  start: formatDate(d.roadmap.startDate, locale),
                  end: formatDate(d.roadmap.endDate, locale),
                })
              : t("literacy.plan.noRoadmapHint")}
          </p>
          {failed ? <FormAlert>{failed.formError}</FormAlert> : null}
          <Form
            method="post"
            noValidate
            key={actionData?.ok ? actionData.submission : "form"}
            className="flex flex-col gap-4"
          >
            <input type="hidden" name="intent" value="assign" />
            <TrainingSelect
              label={t("literacy.plan.training")}
              defaultValue={values.trainingId ?? ""}
              error={errors.trainingId}
              trainings={d.trainings}
            />
            <MemberChecklist
              legend={t("literacy.plan.people")}
              people={d.people}
              selected={new Set((values.userIds ?? "").split(",").filter(Boolean))}
              error={errors.userIds}
              meId={d.meId}
            />
            <Field
              label={t("literacy.plan.dueDate")}
              name="dueDate"
              type="date"
              required
              min={d.today}
              className="sm:max-w-xs"
              defaultValue={values.dueDate ?? d.defaultDue}
              error={errors.dueDate}
            />
            <div>
              <Button type="submit" disabled={busy}>
                {busy ? t("literacy.plan.saving") : t("literacy.plan.submit")}
              </Button>
            </div>
          </Form>
        </Card>
      ) : null}
      <section aria-labelledby="plan-title" className="flex flex-col gap-3">
        <h2 id="plan-title" className="text-title">
          {t("literacy.plan.listTitle")}
        </h2>
        {d.entries.length === 0 ? (
          <p className="text-ink-muted">{t("literacy.plan.listEmpty")}</p>
        ) : (
          <PlanList orgSlug={d.orgSlug} entries={d.entries} canRemove={d.canManage} />
        )}
      </section>
    </div>
  );
}
