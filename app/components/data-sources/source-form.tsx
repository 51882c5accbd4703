import { useId } from "react";
import { Form, Link, useNavigation } from "react-router";
import { Button, buttonClass } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { PersonSelect, Select } from "~/components/ui/select";
import { useI18n } from "~/lib/i18n/react";
import {
  DATA_SOURCE_KINDS,
  DATA_SOURCE_LIMITS,
  LEGAL_BASES,
  PERSONAL_DATA_LEVELS,
} from "~/modules/data-sources/fields";

export type SourceFormValues = Partial<
  Record<
    | "name"
    | "systemOfRecord"
    | "ownerId"
    | "kind"
    | "personalData"
    | "legalBasis"
    | "retention"
    | "sentToVendor",
    string
  >
>;

/** Radio buttons in a fieldset, with hint and error tied to it (for the two short choices). */
function RadioGroup({
  legend,
  name,
  options,
  value,
  hint,
  error,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  value: string;
  hint?: string;
  error?: string;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      aria-invalid={error ? true : undefined}
      className="flex min-w-0 flex-col gap-1.5"
    >
      <legend className="mb-1.5 text-caption font-medium text-ink">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-1.5">
        {options.map((option) => (
          <label key={option.value} className="flex cursor-pointer items-start gap-2">
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={value === option.value}
              className="mt-1 h-4 w-4 shrink-0 accent-[var(--color-brand)]"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {hint ? (
        <p id={hintId} className="text-caption text-ink-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-caption font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Create and edit form of a data source; a plain form that works without JavaScript. */
export function SourceForm({
  members,
  values,
  errors = {},
  formError,
  version,
  submitLabel,
  cancelTo,
}: {
  members: { id: string; name: string }[];
  values: SourceFormValues;
  errors?: Record<string, string>;
  formError?: string;
  version?: number;
  submitLabel: string;
  cancelTo: string;
}) {
  const { t } = useI18n();
  const navigation = useNavigation();
  return (
    <Form method="post" noValidate className="flex flex-col gap-5">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <input type="hidden" name="intent" value="save" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("dataSources.field.name")}
          name="name"
          className="min-w-0"
          hint={t("dataSources.field.nameHint")}
          required
          maxLength={DATA_SOURCE_LIMITS.name}
          defaultValue={values.name ?? ""}
          error={errors.name}
        />
        <Field
          label={t("dataSources.field.systemOfRecord")}
          name="systemOfRecord"
          className="min-w-0"
          hint={t("dataSources.field.systemOfRecordHint")}
          maxLength={DATA_SOURCE_LIMITS.systemOfRecord}
          defaultValue={values.systemOfRecord ?? ""}
          error={errors.systemOfRecord}
        />
        <Select
          label={t("dataSources.field.kind")}
          name="kind"
          className="min-w-0"
          defaultValue={values.kind ?? "customer"}
          error={errors.kind}
          options={DATA_SOURCE_KINDS.map((k) => ({ value: k, label: t(`dataSources.kind.${k}`) }))}
        />
        <PersonSelect
          label={t("dataSources.field.owner")}
          name="ownerId"
          className="min-w-0"
          defaultValue={values.ownerId ?? ""}
          error={errors.ownerId}
          people={members}
          noneLabel={t("dataSources.field.noOwner")}
        />
      </div>
      <RadioGroup
        legend={t("dataSources.field.personalData")}
        name="personalData"
        value={values.personalData ?? "none"}
        hint={t("dataSources.field.personalDataHint")}
        error={errors.personalData}
        options={PERSONAL_DATA_LEVELS.map((p) => ({
          value: p,
          label: t(`dataSources.personalData.${p}`),
        }))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          label={t("dataSources.field.legalBasis")}
          name="legalBasis"
          className="min-w-0"
          hint={t("dataSources.field.legalBasisHint")}
          defaultValue={values.legalBasis ?? ""}
          error={errors.legalBasis}
          options={[
            { value: "", label: t("dataSources.legalBasis.none") },
            ...LEGAL_BASES.map((b) => ({ value: b, label: t(`dataSources.legalBasis.${b}`) })),
          ]}
        />
        <Field
          label={t("dataSources.field.retention")}
          name="retention"
          className="min-w-0"
          hint={t("dataSources.field.retentionHint")}
          maxLength={DATA_SOURCE_LIMITS.retention}
          defaultValue={values.retention ?? ""}
          error={errors.retention}
        />
      </div>
      <RadioGroup
        legend={t("dataSources.field.sentToVendor")}
        name="sentToVendor"
        value={values.sentToVendor ?? "no"}
        hint={t("dataSources.field.sentToVendorHint")}
        error={errors.sentToVendor}
        options={[
          { value: "yes", label: t("dataSources.field.yes") },
          { value: "no", label: t("dataSources.field.no") },
        ]}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {submitLabel}
        </Button>
        <Link to={cancelTo} className={buttonClass("ghost")}>
          {t("dataSources.form.cancel")}
        </Link>
      </div>
    </Form>
  );
}
