/*
 * KPI detail's parts below the chart (figures, weekly values, the record form, the
 * measurements and their pages): one chunk that the page loads after its first load
 * (see deferred in routes/org/kpis/detail.tsx). Each works without JavaScript until its
 * code has come: links and plain forms.
 */
export { DerivedKpiValues } from "../oversight/derived-kpi-values";
export { KpiFigures } from "./kpi-figures";
export { MeasurementPager, MeasurementsTable } from "./measurements-table";
export { RecordMeasurementForm } from "./record-measurement-form";
