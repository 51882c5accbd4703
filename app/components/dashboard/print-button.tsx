import { printCharts } from "~/components/charts/chart-frame";
import { useHydrated } from "~/components/ui/use-hydrated";
import { Button } from "~/components/ui/button";
import { useI18n } from "~/lib/i18n/react";

/**
 * Opens the browser's print dialog once every chart is drawn (charts draw when scrolled
 * to); shown only when JavaScript runs (no dead button). Until then it keeps its place,
 * invisible (and so out of the focus order and the accessibility tree): appearing later,
 * it would push the page's content aside.
 */
export function PrintButton({ label }: { label?: string }) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  return (
    <Button
      variant="secondary"
      className={hydrated ? "no-print" : "no-print invisible"}
      onClick={() => void printCharts()}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
        <path d="M5 2h10v4H5zM3 7h14a2 2 0 0 1 2 2v5h-3v4H4v-4H1V9a2 2 0 0 1 2-2zm3 6v3h8v-3z" />
      </svg>
      {label ?? t("dashboard.print")}
    </Button>
  );
}
