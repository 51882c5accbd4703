import { TierBadge } from "~/components/use-cases/badges";
import { formatCents, formatNumber, formatPercent } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { UseCaseEvidence } from "~/modules/reviews/snapshot";

/**
 * The figures a decision on one use case rests on, as a list of terms and values.
 * `obligationTitles`: the open obligations' titles in the reader's language, by code
 * (from the loader, see reviews/obligation-titles.server.ts).
 */
export function UseCaseEvidenceList({
  useCase,
  obligationTitles,
}: {
  useCase: UseCaseEvidence;
  obligationTitles: Readonly<Record<string, string>>;
}) {
  const { t, locale } = useI18n();
  const o = useCase.oversight;
  const open = useCase.openObligations;
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-caption sm:grid-cols-2 print:grid-cols-2">
      <Item term={t("reviews.useCase.score")}>{formatNumber(useCase.score, locale)}</Item>
      <Item term={t("reviews.useCase.tier")}>
        {useCase.tier ? <TierBadge tier={useCase.tier} /> : t("dashboard.tiers.not_assessed")}
      </Item>
      <Item term={t("reviews.useCase.obligations")}>
        {open.length === 0 ? (
          t("reviews.useCase.obligationsNone")
        ) : (
          <>
            {t("reviews.useCase.obligationsOpen", {
              count: open.length,
              total: useCase.obligationsTotal,
            })}
            <ul className="mt-1 list-disc pl-5">
              {open.map((ob) => (
                <li key={ob.code}>{obligationTitles[ob.code] ?? ob.code}</li>
              ))}
            </ul>
          </>
        )}
      </Item>
      <Item term={t("reviews.useCase.hours")}>
        {t("reviews.useCase.hoursValue", {
          hours: formatNumber(useCase.hoursSavedPerWeek, locale),
          amount: formatCents(useCase.valueCents, locale),
        })}
      </Item>
      <Item term={t("reviews.useCase.oversight")}>
        {o === null ? (
          t("reviews.useCase.oversightNone")
        ) : (
          <>
            {o.correctionRateLast30Days === null
              ? t("reviews.useCase.oversightNoRate", {
                  reviews: o.reviewsLast30Days,
                  outputs: o.outputsReviewedLast30Days,
                })
              : t("reviews.useCase.oversightValue", {
                  reviews: o.reviewsLast30Days,
                  outputs: o.outputsReviewedLast30Days,
                  rate: formatPercent(o.correctionRateLast30Days, locale),
                })}
            {o.openHighIncidents > 0 ? (
              <span className="block font-medium text-danger">
                {t("reviews.useCase.openIncidents", { count: o.openHighIncidents })}
              </span>
            ) : null}
          </>
        )}
      </Item>
      {useCase.ownerName ? <Item term={t("useCases.field.owner")}>{useCase.ownerName}</Item> : null}
    </dl>
  );
}

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-ink-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
