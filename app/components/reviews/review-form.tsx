import { Form, useNavigation } from "react-router";
import { PrintSection } from "~/components/dashboard/print-section";
import { Card } from "~/components/ui/card";
import { ConflictNotice } from "~/components/ui/conflict-notice";
import { deferred } from "~/components/ui/deferred";
import { FormAlert } from "~/components/ui/form-alert";
import { buttonClass } from "~/components/ui/button";
import { Textarea } from "~/components/ui/textarea";
import { StatusBadge } from "~/components/use-cases/badges";
import { formatNumber } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { SUMMARY_MAX } from "~/modules/reviews/form-fields";
import type { Decision, ReviewEvidence } from "~/modules/reviews/snapshot";
import { DecisionFields } from "./decision-fields";

// The evidence only shows: server-rendered at once, its browser code after the page's.
const parts = () => import("./review-parts");
const KpiResults = deferred(() => parts().then((m) => m.KpiResults));
const UseCaseEvidenceList = deferred(() => parts().then((m) => m.UseCaseEvidenceList));
const LearningsByKind = deferred(() => parts().then((m) => m.LearningsByKind));
const BudgetTable = deferred(() => parts().then((m) => m.BudgetTable));

export type ReviewFormAnswer = {
  ok: boolean;
  message?: string;
  formError?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  current?: { version: number; summary: string; decisions: Decision[] };
};

/**
 * The closing review while the roadmap runs: the evidence (KPI results, each use case's
 * figures, learnings, budget) and, for those who may edit, a decision per use case, the
 * summary and the two buttons. Readers see the evidence and the decisions so far.
 */
export function ReviewForm({
  evidence,
  draft,
  canEdit,
  answer,
  obligationTitles,
}: {
  evidence: ReviewEvidence;
  /** The open obligations' titles by code, in the reader's language. */
  obligationTitles: Readonly<Record<string, string>>;
  draft: { version: number; summary: string; decisions: Decision[] };
  canEdit: boolean;
  answer: ReviewFormAnswer | undefined;
}) {
  const { t, locale } = useI18n();
  const busy = useNavigation().state === "submitting";
  const errors = answer?.fieldErrors ?? {};
  const decisionOf = new Map(draft.decisions.map((d) => [d.useCaseId, d]));
  const titleOf = new Map(evidence.useCases.map((u) => [u.id, u.title]));
  return (
    <Form method="post" className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="version" value={draft.version} />
      {answer?.ok ? <FormAlert tone="success">{answer.message}</FormAlert> : null}
      {answer && !answer.ok && answer.current ? (
        <ConflictNotice
          title={t("reviews.errors.conflictTitle")}
          body={t("reviews.errors.conflictBody")}
          rows={[
            [
              t("reviews.errors.storedDecisions"),
              answer.current.decisions
                .map(
                  (d) =>
                    `${titleOf.get(d.useCaseId) ?? "–"}: ${t(`reviews.decision.${d.decision}`)}`,
                )
                .join("\n") || "–",
            ],
            [t("reviews.errors.storedSummary"), answer.current.summary || "–"],
          ]}
        />
      ) : answer && !answer.ok ? (
        <FormAlert>{answer.formError}</FormAlert>
      ) : null}

      <PrintSection id="review-kpis" title={t("reviews.sections.kpis")}>
        <KpiResults kpis={evidence.kpis} labelledBy="review-kpis" />
      </PrintSection>

      <PrintSection id="review-use-cases" title={t("reviews.sections.useCases")}>
        {evidence.useCases.length === 0 ? (
          <p className="text-ink-muted">{t("reviews.useCase.none")}</p>
        ) : null}
        {evidence.useCases.map((u) => {
          const stored = decisionOf.get(u.id);
          return (
            <Card key={u.id} aria-labelledby={`review-uc-${u.id}`} className="flex flex-col gap-4">
              <div className="flex flex-wrap items-center gap-2">
                <h3 id={`review-uc-${u.id}`} className="text-lead font-semibold">
                  {u.title}
                </h3>
                <StatusBadge status={u.status} />
              </div>
              <UseCaseEvidenceList useCase={u} obligationTitles={obligationTitles} />
              {canEdit ? (
                <DecisionFields
                  useCase={u}
                  stored={stored}
                  values={answer?.values}
                  errors={errors}
                />
              ) : (
                <p>
                  <span className="font-medium">{t("reviews.paper.decisions")}: </span>
                  {stored
                    ? `${t(`reviews.decision.${stored.decision}`)}${stored.reason ? ` – ${stored.reason}` : ""}`
                    : t("reviews.decision.undecided")}
                </p>
              )}
            </Card>
          );
        })}
        {evidence.useCases.length > 0 ? (
          <p className="text-caption text-ink-muted">
            {t("reviews.useCase.valueHint", {
              weeks: formatNumber(evidence.valueWeeks, locale, { maximumFractionDigits: 1 }),
              days: Math.round(evidence.valueWeeks * 7),
            })}
          </p>
        ) : null}
      </PrintSection>

      <PrintSection id="review-learnings" title={t("reviews.sections.learnings")}>
        <LearningsByKind learnings={evidence.learnings} empty={t("reviews.paper.learningsNone")} />
      </PrintSection>

      <PrintSection id="review-budget" title={t("reviews.sections.budget")}>
        <BudgetTable phases={evidence.budget} />
      </PrintSection>

      {canEdit ? (
        <Card className="flex flex-col gap-4">
          <Textarea
            label={t("reviews.summary")}
            name="summary"
            rows={4}
            maxLength={SUMMARY_MAX}
            hint={t("reviews.summaryHint")}
            defaultValue={answer?.values?.summary ?? draft.summary}
            error={errors.summary}
          />
          <div className="flex flex-wrap items-center gap-3">
            {(["save", "complete"] as const).map((intent) => (
              <button
                key={intent}
                type="submit"
                name="intent"
                value={intent}
                disabled={busy}
                className={buttonClass(intent === "save" ? "secondary" : "primary")}
                aria-describedby={intent === "complete" ? "review-complete-hint" : undefined}
              >
                {t(intent === "save" ? "reviews.saveDraft" : "reviews.complete")}
              </button>
            ))}
          </div>
          <p id="review-complete-hint" className="text-caption text-ink-muted">
            {t("reviews.completeHint")}
          </p>
        </Card>
      ) : (
        <p className="text-ink-muted">{t("reviews.readOnly")}</p>
      )}
    </Form>
  );
}
