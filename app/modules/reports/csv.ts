import type { CsvColumn } from "~/lib/csv";
import type { Messages, TFunction } from "~/lib/i18n";
import type { IsoDate } from "../calendar/dates";
import type { PhaseKind } from "../calendar/phase-dates";
import type { KpiCategory, KpiSource } from "../kpis/fields";
import type { Priority } from "../tasks/schema";
import type { TaskStatus } from "../tasks/status";

/*
 * The columns of the reports' CSV exports, in the reader's language: headers, status
 * names, phases, yes/no. How a file is written (separator, decimal mark, quoting,
 * formulas) is the one writer's business: ~/lib/csv.
 */

type MeasurementHeader = Exclude<keyof Messages["reports"]["csv"]["measurements"], "fileName">;

/** "Ja"/"Nein", "Yes"/"No": the same words in every export. */
export function csvYesNo(t: TFunction, value: boolean): string {
  return value ? t("reports.csv.yes") : t("reports.csv.no");
}

export type TaskCsvRow = {
  id: string;
  title: string;
  phase: PhaseKind;
  status: TaskStatus;
  priority: Priority;
  owner: string | null;
  dueDate: IsoDate;
  completedOn: IsoDate | null;
  isOverdue: boolean;
};

export function taskColumns(t: TFunction): CsvColumn<TaskCsvRow>[] {
  return [
    { header: t("reports.csv.tasks.id"), value: (r) => r.id },
    { header: t("reports.csv.tasks.title"), value: (r) => r.title },
    { header: t("reports.csv.tasks.phase"), value: (r) => t(`phase.${r.phase}`) },
    { header: t("reports.csv.tasks.status"), value: (r) => t(`task.status.${r.status}`) },
    { header: t("reports.csv.tasks.priority"), value: (r) => t(`task.priority.${r.priority}`) },
    { header: t("reports.csv.tasks.owner"), value: (r) => r.owner },
    { header: t("reports.csv.tasks.dueDate"), value: (r) => r.dueDate },
    { header: t("reports.csv.tasks.completedOn"), value: (r) => r.completedOn },
    { header: t("reports.csv.tasks.overdue"), value: (r) => csvYesNo(t, r.isOverdue) },
  ];
}

export type MeasurementCsvRow = {
  kpiId: string;
  kpi: string;
  category: KpiCategory;
  unit: string;
  direction: "higher_is_better" | "lower_is_better";
  baseline: number;
  target: number;
  baselineDate: IsoDate;
  targetDate: IsoDate;
  roadmap: string | null;
  isArchived: boolean;
  /** Empty for a derived KPI's weekly value. */
  measurementId: string;
  date: IsoDate;
  value: number;
  note: string | null;
  recordedBy: string | null;
  /** Typed in, or the oversight log a derived KPI's weekly value comes from. */
  source: KpiSource;
};

export function measurementColumns(t: TFunction): CsvColumn<MeasurementCsvRow>[] {
  const h = (key: MeasurementHeader) => t(`reports.csv.measurements.${key}`);
  return [
    { header: h("kpiId"), value: (r) => r.kpiId },
    { header: h("kpi"), value: (r) => r.kpi },
    { header: h("category"), value: (r) => t(`kpis.category.${r.category}`) },
    { header: h("unit"), value: (r) => r.unit },
    { header: h("direction"), value: (r) => t(`kpis.direction.${r.direction}`) },
    { header: h("baseline"), value: (r) => r.baseline },
    { header: h("target"), value: (r) => r.target },
    { header: h("baselineDate"), value: (r) => r.baselineDate },
    { header: h("targetDate"), value: (r) => r.targetDate },
    { header: h("roadmap"), value: (r) => r.roadmap },
    { header: h("archived"), value: (r) => csvYesNo(t, r.isArchived) },
    { header: h("measurementId"), value: (r) => r.measurementId },
    { header: h("date"), value: (r) => r.date },
    { header: h("value"), value: (r) => r.value },
    { header: h("note"), value: (r) => r.note },
    { header: h("recordedBy"), value: (r) => r.recordedBy },
    { header: h("source"), value: (r) => t(`reports.csv.source.${r.source}`) },
  ];
}
