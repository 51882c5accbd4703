import { useI18n } from "~/lib/i18n/react";
import type { TierBucket } from "~/modules/dashboards/dashboard";

const barColor: Record<TierBucket, string> = {
  prohibited: "bg-danger",
  high_risk: "bg-danger",
  limited: "bg-warning",
  minimal: "bg-success",
  outside: "bg-ink-subtle",
  not_assessed: "bg-line-strong",
};

/** Use cases per AI Act tier as labelled bars; the numbers are the text. */
export function TierList({ tiers }: { tiers: { tier: TierBucket; count: number }[] }) {
  const { t } = useI18n();
  const max = Math.max(1, ...tiers.map((x) => x.count));
  return (
    <ul className="mt-3 flex flex-col gap-2">
      {tiers.map(({ tier, count }) => (
        <li key={tier} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3">
          <span className={count === 0 ? "text-ink-muted" : "font-medium"}>
            {t(`dashboard.tiers.${tier}`)}
          </span>
          <span className="text-right font-semibold tabular-nums">{count}</span>
          <span aria-hidden="true" className="col-span-2 h-1.5 rounded-full bg-surface-muted">
            <span
              className={`block h-full rounded-full ${barColor[tier]}`}
              style={{ width: `${(count / max) * 100}%` }}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}
