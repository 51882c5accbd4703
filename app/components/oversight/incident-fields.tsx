import { useId } from "react";
import { Field } from "~/components/ui/field";
import { Select } from "~/components/ui/select";
import { Textarea } from "~/components/ui/textarea";
import { useI18n } from "~/lib/i18n/react";
import { INCIDENT_SEVERITIES } from "~/modules/oversight/fields";
import type { ReviewFormValues } from "~/modules/oversight/fields";

export type FollowUpOffer = {
  roadmapTitle: string;
  phase: "analysis" | "pilot" | "scale";
  startDate: string;
  endDate: string;
};

/**
 * The incident tick with severity and description, and for a high-severity incident
 * the offer of a follow-up task. What shows depends on the ticks through CSS (:checked,
 * :has), so it works before and without JavaScript.
 */
export function IncidentFields({
  values,
  errors,
  people,
  followUp,
}: {
  values: ReviewFormValues;
  errors: Record<string, string>;
  people: { id: string; name: string; canOwnTasks: boolean }[];
  /** Where a follow-up task would go; null: the use case is on no roadmap. */
  followUp: FollowUpOffer | null | "exists";
}) {
  const { t } = useI18n();
  const id = useId();
  const severityError = errors.incidentSeverity;
  const owners = people.filter((p) => p.canOwnTasks);
  return (
    <div className="group/incident flex flex-col gap-3 rounded-card border border-line p-4">
      <div className="flex items-start gap-3">
        <input
          id={`${id}-has`}
          type="checkbox"
          name="hasIncident"
          value="on"
          defaultChecked={values.hasIncident === "on"}
          aria-describedby={`${id}-has-hint`}
          className="peer mt-1 h-5 w-5 shrink-0 accent-brand"
        />
        <div className="flex flex-col gap-0.5">
          <label htmlFor={`${id}-has`} className="font-medium">
            {t("oversight.field.hasIncident")}
          </label>
          <p id={`${id}-has-hint`} className="text-caption text-ink-muted">
            {t("oversight.field.hasIncidentHint")}
          </p>
        </div>
      </div>
      <div className="hidden flex-col gap-4 group-has-[input[name=hasIncident]:checked]/incident:flex">
        <fieldset
          aria-describedby={severityError ? `${id}-severity-error` : undefined}
          aria-invalid={severityError ? true : undefined}
          className="flex flex-col gap-1.5"
        >
          <legend className="text-caption font-medium text-ink">
            {t("oversight.field.severity")}
          </legend>
          <div className="flex flex-wrap gap-2">
            {INCIDENT_SEVERITIES.map((severity) => (
              <label key={severity} className="relative">
                <input
                  type="radio"
                  name="incidentSeverity"
                  value={severity}
                  defaultChecked={values.incidentSeverity === severity}
                  className="peer sr-only"
                />
                <span
                  className={`flex min-w-20 cursor-pointer items-center justify-center rounded-control border bg-surface-raised px-3 py-2 font-medium text-ink peer-checked:border-brand peer-checked:bg-brand peer-checked:text-brand-ink peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand ${
                    severityError ? "border-danger" : "border-line-strong"
                  }`}
                >
                  {t(`oversight.severity.${severity}`)}
                </span>
              </label>
            ))}
          </div>
          {severityError ? (
            <p id={`${id}-severity-error`} className="text-caption font-medium text-danger">
              {severityError}
            </p>
          ) : null}
        </fieldset>
        <Textarea
          label={t("oversight.field.description")}
          name="incidentDescription"
          hint={t("oversight.field.descriptionHint")}
          rows={3}
          maxLength={2000}
          defaultValue={values.incidentDescription ?? ""}
          error={errors.incidentDescription}
        />
        {followUp === "exists" ? null : (
          <div className="hidden flex-col gap-3 rounded-control bg-surface-muted p-3 group-has-[input[name=incidentSeverity][value=high]:checked]/incident:flex">
            <p className="font-semibold">{t("oversight.followUp.legend")}</p>
            {followUp === null ? (
              <p className="text-caption text-ink-muted">{t("oversight.followUp.noRoadmap")}</p>
            ) : (
              <FollowUpFields
                values={values}
                errors={errors}
                owners={owners}
                offer={followUp}
                idPrefix={id}
              />
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function FollowUpFields({
  values,
  errors,
  owners,
  offer,
  idPrefix,
}: {
  values: ReviewFormValues;
  errors: Record<string, string>;
  owners: { id: string; name: string }[];
  offer: FollowUpOffer;
  idPrefix: string;
}) {
  const { t } = useI18n();
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-start gap-3">
        <input
          id={`${idPrefix}-follow-up`}
          type="checkbox"
          name="createFollowUp"
          value="on"
          defaultChecked={values.createFollowUp === "on"}
          aria-describedby={`${idPrefix}-follow-up-hint`}
          className="mt-1 h-5 w-5 shrink-0 accent-brand"
        />
        <div className="flex flex-col gap-0.5">
          <label htmlFor={`${idPrefix}-follow-up`} className="font-medium">
            {t("oversight.followUp.create")}
          </label>
          <p id={`${idPrefix}-follow-up-hint`} className="text-caption text-ink-muted">
            {t("oversight.followUp.hint")}{" "}
            {t("oversight.followUp.where", {
              phase: t(`phase.${offer.phase}`),
              roadmap: offer.roadmapTitle,
            })}
          </p>
        </div>
      </div>
      <Field
        label={t("oversight.followUp.title")}
        name="followUpTitle"
        maxLength={200}
        defaultValue={values.followUpTitle ?? ""}
        error={errors.followUpTitle}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Select
          label={t("oversight.followUp.owner")}
          name="followUpOwnerId"
          defaultValue={values.followUpOwnerId ?? ""}
          error={errors.followUpOwnerId}
          options={[
            { value: "", label: t("oversight.followUp.noOwner") },
            ...owners.map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
        <Field
          label={t("oversight.followUp.due")}
          name="followUpDueDate"
          type="date"
          min={offer.startDate}
          max={offer.endDate}
          defaultValue={values.followUpDueDate ?? ""}
          error={errors.followUpDueDate}
        />
      </div>
    </div>
  );
}
