import { formatKpiValue } from "~/components/kpis/format";
import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { Table, TableBody, TableHead, Td, Th, Tr } from "~/components/ui/table";
import { useI18n } from "~/lib/i18n/react";
import type { KpiEvidence } from "~/modules/reviews/snapshot";
import type { KpiVerdict } from "~/modules/reviews/verdict";

const verdictTone: Record<KpiVerdict, Tone> = {
  met: "success",
  partly: "warning",
  missed: "danger",
  no_data: "neutral",
};

// A shape beside the colour, so the verdict reads in black-and-white print too.
const verdictSymbol: Record<KpiVerdict, string> = {
  met: "●",
  partly: "▲",
  missed: "■",
  no_data: "○",
};

export function VerdictBadge({ verdict }: { verdict: KpiVerdict }) {
  const { t } = useI18n();
  return (
    <Badge tone={verdictTone[verdict]}>
      <span aria-hidden="true">{verdictSymbol[verdict]}</span>
      {t(`reviews.verdict.${verdict}`)}
    </Badge>
  );
}

/** Each KPI's result at the end of the roadmap: baseline, target, last value, verdict, trend. */
export function KpiResults({
  kpis,
  labelledBy,
}: {
  kpis: readonly KpiEvidence[];
  labelledBy: string;
}) {
  const { t, locale } = useI18n();
  if (kpis.length === 0) return <p className="text-ink-muted">{t("reviews.kpi.none")}</p>;
  return (
    <>
      <Table labelledBy={labelledBy} size="caption" minWidth="md">
        <TableHead>
          <Th>{t("reviews.kpi.name")}</Th>
          <Th numeric>{t("reviews.kpi.baseline")}</Th>
          <Th numeric>{t("reviews.kpi.target")}</Th>
          <Th numeric>{t("reviews.kpi.last")}</Th>
          <Th>{t("reviews.kpi.verdict")}</Th>
          <Th>{t("reviews.kpi.trend")}</Th>
        </TableHead>
        <TableBody>
          {kpis.map((k) => (
            <Tr key={k.id}>
              <Th weight="normal">{k.name}</Th>
              <Td numeric>{formatKpiValue(k.baseline, k.unit, locale)}</Td>
              <Td numeric>{formatKpiValue(k.target, k.unit, locale)}</Td>
              <Td numeric>{k.last === null ? "–" : formatKpiValue(k.last, k.unit, locale)}</Td>
              <Td>
                <VerdictBadge verdict={k.verdict} />
              </Td>
              <Td>{t(`reviews.trend.${k.trend ?? "none"}`)}</Td>
            </Tr>
          ))}
        </TableBody>
      </Table>
      <p className="text-caption text-ink-muted">{t("reviews.kpi.hint")}</p>
    </>
  );
}
