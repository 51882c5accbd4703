import type { ComponentProps, ComponentType } from "react";
import { ConfirmSubmit } from "~/components/ui/confirm-submit";
import { useFetcher } from "react-router";
import { DataBasisWarning } from "~/components/data-sources/gate-warning";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { Textarea } from "~/components/ui/textarea";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { DataBasisGateWarning } from "~/modules/data-sources/gate.server";
import type { PhaseBoard } from "~/modules/tasks/board.server";
import type { action as gateAction, GateAnswer } from "~/routes/org/roadmaps/gate";
import { formatInstant } from "~/lib/i18n";
import { GateBadge } from "./gate-badge";

export type GatePermissions = {
  canEditCriteria: boolean;
  canRequest: boolean;
  canApprove: boolean;
};

/** What the board hands the gate panel (also through its outlet, to the gate's route). */
export type GateContext = {
  phase: PhaseBoard["phase"];
  names: Record<string, string>;
  permissions: GatePermissions;
  /** The gate's route: the board's path plus "/gate". */
  action: string;
  /** Use cases with unchecked data sources (analysis phase only), shown at "Datenbasis geprüft". */
  dataBasis?: DataBasisGateWarning | null;
};

/**
 * What the board hands its gate route (outlet context): the panel's data and the board's
 * deferred panel itself, so the gate route's code holds no second copy of its loading.
 */
export type GateOutletContext = GateContext & {
  Panel: ComponentType<ComponentProps<typeof GatePanel>>;
};

/**
 * The phase's gate: its exit criteria as a checklist, the request for approval and
 * the decision (approve or reject with a comment), with who and when. Every control
 * posts to the gate's route: with JavaScript through one fetcher (the board stays in
 * place), without as a plain form (the board shows again with `result`).
 */
export function GatePanel({
  phase,
  names,
  permissions,
  action,
  dataBasis,
  result,
}: GateContext & { result?: GateAnswer }) {
  const { t, locale } = useI18n();
  const fetcher = useFetcher<typeof gateAction>();
  const answer = fetcher.data ?? result;
  const failure = answer && !answer.ok && "fieldErrors" in answer ? answer : undefined;
  const errors = failure?.fieldErrors;
  const values = failure?.values;
  const notice = !answer
    ? null
    : answer.ok
      ? answer.message
      : "formError" in answer
        ? answer.formError
        : answer.message;
  const criteria = phase.exitCriteria;
  const met = criteria.filter((c) => c.isMet).length;
  const locked = phase.gateStatus === "approved";
  const canEdit = permissions.canEditCriteria && !locked;
  const who = (id: string | null) => (id ? (names[id] ?? t("roadmaps.gate.formerMember")) : "—");
  const when = (iso: string | null) => (iso ? formatInstant(iso, locale, false) : "");
  const isGateRaised = phase.gateStatus !== "open";
  return (
    <div className="flex flex-col gap-4">
      {notice ? <FormAlert tone={answer?.ok ? "success" : "danger"}>{notice}</FormAlert> : null}
      <section
        aria-labelledby="gate-title"
        className={`flex flex-col gap-4 rounded-card border bg-surface-raised p-5 shadow-card ${
          phase.isGateOverdue ? "border-danger" : "border-line"
        }`}
      >
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <h2 id="gate-title" className="text-lead font-semibold">
              {t("roadmaps.gate.title")}
            </h2>
            <p className="text-caption text-ink-muted">
              {t("roadmaps.gate.dueOn", { date: formatDate(phase.endDate, locale) })}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <GateBadge status={phase.gateStatus} isOverdue={phase.isGateOverdue} />
          </div>
        </div>

        <div className="grid gap-6 lg:grid-cols-2">
          <div>
            <h3 className="font-semibold">{t("roadmaps.gate.criteria")}</h3>
            <p className="text-caption text-ink-muted">
              {t("roadmaps.gate.criteriaMet", { met, count: criteria.length })}
            </p>
            {criteria.length === 0 ? (
              <p className="mt-2 text-caption text-ink-muted">{t("roadmaps.gate.noCriteria")}</p>
            ) : (
              <ul className="mt-2 flex flex-col gap-1.5">
                {criteria.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-start gap-2">
                    {canEdit ? (
                      <fetcher.Form method="post" action={action} className="shrink-0">
                        <input type="hidden" name="intent" value="criterion-toggle" />
                        <input type="hidden" name="criterionId" value={c.id} />
                        <input type="hidden" name="version" value={c.version} />
                        <input type="hidden" name="isMet" value={c.isMet ? "false" : "true"} />
                        <button
                          type="submit"
                          aria-pressed={c.isMet}
                          aria-label={t(c.isMet ? "roadmaps.gate.unmark" : "roadmaps.gate.mark", {
                            text: c.text,
                          })}
                          className="gate-tick"
                        />
                      </fetcher.Form>
                    ) : (
                      <span
                        aria-hidden="true"
                        className={c.isMet ? "gate-tick is-met" : "gate-tick"}
                      />
                    )}
                    <span className="min-w-0 flex-1 text-body">
                      <span className="sr-only">
                        {c.isMet ? t("roadmaps.gate.met") : t("roadmaps.gate.notMet")}:{" "}
                      </span>
                      {c.text}
                    </span>
                    {canEdit ? (
                      <fetcher.Form method="post" action={action} className="shrink-0">
                        <input type="hidden" name="intent" value="criterion-remove" />
                        <input type="hidden" name="criterionId" value={c.id} />
                        <input type="hidden" name="version" value={c.version} />
                        <ConfirmSubmit
                          trigger="×"
                          triggerLabel={t("roadmaps.gate.remove", { text: c.text })}
                          question={t("roadmaps.gate.confirmRemove", { text: c.text })}
                          confirm={t("roadmaps.gate.confirmRemoveYes")}
                          triggerClassName="rounded px-1.5 text-ink-subtle hover:bg-danger-soft hover:text-danger"
                        />
                      </fetcher.Form>
                    ) : null}
                    {dataBasis && dataBasis.criterionId === c.id ? (
                      <div className="basis-full pl-7">
                        <DataBasisWarning
                          warning={dataBasis}
                          isRaised={c.isMet || isGateRaised}
                          isApproved={locked}
                        />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {canEdit ? (
              <fetcher.Form
                key={criteria.length}
                method="post"
                action={action}
                noValidate
                className="mt-3 flex flex-wrap items-end gap-2"
              >
                <input type="hidden" name="intent" value="criterion-add" />
                <Field
                  id="criterion-text"
                  label={t("roadmaps.gate.newCriterion")}
                  name="text"
                  maxLength={300}
                  className="min-w-0 flex-1"
                  defaultValue={values?.text ?? ""}
                  error={errors?.text}
                />
                <Button type="submit" variant="secondary">
                  {t("roadmaps.gate.add")}
                </Button>
              </fetcher.Form>
            ) : null}
          </div>

          <div className="flex flex-col gap-4">
            {dataBasis && dataBasis.criterionId === null ? (
              <DataBasisWarning warning={dataBasis} isRaised={isGateRaised} isApproved={locked} />
            ) : null}
            {phase.gateRequestedAt ? (
              <p className="text-caption text-ink-muted">
                {t("roadmaps.gate.requestedBy", {
                  name: who(phase.gateRequestedById),
                  date: when(phase.gateRequestedAt),
                })}
              </p>
            ) : null}
            {phase.gateDecidedAt ? (
              <div className="rounded-control bg-surface-muted p-3 text-caption">
                <p className="font-medium">
                  {t(
                    phase.gateStatus === "rejected"
                      ? "roadmaps.gate.rejectedBy"
                      : "roadmaps.gate.approvedBy",
                    { name: who(phase.gateDecidedById), date: when(phase.gateDecidedAt) },
                  )}
                </p>
                {phase.gateComment ? <p className="mt-1">“{phase.gateComment}”</p> : null}
              </div>
            ) : null}

            {permissions.canRequest &&
            (phase.gateStatus === "open" || phase.gateStatus === "rejected") ? (
              <fetcher.Form method="post" action={action} className="flex flex-col gap-2">
                <input type="hidden" name="intent" value="gate-request" />
                {met < criteria.length ? (
                  <p className="text-caption text-warning">
                    {t("roadmaps.gate.unmetWarning", { count: criteria.length - met })}
                  </p>
                ) : null}
                <div>
                  <Button type="submit">{t("roadmaps.gate.request")}</Button>
                </div>
              </fetcher.Form>
            ) : null}

            {phase.gateStatus === "requested" ? (
              permissions.canApprove ? (
                <fetcher.Form
                  method="post"
                  action={action}
                  noValidate
                  className="flex flex-col gap-3"
                >
                  <input type="hidden" name="intent" value="gate-decide" />
                  <h3 className="font-semibold">{t("roadmaps.gate.decide")}</h3>
                  <Textarea
                    id="gate-comment"
                    label={t("roadmaps.gate.comment")}
                    name="comment"
                    rows={3}
                    hint={t("roadmaps.gate.commentHint")}
                    defaultValue={values?.comment ?? ""}
                    error={errors?.comment}
                  />
                  <div className="flex flex-wrap gap-2">
                    <Button type="submit" name="decision" value="approve">
                      {t("roadmaps.gate.approve")}
                    </Button>
                    <Button type="submit" name="decision" value="reject" variant="secondary">
                      {t("roadmaps.gate.reject")}
                    </Button>
                  </div>
                </fetcher.Form>
              ) : (
                <p className="text-caption text-ink-muted">{t("roadmaps.gate.waiting")}</p>
              )
            ) : null}
            {phase.gateStatus === "open" && !permissions.canRequest ? (
              <p className="text-caption text-ink-muted">{t("roadmaps.gate.notRequested")}</p>
            ) : null}
          </div>
        </div>
      </section>
    </div>
  );
}
