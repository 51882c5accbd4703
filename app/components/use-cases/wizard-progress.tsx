import { Link } from "react-router";
import { useI18n } from "~/lib/i18n/react";
import { STEPS } from "~/modules/assessments/answers";
import type { StepNumber } from "~/modules/assessments/answers";
import type { StepState } from "~/modules/assessments/wizard";

/** The five steps with their state; answered steps can be revisited. */
export function WizardProgress({
  current,
  states,
  hrefFor,
}: {
  current: StepNumber | "review";
  states: { step: StepNumber; state: StepState }[];
  hrefFor: (step: StepNumber) => string;
}) {
  const { t, locale } = useI18n();
  return (
    <nav aria-label={t("assessment.wizard.steps")}>
      <ol className="grid grid-cols-5 gap-1.5">
        {STEPS.map(({ step, title }) => {
          const state = states.find((s) => s.step === step)?.state ?? "open";
          const isCurrent = step === current;
          // On phones only the numbers show; the state and title stay for screen readers.
          const content = (
            <>
              <span className="block text-caption text-ink-muted tabular-nums">
                {step}
                <span className="max-sm:sr-only">
                  . {t(`assessment.wizard.stepState.${state}`)}
                </span>
              </span>
              <span className="block text-caption font-medium max-sm:sr-only">{title[locale]}</span>
            </>
          );
          const cls = `relative block h-full rounded-control border-t-4 bg-surface-raised px-3 py-2 ${
            isCurrent
              ? "border-t-brand shadow-card"
              : state === "done"
                ? "border-t-success"
                : "border-t-line"
          }`;
          return (
            <li key={step}>
              {state === "done" && !isCurrent ? (
                <Link to={hrefFor(step)} className={`${cls} hover:bg-surface-muted`}>
                  {content}
                </Link>
              ) : (
                <span className={cls} aria-current={isCurrent ? "step" : undefined}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
