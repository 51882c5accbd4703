import { Form, Link, useNavigation } from "react-router";
import { Button, buttonClass } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { PersonSelect, Select } from "~/components/ui/select";
import { useI18n } from "~/lib/i18n/react";
import {
  KPI_CATEGORIES,
  KPI_DIRECTIONS,
  KPI_SOURCES,
  KPI_VALUE_KINDS,
} from "~/modules/kpis/fields";

export type KpiFormValues = Partial<
  Record<
    | "name"
    | "category"
    | "unit"
    | "direction"
    | "valueKind"
    | "baseline"
    | "target"
    | "baselineDate"
    | "targetDate"
    | "roadmapId"
    | "ownerId"
    | "useCaseId"
    | "source",
    string
  >
>;

export type KpiFormOptionsProp = {
  roadmaps: { id: string; title: string }[];
  members: { id: string; name: string }[];
  useCases: { id: string; title: string }[];
};

/** Create and edit form of a KPI; a plain form that works without JavaScript. */
export function KpiForm({
  options,
  values,
  errors = {},
  formError,
  version,
  submitLabel,
  cancelTo,
}: {
  options: KpiFormOptionsProp;
  values: KpiFormValues;
  errors?: Record<string, string>;
  formError?: string;
  version?: number;
  submitLabel: string;
  cancelTo: string;
}) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  return (
    <Form method="post" noValidate className="flex flex-col gap-5">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field
        label={t("kpis.form.name")}
        name="name"
        hint={t("kpis.form.nameHint")}
        required
        maxLength={120}
        defaultValue={values.name ?? ""}
        error={errors.name}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Select
          label={t("kpis.form.category")}
          name="category"
          defaultValue={values.category ?? "efficiency"}
          error={errors.category}
          options={KPI_CATEGORIES.map((c) => ({ value: c, label: t(`kpis.category.${c}`) }))}
        />
        <Field
          label={t("kpis.form.unit")}
          name="unit"
          hint={t("kpis.form.unitHint")}
          maxLength={20}
          defaultValue={values.unit ?? ""}
          error={errors.unit}
        />
        <Select
          label={t("kpis.form.direction")}
          name="direction"
          defaultValue={values.direction ?? "higher_is_better"}
          error={errors.direction}
          options={KPI_DIRECTIONS.map((d) => ({ value: d, label: t(`kpis.direction.${d}`) }))}
        />
      </div>
      <Select
        label={t("kpis.form.valueKind")}
        name="valueKind"
        hint={t("kpis.form.valueKindHint")}
        // A new KPI without a choice gets one from its unit ("%" → percentage).
        defaultValue={values.valueKind ?? ""}
        error={errors.valueKind}
        options={[
          ...(values.valueKind ? [] : [{ value: "", label: t("kpis.valueKind.fromUnit") }]),
          ...KPI_VALUE_KINDS.map((k) => ({ value: k, label: t(`kpis.valueKind.${k}`) })),
        ]}
      />
      <fieldset className="flex flex-col gap-4 rounded-card border border-line p-4">
        <legend className="px-1 text-body font-semibold">{t("kpis.form.line")}</legend>
        <p className="-mt-2 text-caption text-ink-muted">{t("kpis.form.lineHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t("kpis.form.baseline")}
            name="baseline"
            inputMode="decimal"
            hint={t("kpis.form.numberHint")}
            required
            defaultValue={values.baseline ?? ""}
            error={errors.baseline}
          />
          <Field
            label={t("kpis.form.baselineDate")}
            name="baselineDate"
            type="date"
            required
            defaultValue={values.baselineDate ?? ""}
            error={errors.baselineDate}
          />
          <Field
            label={t("kpis.form.target")}
            name="target"
            inputMode="decimal"
            required
            defaultValue={values.target ?? ""}
            error={errors.target}
          />
          <Field
            label={t("kpis.form.targetDate")}
            name="targetDate"
            type="date"
            required
            defaultValue={values.targetDate ?? ""}
            error={errors.targetDate}
          />
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Select
          label={t("kpis.form.roadmap")}
          name="roadmapId"
          defaultValue={values.roadmapId ?? ""}
          error={errors.roadmapId}
          options={[
            { value: "", label: t("kpis.form.noRoadmap") },
            ...options.roadmaps.map((r) => ({ value: r.id, label: r.title })),
          ]}
        />
        <PersonSelect
          label={t("kpis.form.owner")}
          name="ownerId"
          hint={t("kpis.form.ownerHint")}
          defaultValue={values.ownerId ?? ""}
          error={errors.ownerId}
          people={options.members}
          noneLabel={t("kpis.noOwner")}
        />
        <Select
          label={t("kpis.form.useCase")}
          name="useCaseId"
          defaultValue={values.useCaseId ?? ""}
          error={errors.useCaseId}
          options={[
            { value: "", label: t("kpis.form.noUseCase") },
            ...options.useCases.map((u) => ({ value: u.id, label: u.title })),
          ]}
        />
      </div>
      <Select
        label={t("oversight.kpi.source")}
        name="source"
        hint={t("oversight.kpi.sourceHint")}
        defaultValue={values.source ?? "manual"}
        error={errors.source}
        options={KPI_SOURCES.map((s) => ({ value: s, label: t(`oversight.kpi.sources.${s}`) }))}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? t("kpis.form.saving") : submitLabel}
        </Button>
        <Link to={cancelTo} className={buttonClass("secondary")}>
          {t("kpis.form.cancel")}
        </Link>
      </div>
    </Form>
  );
}
