import { formatNumber } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { RatedUseCase } from "~/modules/use-cases/priority";

/** The documented priority formula, with this use case's numbers filled in. */
export function PriorityFormula({
  ratings,
  feasibility,
  score,
}: {
  ratings: RatedUseCase;
  feasibility: number;
  score: number;
}) {
  const { t, locale } = useI18n();
  const f = formatNumber(feasibility, locale, { maximumFractionDigits: 2 });
  return (
    <details className="rounded-control border border-line bg-surface px-3 py-2 text-caption">
      <summary className="cursor-pointer font-medium text-ink">
        {t("useCases.priority.formulaTitle")}
      </summary>
      <div className="mt-2 flex flex-col gap-1.5 text-ink-muted">
        <p>{t("useCases.priority.feasibilityFormula")}</p>
        <p>{t("useCases.priority.scoreFormula")}</p>
        <p className="font-medium text-ink tabular-nums">
          {ratings.tier === "prohibited"
            ? t("useCases.priority.thisCaseProhibited")
            : t(
                ratings.tier === "high_risk"
                  ? "useCases.priority.thisCaseHighRisk"
                  : "useCases.priority.thisCase",
                {
                  dataQuality: ratings.dataQuality,
                  dataProtection: ratings.dataProtectionRisk,
                  teamReadiness: ratings.teamReadiness,
                  effort: ratings.effort,
                  feasibility: f,
                  value: ratings.value,
                  score,
                },
              )}
        </p>
        <p>{t("useCases.priority.explanation")}</p>
        <p>{t("useCases.priority.aiActRule")}</p>
      </div>
    </details>
  );
}
