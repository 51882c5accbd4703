import { Form, Link } from "react-router";
import { Button, buttonClass } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { Select } from "~/components/ui/select";
import { Textarea } from "~/components/ui/textarea";
import { useI18n } from "~/lib/i18n/react";
import { PhaseOwnerFields, TemplateKpiPicker } from "./template-setup";
import type { TemplateKpiOption } from "./template-setup";

export type RoadmapFormValues = Partial<Record<string, string>>;

const FOCUS_SUGGESTIONS = [
  "customerService",
  "leads",
  "stockAlerts",
  "reporting",
  "documents",
] as const;

/** What only a new roadmap asks: template or blank, its language, who owns the tasks. */
type CreateProps = {
  kind: "create";
  template: { tasks: number; criteria: number };
  people: { id: string; name: string }[];
  templateKpis: TemplateKpiOption[];
};

/** What only an existing roadmap carries: its version, its budget, a way back. */
type EditProps = {
  kind: "edit";
  version: number;
  cancelTo: string;
};

/**
 * The create and edit form of a roadmap: a plain POST form (works without JavaScript).
 * `values` are the fields' starting values: the defaults or the record, or what came
 * back from a refused save.
 */
export function RoadmapForm({
  values,
  errors = {},
  busy,
  submitLabel,
  ...props
}: (CreateProps | EditProps) & {
  values: RoadmapFormValues;
  errors?: Record<string, string>;
  busy: boolean;
  submitLabel: string;
}) {
  const { t } = useI18n();
  return (
    <Form
      method="post"
      noValidate
      className="group/roadmap flex max-w-2xl flex-col gap-5 rounded-card border border-line bg-surface-raised p-5 shadow-card sm:p-6"
    >
      {props.kind === "edit" ? <input type="hidden" name="version" value={props.version} /> : null}
      {props.kind === "create" ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-caption font-medium text-ink">{t("roadmaps.create.mode")}</legend>
          <label className="flex items-start gap-3 rounded-control border border-line-strong p-3 has-checked:border-brand has-checked:bg-brand-soft">
            <input
              type="radio"
              name="mode"
              value="template"
              defaultChecked={values.mode !== "blank"}
              className="mt-1"
            />
            <span>
              <span className="block font-medium">{t("roadmaps.create.modeTemplate")}</span>
              <span className="block text-caption text-ink-muted">
                {t("roadmaps.create.modeTemplateHint", props.template)}
              </span>
            </span>
          </label>
          <label className="flex items-start gap-3 rounded-control border border-line-strong p-3 has-checked:border-brand has-checked:bg-brand-soft">
            <input
              type="radio"
              name="mode"
              value="blank"
              defaultChecked={values.mode === "blank"}
              className="mt-1"
            />
            <span>
              <span className="block font-medium">{t("roadmaps.create.modeBlank")}</span>
              <span className="block text-caption text-ink-muted">
                {t("roadmaps.create.modeBlankHint")}
              </span>
            </span>
          </label>
          {errors.mode ? (
            <p className="text-caption font-medium text-danger">{errors.mode}</p>
          ) : null}
        </fieldset>
      ) : null}
      <Field
        label={t("roadmaps.fields.title")}
        name="title"
        required
        maxLength={120}
        defaultValue={values.title}
        error={errors.title}
      />
      <Field
        label={t("roadmaps.fields.focusArea")}
        name="focusArea"
        list="focus-suggestions"
        required={props.kind === "create"}
        hint={t("roadmaps.fields.focusAreaHint")}
        defaultValue={values.focusArea}
        error={errors.focusArea}
      />
      <datalist id="focus-suggestions">
        {FOCUS_SUGGESTIONS.map((key) => (
          <option key={key} value={t(`roadmaps.focusSuggestions.${key}`)} />
        ))}
      </datalist>
      <Textarea
        label={t("roadmaps.fields.ambition")}
        name="ambition"
        rows={3}
        hint={t("roadmaps.fields.ambitionHint")}
        defaultValue={values.ambition}
        error={errors.ambition}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("roadmaps.fields.startDate")}
          name="startDate"
          type="date"
          required
          hint={t(
            props.kind === "edit" ? "roadmaps.edit.startDateHint" : "roadmaps.fields.startDateHint",
          )}
          defaultValue={values.startDate}
          error={errors.startDate}
        />
        {props.kind === "create" ? (
          <Select
            label={t("roadmaps.fields.locale")}
            name="locale"
            hint={t("roadmaps.fields.localeHint")}
            defaultValue={values.locale}
            error={errors.locale}
            options={[
              { value: "de", label: t("app.languageName.de") },
              { value: "en", label: t("app.languageName.en") },
            ]}
          />
        ) : (
          <Field
            label={t("roadmaps.fields.plannedBudget")}
            name="plannedBudget"
            inputMode="decimal"
            hint={t("roadmaps.fields.amountHint")}
            defaultValue={values.plannedBudget}
            error={errors.plannedBudget}
          />
        )}
      </div>
      {props.kind === "create" ? (
        // Only the template brings tasks and KPIs; a blank roadmap starts empty.
        <div className="flex flex-col gap-5 group-has-[input[name=mode][value=blank]:checked]/roadmap:hidden">
          <PhaseOwnerFields people={props.people} values={values} errors={errors} />
          <TemplateKpiPicker kpis={props.templateKpis} errors={errors} />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
        {props.kind === "edit" ? (
          <Link to={props.cancelTo} className={buttonClass("ghost")}>
            {t("roadmaps.edit.cancel")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
