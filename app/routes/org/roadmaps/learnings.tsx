import { data, Form, Link, useNavigation } from "react-router";
import type { Route } from "./+types/learnings";
import { PhaseSection } from "~/components/roadmap/phase-section";
import { RoadmapPageHeader } from "~/components/roadmap/roadmap-page-header";
import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { FormAlert } from "~/components/ui/form-alert";
import { Select } from "~/components/ui/select";
import { Textarea } from "~/components/ui/textarea";
import { requestContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { formatInstant, translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { can } from "~/lib/permissions";
import { actionContext } from "~/lib/route/context.server";
import { todayIso } from "~/modules/calendar/dates";
import {
  addLearning,
  getLearningCarryOver,
  getRoadmapLedger,
} from "~/modules/roadmaps/learnings.server";
import { currentPhase, PHASES } from "~/modules/calendar/phase-dates";
import { LEARNING_KINDS } from "~/modules/roadmaps/learning-kinds";
import { AddLearningSchema } from "~/modules/roadmaps/schema";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.pageTitle} · ${data.roadmap.title} · Fahrplan` : "Fahrplan" },
];

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const where = { orgId: scope.org.id, roadmapId: idParam(params.roadmapId) };
  const [ledger, carryOver] = await Promise.all([
    getRoadmapLedger(where),
    getLearningCarryOver(where),
  ]);
  if (!ledger) notFound();
  return {
    pageTitle: translate(context.get(requestContext).locale, "roadmaps.learnings.title"),
    roadmap: ledger.roadmap,
    learnings: ledger.learnings,
    carryOver,
    orgSlug: scope.org.slug,
    defaultPhase: currentPhase(ledger.roadmap, todayIso()) ?? "analysis",
    canAdd: can(scope.role, "learning:create"),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, actor } = actionContext(context);
  requirePermission(scope, "learning:create");
  const roadmapId = idParam(params.roadmapId);
  const form = parseForm(await request.formData(), AddLearningSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  const result = await addLearning({ ...actor, roadmapId, ...form.data });
  if (result.status === "not_found") notFound();
  return { ok: true as const, message: t("roadmaps.learnings.added") };
}

const kindTone: Record<string, Tone> = {
  went_well: "success",
  to_change: "warning",
  risk: "danger",
};

export default function Learnings({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const navigation = useNavigation();
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const errors = failed?.fieldErrors;
  const values = failed?.values;
  return (
    <div className="flex flex-col gap-6">
      <RoadmapPageHeader
        orgSlug={d.orgSlug}
        roadmap={d.roadmap}
        title={d.pageTitle}
        intro={t("roadmaps.learnings.intro")}
      />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex flex-col gap-4">
          {PHASES.map((phase) => {
            const items = d.learnings.filter((l) => l.phase === phase.kind);
            return (
              <PhaseSection
                key={phase.kind}
                phase={phase}
                idPrefix="learnings"
                isEmpty={items.length === 0}
                emptyText={t("roadmaps.learnings.emptyPhase")}
              >
                {items.map((l) => (
                  <li key={l.id} className="flex flex-col gap-1 py-2.5">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone={kindTone[l.kind]}>
                        {t(`roadmaps.learnings.kinds.${l.kind}`)}
                      </Badge>
                      <span className="text-caption text-ink-muted">
                        {l.authorName ?? t("roadmaps.gate.formerMember")} ·{" "}
                        {formatInstant(l.createdAt, locale, false)}
                      </span>
                    </div>
                    <p className="whitespace-pre-line">{l.text}</p>
                    <CarriedMarker learningId={l.id} carryOver={d.carryOver} orgSlug={d.orgSlug} />
                  </li>
                ))}
              </PhaseSection>
            );
          })}
        </div>
        {d.canAdd ? (
          <aside>
            <Form
              method="post"
              noValidate
              key={actionData?.ok ? d.learnings.length : "form"}
              className="flex flex-col gap-4 rounded-card border border-line bg-surface-raised p-5 shadow-card"
              aria-labelledby="add-learning"
            >
              <h2 id="add-learning" className="text-lead font-semibold">
                {t("roadmaps.learnings.add")}
              </h2>
              {failed ? <FormAlert>{failed.formError}</FormAlert> : null}
              {actionData?.ok ? <FormAlert tone="success">{actionData.message}</FormAlert> : null}
              <Select
                label={t("roadmaps.learnings.phase")}
                name="phase"
                defaultValue={values?.phase ?? d.defaultPhase}
                error={errors?.phase}
                options={PHASES.map((p) => ({
                  value: p.kind,
                  label: `${p.position}. ${t(`phase.${p.kind}`)}`,
                }))}
              />
              <Select
                label={t("roadmaps.learnings.kind")}
                name="kind"
                defaultValue={values?.kind ?? "went_well"}
                error={errors?.kind}
                options={LEARNING_KINDS.map((k) => ({
                  value: k,
                  label: t(`roadmaps.learnings.kinds.${k}`),
                }))}
              />
              <Textarea
                label={t("roadmaps.learnings.text")}
                name="text"
                rows={4}
                maxLength={2000}
                defaultValue={values?.text ?? ""}
                error={errors?.text}
              />
              <div>
                <Button type="submit" disabled={navigation.state === "submitting"}>
                  {t("roadmaps.learnings.submit")}
                </Button>
              </div>
            </Form>
          </aside>
        ) : null}
      </div>
    </div>
  );
}

/** Whether the learning became a task in the roadmap that follows; nothing while none does. */
function CarriedMarker({
  learningId,
  carryOver,
  orgSlug,
}: {
  learningId: string;
  carryOver: Route.ComponentProps["loaderData"]["carryOver"];
  orgSlug: string;
}) {
  const { t } = useI18n();
  if (!carryOver) return null;
  const task = carryOver.tasks[learningId];
  const roadmap = carryOver.successor.title;
  return task ? (
    <p className="text-caption text-ink-muted">
      <span className="font-medium text-ink">
        {t("roadmaps.learnings.carriedInto", { roadmap })}
      </span>{" "}
      <Link
        to={`/o/${orgSlug}/roadmaps/${carryOver.successor.id}/tasks/${task.id}`}
        className="font-medium text-brand underline-offset-2 hover:underline"
      >
        {task.title}
      </Link>
    </p>
  ) : (
    <p className="text-caption text-ink-muted">{t("roadmaps.learnings.notCarried", { roadmap })}</p>
  );
}
