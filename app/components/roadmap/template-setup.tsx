import { Select } from "~/components/ui/select";
import { useI18n } from "~/lib/i18n/react";
import { PHASE_KINDS } from "~/modules/calendar/phase-dates";
import { PHASE_OWNER_FIELDS, templateKpiField } from "~/modules/roadmaps/form-fields";

export type TemplateKpiOption = {
  key: string;
  name: string;
  unit: string;
  direction: "higher_is_better" | "lower_is_better";
  /** Typed-in starting values: the template's typical figures, or what came back. */
  baseline: string;
  target: string;
  checked: boolean;
};

/** One owner per phase: each phase's template tasks go to that person. */
export function PhaseOwnerFields({
  people,
  values,
  errors,
}: {
  people: { id: string; name: string }[];
  values: Record<string, string | undefined>;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-body font-semibold">{t("roadmaps.fields.phaseOwners")}</legend>
      <p className="-mt-1 text-caption text-ink-muted">{t("roadmaps.fields.phaseOwnersHint")}</p>
      <div className="grid gap-4 sm:grid-cols-3">
        {PHASE_KINDS.map((kind) => (
          <Select
            key={kind}
            label={t(`phase.${kind}`)}
            name={PHASE_OWNER_FIELDS[kind]}
            defaultValue={values[PHASE_OWNER_FIELDS[kind]] ?? ""}
            error={errors[PHASE_OWNER_FIELDS[kind]]}
            options={[
              { value: "", label: t("roadmap.noOwner") },
              ...people.map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The template's KPIs to start with: tick one and its baseline and target can be
 * adjusted in place. They run from the start to the last day and belong to the pilot's owner.
 */
export function TemplateKpiPicker({
  kpis,
  errors,
}: {
  kpis: TemplateKpiOption[];
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-body font-semibold">{t("roadmaps.fields.kpis")}</legend>
      <p className="-mt-1 text-caption text-ink-muted">{t("roadmaps.fields.kpisHint")}</p>
      <ul className="flex flex-col divide-y divide-line rounded-control border border-line">
        {kpis.map((kpi) => {
          const id = `template-kpi-${kpi.key}`;
          const unit = kpi.unit ? ` (${kpi.unit})` : "";
          return (
            <li
              key={kpi.key}
              className="grid grid-cols-2 gap-2 p-3 sm:grid-cols-[minmax(0,1fr)_8rem_8rem] sm:items-end"
            >
              <label
                htmlFor={id}
                className="col-span-2 flex items-start gap-2 self-start font-medium sm:col-span-1"
              >
                <input
                  id={id}
                  type="checkbox"
                  name={templateKpiField(kpi.key)}
                  value="on"
                  defaultChecked={kpi.checked}
                  className="mt-1 h-4 w-4 shrink-0 accent-brand"
                />
                <span>
                  {kpi.name}
                  <span className="block text-caption font-normal text-ink-muted">
                    {t(`kpis.direction.${kpi.direction}`)}
                  </span>
                </span>
              </label>
              {(["baseline", "target"] as const).map((part) => {
                const name = templateKpiField(kpi.key, part);
                const error = errors[name];
                return (
                  <div key={part} className="flex flex-col gap-1">
                    <label htmlFor={`${id}-${part}`} className="text-caption text-ink-muted">
                      {t(part === "baseline" ? "kpis.form.baseline" : "kpis.form.target")}
                      {unit}
                      <span className="sr-only"> – {kpi.name}</span>
                    </label>
                    <input
                      id={`${id}-${part}`}
                      name={name}
                      inputMode="decimal"
                      defaultValue={part === "baseline" ? kpi.baseline : kpi.target}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-${part}-error` : undefined}
                      className={`w-full rounded-control border bg-surface-raised px-2 py-1.5 text-ink tabular-nums ${error ? "border-danger" : "border-line-strong"}`}
                    />
                    {error ? (
                      <p
                        id={`${id}-${part}-error`}
                        className="text-caption font-medium text-danger"
                      >
                        {error}
                      </p>
                    ) : null}
                  </div>
                );
              })}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
