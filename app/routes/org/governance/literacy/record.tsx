import { data, Form, useNavigation } from "react-router";
import type { Route } from "./+types/record";
import { CompletionList } from "~/components/literacy/completion-list";
import { LiteracyHeader } from "~/components/literacy/literacy-header";
import { MemberChecklist } from "~/components/literacy/member-checklist";
import { Button } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { TrainingSelect } from "~/components/literacy/training-select";
import { FormAlert } from "~/components/ui/form-alert";
import { joinRepeated, parseForm, submittedValues } from "~/lib/forms.server";
import { forbidden, notFound } from "~/lib/http.server";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { requirePermission } from "~/lib/middleware.server";
import { IdParamSchema } from "~/lib/params";
import {
  deleteCompletion,
  getRecordPage,
  recordCompletions,
} from "~/modules/literacy/completions.server";
import { literacyContext, literacyPage } from "~/modules/literacy/route.server";
import { CompletionIdSchema, recordCompletionsSchema } from "~/modules/literacy/schema";
import { listMembersByName } from "~/modules/members/queries.server";
import { pageTitle } from "~/lib/route/meta";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/**
 * Recording completions. Managers record for anyone (bulk entry); members only for
 * themselves; viewers record nothing (403).
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { scope, user, t, today, can } = await literacyPage(context);
  requirePermission(scope, "training:record");
  const orgId = scope.org.id;
  const [{ trainings, recent }, members] = await Promise.all([
    getRecordPage({ orgId, userId: can.manage ? undefined : user.id }),
    can.manage ? listMembersByName(orgId) : Promise.resolve([]),
  ]);
  const wanted = IdParamSchema.safeParse(new URL(request.url).searchParams.get("training"));
  const people = can.manage
    ? members
        .map((m) => ({ id: m.id, name: m.name }))
        .sort((a, b) => a.name.localeCompare(b.name, "de"))
    : [{ id: user.id, name: user.name }];
  return {
    pageTitle: t("literacy.tab.record"),
    orgSlug: scope.org.slug,
    me: { id: user.id, name: user.name },
    trainings,
    people,
    recent,
    today,
    preselected: wanted.success && trainings.some((tr) => tr.id === wanted.data) ? wanted.data : "",
    canManage: can.manage,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { scope, user, t, locale, today, actor, can } = literacyContext(context);
  requirePermission(scope, "training:record");
  const formData = await request.formData();

  if (formData.get("intent") === "delete") {
    requirePermission(scope, "training:manage");
    const form = parseForm(formData, CompletionIdSchema, t);
    if (!form.ok) notFound();
    const result = await deleteCompletion({ ...actor, ...form.data, today });
    if (!result.ok) notFound();
    const notice = t("literacy.record.deleted", {
      person: result.person,
      training: result.training,
      date: formatDate(result.completedOn, locale),
    });
    return { ok: true as const, notice, submission: Date.now() };
  }

  // Members record their own completions only: naming anyone else is refused outright.
  const named = formData.getAll("userIds").filter((v): v is string => typeof v === "string");
  if (!can.manage && named.some((id) => id !== user.id)) forbidden();

  const form = parseForm(joinRepeated(formData, "userIds"), recordCompletionsSchema(today), t);
  const failure = (fieldErrors: Record<string, string>, values: Record<string, string>) =>
    data(
      { ok: false as const, fieldErrors, values, formError: t("validation.formErrors") },
      { status: 400 },
    );
  if (!form.ok) return failure(form.fieldErrors, form.values);
  const result = await recordCompletions({ ...actor, today, input: form.data });
  if (!result.ok) {
    return failure(
      result.reason === "training"
        ? { trainingId: t("literacy.errors.training") }
        : { userIds: t("literacy.errors.member") },
      submittedValues(formData),
    );
  }
  const notice = [
    t("literacy.record.done", { count: result.created }),
    result.alreadyRecorded > 0
      ? t("literacy.record.alreadyRecorded", { count: result.alreadyRecorded })
      : "",
    result.tasksCompleted > 0
      ? t("literacy.record.tasksDone", { count: result.tasksCompleted })
      : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { ok: true as const, notice, submission: Date.now() };
}

export default function RecordCompletions({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const busy = useNavigation().state === "submitting";
  const failed = actionData && !actionData.ok ? actionData : null;
  const values = failed?.values ?? {};
  const errors = failed?.fieldErrors ?? {};
  const selected = new Set((values.userIds ?? "").split(",").filter(Boolean));
  return (
    <div className="flex flex-col gap-6">
      <LiteracyHeader
        orgSlug={d.orgSlug}
        heading={t("literacy.tab.record")}
        intro={d.canManage ? t("literacy.record.intro") : t("literacy.record.introOwn")}
        canRecord
      />
      <Card aria-labelledby="record-title" className="flex max-w-3xl flex-col gap-4">
        <CardTitle id="record-title">
          {d.canManage ? t("literacy.record.submit") : t("literacy.record.submitOwn")}
        </CardTitle>
        {actionData?.ok ? <FormAlert tone="success">{actionData.notice}</FormAlert> : null}
        {failed ? <FormAlert>{failed.formError}</FormAlert> : null}
        {d.trainings.length === 0 ? (
          <p className="text-ink-muted">{t("literacy.record.noTrainings")}</p>
        ) : (
          <Form
            method="post"
            noValidate
            // A recorded entry starts a fresh form; a refused one keeps what was typed.
            key={actionData?.ok ? actionData.submission : "form"}
            className="flex flex-col gap-4"
          >
            <input type="hidden" name="intent" value="record" />
            <TrainingSelect
              label={t("literacy.record.training")}
              defaultValue={values.trainingId ?? d.preselected}
              error={errors.trainingId}
              trainings={d.trainings}
            />
            {d.canManage ? (
              <MemberChecklist
                legend={t("literacy.record.people")}
                people={d.people}
                selected={selected}
                error={errors.userIds}
                meId={d.me.id}
              />
            ) : (
              <input type="hidden" name="userIds" value={d.me.id} />
            )}
            <div className="grid gap-4 sm:grid-cols-2">
              <Field
                label={t("literacy.record.date")}
                name="completedOn"
                type="date"
                required
                max={d.today}
                defaultValue={values.completedOn ?? d.today}
                error={errors.completedOn}
              />
              <Field
                label={t("literacy.record.note")}
                name="note"
                hint={t("literacy.record.noteHint")}
                maxLength={500}
                defaultValue={values.note ?? ""}
                error={errors.note}
              />
            </div>
            <div>
              <Button type="submit" disabled={busy}>
                {busy
                  ? t("literacy.record.saving")
                  : d.canManage
                    ? t("literacy.record.submit")
                    : t("literacy.record.submitOwn")}
              </Button>
            </div>
          </Form>
        )}
      </Card>
      <section aria-labelledby="recent-title" className="flex flex-col gap-3">
        <h2 id="recent-title" className="text-title">
          {d.canManage ? t("literacy.record.recentTitle") : t("literacy.record.recentOwnTitle")}
        </h2>
        {d.recent.length === 0 ? (
          <p className="text-ink-muted">{t("literacy.record.recentEmpty")}</p>
        ) : (
          <CompletionList
            completions={d.recent}
            canDelete={d.canManage}
            label={t("literacy.record.recentCaption")}
          />
        )}
      </section>
    </div>
  );
}
