import { useId } from "react";
import { Form, Link, useNavigation } from "react-router";
import { Button, buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { PersonSelect, Select } from "~/components/ui/select";
import { Textarea } from "~/components/ui/textarea";
import type { MessageKey } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { LIMITS, RATING_FIELDS, USE_CASE_AREAS } from "~/modules/use-cases/fields";
import type { RatingField } from "~/modules/use-cases/fields";

export type UseCaseFormValues = Record<string, string>;

const RATING_LABELS: Record<RatingField, { label: MessageKey; hint: MessageKey }> = {
  ratingValue: { label: "useCases.field.ratingValue", hint: "useCases.field.ratingValueHint" },
  ratingDataQuality: {
    label: "useCases.field.ratingDataQuality",
    hint: "useCases.field.ratingDataQualityHint",
  },
  ratingDataProtection: {
    label: "useCases.field.ratingDataProtection",
    hint: "useCases.field.ratingDataProtectionHint",
  },
  ratingTeamReadiness: {
    label: "useCases.field.ratingTeamReadiness",
    hint: "useCases.field.ratingTeamReadinessHint",
  },
  ratingEffort: { label: "useCases.field.ratingEffort", hint: "useCases.field.ratingEffortHint" },
};

/**
 * The create and edit form of a use case: a plain POST form (works without
 * JavaScript); values come back from the server after a failed save.
 */
export function UseCaseForm({
  values,
  errors = {},
  roadmaps,
  members,
  version,
  submitLabel,
  cancelHref,
}: {
  values: UseCaseFormValues;
  errors?: Record<string, string>;
  roadmaps: { id: string; title: string }[];
  members: { id: string; name: string }[];
  version?: number;
  submitLabel: string;
  cancelHref: string;
}) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const isSubmitting = navigation.state === "submitting";
  return (
    <Form method="post" noValidate className="flex flex-col gap-5">
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Card className="flex flex-col gap-4">
        <Field
          label={t("useCases.field.title")}
          name="title"
          required
          maxLength={LIMITS.title}
          defaultValue={values.title ?? ""}
          error={errors.title}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Select
            label={t("useCases.field.area")}
            name="area"
            defaultValue={values.area ?? "other"}
            error={errors.area}
            options={USE_CASE_AREAS.map((a) => ({ value: a, label: t(`useCases.area.${a}`) }))}
          />
          <PersonSelect
            label={t("useCases.field.owner")}
            name="ownerId"
            defaultValue={values.ownerId ?? ""}
            error={errors.ownerId}
            people={members}
            noneLabel={t("useCases.field.noOwner")}
          />
        </div>
        <Textarea
          label={t("useCases.field.description")}
          name="description"
          hint={t("useCases.field.descriptionHint")}
          maxLength={LIMITS.description}
          defaultValue={values.description ?? ""}
          error={errors.description}
        />
        <Select
          label={t("useCases.field.roadmap")}
          name="roadmapId"
          hint={t("useCases.field.roadmapHint")}
          defaultValue={values.roadmapId ?? ""}
          error={errors.roadmapId}
          options={[
            { value: "", label: t("useCases.field.noRoadmap") },
            ...roadmaps.map((r) => ({ value: r.id, label: r.title })),
          ]}
        />
      </Card>

      <Card aria-labelledby="benefit-legend" className="flex flex-col gap-4">
        <CardTitle id="benefit-legend">{t("useCases.field.benefitLegend")}</CardTitle>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t("useCases.field.hoursSavedPerWeek")}
            name="hoursSavedPerWeek"
            inputMode="decimal"
            hint={t("useCases.field.hoursHint")}
            defaultValue={values.hoursSavedPerWeek ?? ""}
            error={errors.hoursSavedPerWeek}
          />
          <Field
            label={t("useCases.field.hourlyCost")}
            name="hourlyCostCents"
            inputMode="decimal"
            hint={t("useCases.field.hourlyCostHint")}
            defaultValue={values.hourlyCostCents ?? ""}
            error={errors.hourlyCostCents}
          />
          <Field
            label={t("useCases.field.extraRevenue")}
            name="extraRevenueCents"
            inputMode="decimal"
            hint={t("useCases.field.extraRevenueHint")}
            defaultValue={values.extraRevenueCents ?? ""}
            error={errors.extraRevenueCents}
          />
          <Field
            label={t("useCases.field.errorReduction")}
            name="errorReductionPct"
            inputMode="decimal"
            hint={t("useCases.field.errorReductionHint")}
            defaultValue={values.errorReductionPct ?? ""}
            error={errors.errorReductionPct}
          />
        </div>
      </Card>

      <Card aria-labelledby="ratings-legend" className="flex flex-col gap-4">
        <div>
          <CardTitle id="ratings-legend">{t("useCases.field.ratingsLegend")}</CardTitle>
          <p className="text-caption text-ink-muted">{t("useCases.field.ratingsHint")}</p>
        </div>
        <div className="grid gap-5 md:grid-cols-2">
          {RATING_FIELDS.map((field) => (
            <RatingInput
              key={field}
              name={field}
              label={t(RATING_LABELS[field].label)}
              hint={t(RATING_LABELS[field].hint)}
              value={values[field] ?? "3"}
              error={errors[field]}
            />
          ))}
        </div>
      </Card>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("useCases.form.saving") : submitLabel}
        </Button>
        <Link to={cancelHref} className={buttonClass("ghost")}>
          {t("useCases.form.cancel")}
        </Link>
      </div>
    </Form>
  );
}

/** Five radio buttons as a segmented control: keyboard- and screen-reader-friendly. */
function RatingInput({
  name,
  label,
  hint,
  value,
  error,
}: {
  name: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      aria-invalid={error ? true : undefined}
      className="flex flex-col gap-1.5"
    >
      <legend className="text-caption font-medium text-ink">{label}</legend>
      <p id={hintId} className="text-caption text-ink-muted">
        {hint}
      </p>
      <div className="flex gap-1.5">
        {["1", "2", "3", "4", "5"].map((n) => (
          <label key={n} className="relative">
            <input
              type="radio"
              name={name}
              value={n}
              defaultChecked={value === n}
              className="peer sr-only"
            />
            <span
              className={`flex h-10 w-10 cursor-pointer items-center justify-center rounded-control border bg-surface-raised font-medium tabular-nums text-ink peer-checked:border-brand peer-checked:bg-brand peer-checked:text-brand-ink peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand ${
                error ? "border-danger" : "border-line-strong"
              }`}
            >
              {n}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="text-caption font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
