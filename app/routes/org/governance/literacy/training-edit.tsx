import { data, Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/training-edit";
import { TrainingForm, trainingToFormValues } from "~/components/literacy/training-form";
import { Button } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { parseForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { useI18n } from "~/lib/i18n/react";
import { requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { literacyContext } from "~/modules/literacy/route.server";
import { ArchiveTrainingSchema, UpdateTrainingSchema } from "~/modules/literacy/schema";
import {
  getTraining,
  setTrainingArchived,
  updateTraining,
} from "~/modules/literacy/trainings.server";
import type { Training } from "~/modules/literacy/trainings.server";
import { pageTitle } from "~/lib/route/meta";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ params, context }: Route.LoaderArgs) {
  const { scope, t } = literacyContext(context);
  requirePermission(scope, "training:manage");
  const training = await getTraining({
    orgId: scope.org.id,
    trainingId: idParam(params.trainingId),
  });
  if (!training) notFound();
  return {
    pageTitle: t("literacy.form.editTitle"),
    orgSlug: scope.org.slug,
    training,
    values: trainingToFormValues(training),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, actor } = literacyContext(context);
  requirePermission(scope, "training:manage");
  const trainingId = idParam(params.trainingId);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const stale = (current: Training) =>
    data(
      {
        ok: false as const,
        fieldErrors: {} as Record<string, string>,
        values: trainingToFormValues(current) as Record<string, string>,
        version: current.version,
        formError: t("literacy.form.stale"),
      },
      { status: 409 },
    );
  const done = (what: "saved" | "archived" | "restored") =>
    redirect(
      `/o/${scope.org.slug}/governance/literacy/trainings?done=${what}&training=${trainingId}`,
    );

  if (intent === "archive" || intent === "restore") {
    const form = parseForm(formData, ArchiveTrainingSchema, t);
    if (!form.ok) {
      return data({ ...form, formError: t("errors.badRequestBody") }, { status: 400 });
    }
    const archived = intent === "archive";
    const result = await setTrainingArchived({ ...actor, trainingId, archived, ...form.data });
    if (result.ok) throw done(archived ? "archived" : "restored");
    if (result.reason === "not_found") notFound();
    return stale(result.current);
  }
  const form = parseForm(formData, UpdateTrainingSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  const result = await updateTraining({ ...actor, trainingId, input: form.data });
  if (result.ok) throw done("saved");
  if (result.reason === "not_found") notFound();
  return stale(result.current);
}

export default function EditTraining({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const busy = useNavigation().state === "submitting";
  const back = `/o/${d.orgSlug}/governance/literacy/trainings`;
  // A stale save brings the current values and version: the form remounts with them.
  const version =
    actionData && "version" in actionData && typeof actionData.version === "number"
      ? actionData.version
      : d.training.version;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link to={back} className="text-caption text-ink-muted hover:text-brand">
          ← {t("literacy.form.back")}
        </Link>
        <h1 className="text-display break-words">{t("literacy.form.editTitle")}</h1>
        <p className="text-ink-muted break-words">{d.training.title}</p>
      </header>
      <div className="rounded-card border border-line bg-surface-raised p-5 shadow-card sm:p-6">
        <TrainingForm
          key={version}
          values={actionData?.values ?? d.values}
          errors={actionData?.fieldErrors}
          formError={actionData?.formError}
          version={version}
          submitLabel={t("literacy.form.save")}
          cancelTo={back}
        />
      </div>
      <Card aria-labelledby="archive-title" className="flex flex-col gap-2">
        <CardTitle id="archive-title">{t("literacy.form.archiveTitle")}</CardTitle>
        <p className="text-caption text-ink-muted">{t("literacy.form.archiveHint")}</p>
        <Form method="post">
          <input type="hidden" name="version" value={version} />
          <Button
            type="submit"
            name="intent"
            value={d.training.isArchived ? "restore" : "archive"}
            variant="secondary"
            disabled={busy}
          >
            {d.training.isArchived ? t("literacy.form.restore") : t("literacy.form.archive")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
