import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { useI18n } from "~/lib/i18n/react";
import type { KpiStatus } from "~/modules/kpis/status";

export const kpiStatusTone: Record<KpiStatus, Tone> = {
  on_track: "success",
  at_risk: "warning",
  off_track: "danger",
  no_data: "neutral",
};

const symbol: Record<KpiStatus, string> = {
  on_track: "●",
  at_risk: "▲",
  off_track: "■",
  no_data: "○",
};

/** The status in words and colour, plus a shape so it reads in black-and-white print too. */
export function KpiStatusBadge({ status }: { status: KpiStatus }) {
  const { t } = useI18n();
  return (
    <Badge tone={kpiStatusTone[status]}>
      <span aria-hidden="true">{symbol[status]}</span>
      {t(`kpis.status.${status}`)}
    </Badge>
  );
}
