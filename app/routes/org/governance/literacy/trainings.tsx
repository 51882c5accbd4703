import { Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/trainings";
import { LiteracyHeader } from "~/components/literacy/literacy-header";
import { TrainingList } from "~/components/literacy/training-list";
import { buttonClass } from "~/components/ui/button";
import { FormAlert } from "~/components/ui/form-alert";
import { useI18n } from "~/lib/i18n/react";
import { IdParamSchema } from "~/lib/params";
import { literacyPage } from "~/modules/literacy/route.server";
import { listTrainings } from "~/modules/literacy/trainings.server";
import { pageTitle } from "~/lib/route/meta";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/** After a save: which training, and what happened to it. A hand-edited value is ignored. */
const DoneSchema = z.object({
  done: z.enum(["created", "saved", "archived", "restored"]),
  training: IdParamSchema,
});

export async function loader({ request, context }: Route.LoaderArgs) {
  const { scope, t, can } = await literacyPage(context);
  const trainings = await listTrainings({ orgId: scope.org.id });
  const params = new URL(request.url).searchParams;
  const done = DoneSchema.safeParse({
    done: params.get("done"),
    training: params.get("training"),
  });
  const doneTraining = done.success
    ? trainings.find((tr) => tr.id === done.data.training)
    : undefined;
  return {
    pageTitle: t("literacy.tab.trainings"),
    orgSlug: scope.org.slug,
    trainings,
    notice:
      done.success && doneTraining
        ? t(`literacy.catalogue.${done.data.done}`, { title: doneTraining.title })
        : null,
    canRecord: can.record,
    canManage: can.manage,
  };
}

export default function TrainingCatalogue({ loaderData: d }: Route.ComponentProps) {
  const { t } = useI18n();
  const base = `/o/${d.orgSlug}/governance/literacy/trainings`;
  const active = d.trainings.filter((tr) => !tr.isArchived);
  const archived = d.trainings.filter((tr) => tr.isArchived);
  return (
    <div className="flex flex-col gap-6">
      <LiteracyHeader
        orgSlug={d.orgSlug}
        heading={t("literacy.tab.trainings")}
        intro={t("literacy.catalogue.intro")}
        canRecord={d.canRecord}
        actions={
          d.canManage ? (
            <Link to={`${base}/new`} className={buttonClass("primary")}>
              {t("literacy.catalogue.new")}
            </Link>
          ) : null
        }
      />
      <FormAlert tone="success">{d.notice}</FormAlert>
      {active.length === 0 ? (
        <p className="rounded-card border border-dashed border-line-strong px-6 py-10 text-center text-ink-muted">
          {t("literacy.catalogue.empty")}
        </p>
      ) : (
        <section aria-label={t("literacy.catalogue.caption")}>
          <TrainingList trainings={active} editBase={d.canManage ? base : null} />
        </section>
      )}
      {archived.length > 0 ? (
        <section aria-labelledby="archived-title" className="flex flex-col gap-3">
          <h2 id="archived-title" className="text-title">
            {t("literacy.catalogue.archivedTitle")}
          </h2>
          <TrainingList trainings={archived} editBase={d.canManage ? base : null} />
        </section>
      ) : null}
    </div>
  );
}
