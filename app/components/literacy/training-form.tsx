import { Form, Link, useNavigation } from "react-router";
import { Button, buttonClass } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { Select } from "~/components/ui/select";
import { useI18n } from "~/lib/i18n/react";
import { TRAINING_FORMATS, TRAINING_LIMITS, TRAINING_TOPICS } from "~/modules/literacy/fields";

export type TrainingFormValues = Partial<
  Record<
    "title" | "topic" | "format" | "durationMinutes" | "provider" | "validityMonths" | "link",
    string
  >
>;

/** Create and edit form of a catalogue entry; a plain form that works without JavaScript. */
export function TrainingForm({
  values,
  errors = {},
  formError,
  version,
  submitLabel,
  cancelTo,
}: {
  values: TrainingFormValues;
  errors?: Record<string, string>;
  formError?: string | null;
  version?: number;
  submitLabel: string;
  cancelTo: string;
}) {
  const { t } = useI18n();
  const busy = useNavigation().state === "submitting";
  return (
    <Form method="post" noValidate className="flex flex-col gap-5">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <input type="hidden" name="intent" value="save" />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field
        label={t("literacy.form.title")}
        name="title"
        required
        maxLength={TRAINING_LIMITS.title}
        defaultValue={values.title ?? ""}
        error={errors.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          label={t("literacy.form.topic")}
          name="topic"
          hint={t("literacy.form.topicHint")}
          defaultValue={values.topic ?? "basics"}
          error={errors.topic}
          options={TRAINING_TOPICS.map((v) => ({ value: v, label: t(`literacy.topic.${v}`) }))}
        />
        <Select
          label={t("literacy.form.format")}
          name="format"
          defaultValue={values.format ?? "e_learning"}
          error={errors.format}
          options={TRAINING_FORMATS.map((v) => ({ value: v, label: t(`literacy.format.${v}`) }))}
        />
        <Field
          label={t("literacy.form.duration")}
          name="durationMinutes"
          inputMode="numeric"
          required
          defaultValue={values.durationMinutes ?? "60"}
          error={errors.durationMinutes}
        />
        <Field
          label={t("literacy.form.validity")}
          name="validityMonths"
          inputMode="numeric"
          hint={t("literacy.form.validityHint")}
          defaultValue={values.validityMonths ?? "12"}
          error={errors.validityMonths}
        />
      </div>
      <Field
        label={t("literacy.form.provider")}
        name="provider"
        hint={t("literacy.form.providerHint")}
        maxLength={TRAINING_LIMITS.provider}
        defaultValue={values.provider ?? ""}
        error={errors.provider}
      />
      <Field
        label={t("literacy.form.link")}
        name="link"
        type="url"
        hint={t("literacy.form.linkHint")}
        maxLength={TRAINING_LIMITS.link}
        defaultValue={values.link ?? ""}
        error={errors.link}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? t("literacy.form.saving") : submitLabel}
        </Button>
        <Link to={cancelTo} className={buttonClass("secondary")}>
          {t("literacy.form.cancel")}
        </Link>
      </div>
    </Form>
  );
}

/** A training as the edit form shows it. */
export function trainingToFormValues(training: {
  title: string;
  topic: string;
  format: string;
  durationMinutes: number;
  provider: string;
  validityMonths: number | null;
  link: string;
}): TrainingFormValues {
  return {
    title: training.title,
    topic: training.topic,
    format: training.format,
    durationMinutes: String(training.durationMinutes),
    provider: training.provider,
    validityMonths: training.validityMonths === null ? "" : String(training.validityMonths),
    link: training.link,
  };
}
