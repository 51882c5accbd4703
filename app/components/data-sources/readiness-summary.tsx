import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { ProgressBar } from "~/components/ui/progress-bar";
import { useI18n } from "~/lib/i18n/react";
import type { DataReadiness } from "~/modules/data-sources/readiness";

const STATE_TONE: Record<DataReadiness["state"], Tone> = {
  no_sources: "neutral",
  checks_open: "warning",
  questions_open: "warning",
  ready: "success",
};

export function ReadinessBadge({ state }: { state: DataReadiness["state"] }) {
  const { t } = useI18n();
  return <Badge tone={STATE_TONE[state]}>{t(`dataSources.readiness.state.${state}`)}</Badge>;
}

/**
 * The data-readiness summary: sources fully checked against recorded, checks still
 * open, and the open personal-data questions by source.
 */
export function ReadinessSummary({ readiness }: { readiness: DataReadiness }) {
  const { t } = useI18n();
  if (readiness.state === "no_sources") {
    return <p className="text-ink-muted">{t("dataSources.readiness.noSources")}</p>;
  }
  const label = t("dataSources.readiness.fullyChecked", {
    checked: readiness.fullyChecked,
    count: readiness.sources,
  });
  return (
    <div className="flex flex-col gap-3">
      <div className="flex max-w-xl flex-col gap-1.5">
        <p className="font-medium">{label}</p>
        <ProgressBar
          percent={(readiness.fullyChecked / readiness.sources) * 100}
          label={label}
          colorClass={readiness.fullyChecked === readiness.sources ? "bg-success" : "bg-warning"}
        />
        {readiness.openChecks > 0 ? (
          <p className="text-caption text-ink-muted">
            {t("dataSources.readiness.openChecks", { count: readiness.openChecks })}
          </p>
        ) : null}
      </div>
      {readiness.openQuestions.length > 0 ? (
        <div className="flex flex-col gap-1">
          <h3 className="text-caption font-semibold">
            {t("dataSources.readiness.questionsTitle")}
          </h3>
          <ul className="flex list-disc flex-col gap-1 pl-5 text-caption">
            {readiness.openQuestions.map((q) => (
              <li key={`${q.sourceId}-${q.code}`}>
                {t(`dataSources.readiness.question.${q.code}`, { source: q.sourceName })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
