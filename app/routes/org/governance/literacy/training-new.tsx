import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/training-new";
import { TrainingForm } from "~/components/literacy/training-form";
import { parseForm } from "~/lib/forms.server";
import { useI18n } from "~/lib/i18n/react";
import { requirePermission } from "~/lib/middleware.server";
import { literacyContext } from "~/modules/literacy/route.server";
import { CreateTrainingSchema } from "~/modules/literacy/schema";
import { createTraining } from "~/modules/literacy/trainings.server";
import { pageTitle } from "~/lib/route/meta";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export function loader({ context }: Route.LoaderArgs) {
  const { scope, t } = literacyContext(context);
  requirePermission(scope, "training:manage");
  return { pageTitle: t("literacy.form.newTitle"), orgSlug: scope.org.slug };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { scope, t, actor } = literacyContext(context);
  requirePermission(scope, "training:manage");
  const form = parseForm(await request.formData(), CreateTrainingSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  const { id } = await createTraining({ ...actor, input: form.data });
  throw redirect(`/o/${scope.org.slug}/governance/literacy/trainings?done=created&training=${id}`);
}

export default function NewTraining({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const back = `/o/${d.orgSlug}/governance/literacy/trainings`;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link to={back} className="text-caption text-ink-muted hover:text-brand">
          ← {t("literacy.form.back")}
        </Link>
        <h1 className="text-display">{t("literacy.form.newTitle")}</h1>
      </header>
      <div className="rounded-card border border-line bg-surface-raised p-5 shadow-card sm:p-6">
        <TrainingForm
          values={actionData?.values ?? {}}
          errors={actionData?.fieldErrors}
          formError={actionData?.formError}
          submitLabel={t("literacy.form.create")}
          cancelTo={back}
        />
      </div>
    </div>
  );
}
