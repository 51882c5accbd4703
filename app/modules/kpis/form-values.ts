import type { PlainKpi } from "./kpis.server";
import { numberToInput } from "~/lib/numbers";

/** The KPI's current values as the edit form shows them. */
export function kpiToFormValues(kpi: PlainKpi, locale: "de" | "en") {
  return {
    name: kpi.name,
    category: kpi.category,
    unit: kpi.unit,
    direction: kpi.direction,
    valueKind: kpi.valueKind,
    baseline: numberToInput(kpi.baseline, locale),
    target: numberToInput(kpi.target, locale),
    baselineDate: kpi.baselineDate,
    targetDate: kpi.targetDate,
    roadmapId: kpi.roadmapId ?? "",
    ownerId: kpi.ownerId ?? "",
    useCaseId: kpi.useCaseId ?? "",
    source: kpi.source,
  };
}
