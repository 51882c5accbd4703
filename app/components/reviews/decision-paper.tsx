import { Link } from "react-router";
import { BudgetTable } from "~/components/dashboard/budget-table";
import { PrintButton } from "~/components/dashboard/print-button";
import { PrintSection } from "~/components/dashboard/print-section";
import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { formatDate, formatInstant, formatNumber } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { DecisionKind, ReviewSnapshot } from "~/modules/reviews/snapshot";
import { KpiResults } from "./kpi-results";
import { LearningsByKind } from "./learnings-by-kind";
import { UseCaseEvidenceList } from "./use-case-evidence";

const decisionTone: Record<DecisionKind, Tone> = {
  scale: "success",
  adjust: "warning",
  stop: "danger",
};

/**
 * The decision paper: the completed review for leadership, one printable page, drawn
 * from the snapshot only (later edits of the roadmap do not change it).
 */
export function DecisionPaper({
  snapshot,
  orgName,
  backHref,
  obligationTitles,
}: {
  snapshot: ReviewSnapshot;
  orgName: string;
  backHref: string;
  /** The open obligations' titles by code, in the reader's language. */
  obligationTitles: Readonly<Record<string, string>>;
}) {
  const { t, locale } = useI18n();
  const { evidence } = snapshot;
  const decisionOf = new Map(snapshot.decisions.map((d) => [d.useCaseId, d]));
  return (
    <div className="flex flex-col gap-4">
      <div className="no-print flex flex-wrap items-center justify-between gap-3 rounded-card border border-line bg-surface-raised px-4 py-3">
        <Link to={backHref} className="text-caption text-ink-muted hover:text-brand">
          ← {t("reviews.paper.back")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-caption text-ink-muted">{t("reports.printed.printHint")}</span>
          <PrintButton label={t("reviews.paper.print")} />
        </div>
      </div>

      <article className="mx-auto flex w-full max-w-[52rem] flex-col gap-8 rounded-card border border-line bg-surface-raised p-6 shadow-card sm:p-10 print:max-w-none print:border-0 print:p-0">
        <header className="flex flex-col gap-1 border-b border-line pb-4">
          <p className="text-caption font-semibold tracking-wide text-ink-muted uppercase">
            {orgName}
          </p>
          <h1 className="text-display break-words hyphens-auto">
            {t("reviews.paper.title", { title: evidence.roadmap.title })}
          </h1>
          <p className="text-ink-muted">
            {t("reviews.paper.period", {
              start: formatDate(evidence.roadmap.startDate, locale),
              end: formatDate(evidence.roadmap.endDate, locale),
            })}
          </p>
        </header>

        <PrintSection id="paper-summary" title={t("reviews.sections.summary")}>
          <p className="whitespace-pre-line">
            {snapshot.summary || (
              <span className="text-ink-muted">{t("reviews.paper.summaryNone")}</span>
            )}
          </p>
        </PrintSection>

        <PrintSection id="paper-kpis" title={t("reviews.sections.kpis")}>
          <KpiResults kpis={evidence.kpis} labelledBy="paper-kpis" />
        </PrintSection>

        <PrintSection id="paper-decisions" title={t("reviews.paper.decisions")}>
          {evidence.useCases.length === 0 ? (
            <p className="text-ink-muted">{t("reviews.useCase.none")}</p>
          ) : (
            <>
              <p className="text-caption text-ink-muted">
                {t("reviews.useCase.valueHint", {
                  weeks: formatNumber(evidence.valueWeeks, locale, { maximumFractionDigits: 1 }),
                  days: Math.round(evidence.valueWeeks * 7),
                })}
              </p>
              {evidence.useCases.map((u) => {
                const d = decisionOf.get(u.id);
                return (
                  <article
                    key={u.id}
                    aria-labelledby={`paper-uc-${u.id}`}
                    className="flex flex-col gap-3 rounded-control border border-line p-4 break-inside-avoid"
                  >
                    <div className="flex flex-wrap items-center gap-2">
                      <h3 id={`paper-uc-${u.id}`} className="font-semibold">
                        {u.title}
                      </h3>
                      {d ? (
                        <Badge tone={decisionTone[d.decision]}>
                          {t(`reviews.decision.${d.decision}`)}
                        </Badge>
                      ) : null}
                      {d?.decision === "scale" ? (
                        <span className="text-caption text-ink-muted">
                          {t("reviews.paper.rollout", { count: d.rolloutUnits })}
                        </span>
                      ) : null}
                    </div>
                    {d?.reason ? (
                      <p>
                        <span className="font-medium">{t("reviews.paper.reason")}: </span>
                        <span className="whitespace-pre-line">{d.reason}</span>
                      </p>
                    ) : null}
                    <UseCaseEvidenceList useCase={u} obligationTitles={obligationTitles} />
                  </article>
                );
              })}
            </>
          )}
        </PrintSection>

        <PrintSection id="paper-learnings" title={t("reviews.sections.learnings")}>
          <LearningsByKind
            learnings={evidence.learnings}
            empty={t("reviews.paper.learningsNone")}
          />
        </PrintSection>

        <PrintSection id="paper-budget" title={t("reviews.sections.budget")}>
          <BudgetTable phases={evidence.budget} />
        </PrintSection>

        <footer className="border-t border-line pt-3 text-caption text-ink-muted">
          {snapshot.completedByName
            ? t("reviews.paper.completedBy", {
                name: snapshot.completedByName,
                date: formatInstant(snapshot.completedAt, locale, false),
              })
            : t("reviews.paper.completedOn", {
                date: formatInstant(snapshot.completedAt, locale, false),
              })}
        </footer>
      </article>
    </div>
  );
}
