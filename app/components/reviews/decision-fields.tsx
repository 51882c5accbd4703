import { Field } from "~/components/ui/field";
import { Textarea } from "~/components/ui/textarea";
import { useI18n } from "~/lib/i18n/react";
import { fieldName, REASON_MAX, ROLLOUT_UNITS } from "~/modules/reviews/form-fields";
import { DECISION_KINDS } from "~/modules/reviews/form-fields";
import type { Decision } from "~/modules/reviews/snapshot";

/**
 * One use case's decision: scale / adjust / stop as a radio group, the reason (required
 * for adjust and stop) and, for scale, how many more teams or sites. Shown again with
 * what was typed (`values`) after a refused save.
 */
export function DecisionFields({
  useCase,
  stored,
  values,
  errors,
}: {
  useCase: { id: string; title: string };
  stored: Decision | undefined;
  values: Record<string, string> | undefined;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const names = {
    decision: fieldName.decision(useCase.id),
    reason: fieldName.reason(useCase.id),
    units: fieldName.units(useCase.id),
  };
  const chosen = values ? values[names.decision] : stored?.decision;
  const decisionError = errors[names.decision];
  const errorId = `${names.decision}-error`;
  return (
    <div className="flex flex-col gap-3">
      <fieldset
        className="flex flex-col gap-2"
        aria-invalid={decisionError ? true : undefined}
        aria-describedby={decisionError ? errorId : undefined}
      >
        <legend className="mb-1 text-caption font-medium text-ink">
          {t("reviews.decision.legend", { title: useCase.title })}
        </legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {DECISION_KINDS.map((kind) => (
            <label
              key={kind}
              className="flex items-start gap-3 rounded-control border border-line-strong p-3 has-checked:border-brand has-checked:bg-brand-soft"
            >
              <input
                type="radio"
                name={names.decision}
                value={kind}
                defaultChecked={chosen === kind}
                className="mt-1 h-4 w-4 shrink-0 accent-brand"
              />
              <span>
                <span className="block font-medium">{t(`reviews.decision.${kind}`)}</span>
                <span className="block text-caption text-ink-muted">
                  {t(`reviews.decision.${kind}Hint`)}
                </span>
              </span>
            </label>
          ))}
        </div>
        {decisionError ? (
          <p id={errorId} className="text-caption font-medium text-danger">
            {decisionError}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-3 md:grid-cols-[1fr_14rem]">
        <Textarea
          label={t("reviews.decision.reason")}
          name={names.reason}
          rows={2}
          maxLength={REASON_MAX}
          hint={t("reviews.decision.reasonHint")}
          defaultValue={values ? values[names.reason] : stored?.reason}
          error={errors[names.reason]}
        />
        <Field
          label={t("reviews.decision.units")}
          name={names.units}
          type="number"
          inputMode="numeric"
          min={ROLLOUT_UNITS.min}
          max={ROLLOUT_UNITS.max}
          step={1}
          hint={t("reviews.decision.unitsHint")}
          defaultValue={values ? values[names.units] : String(stored?.rolloutUnits ?? 1)}
          error={errors[names.units]}
        />
      </div>
    </div>
  );
}
