import type { FormFailure } from "~/lib/forms.server";
import type { TFunction } from "~/lib/i18n";
import { addDaysIso } from "../roadmaps/dates";
import type { IsoDate } from "../roadmaps/dates";
import type { PlainKpi } from "./kpis.server";
import { numberToInput } from "./numbers";

/**
 * A measurement cannot be dated in the future. One day of slack, because the server's
 * "today" and the user's may differ around midnight.
 */
export function isMeasurementDateTooLate(date: IsoDate, today: IsoDate): boolean {
  return date > addDaysIso(today, 1);
}

/** A failed form, shaped like parseForm's failure, with one field's message. */
export function fieldFailure(formData: FormData, fieldErrors: Record<string, string>): FormFailure {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !(key in values)) values[key] = value;
  }
  return { ok: false, fieldErrors, values };
}

/** Field errors for references that do not belong to the organisation. */
export function referenceErrors(fields: Partial<Record<string, true>>, t: TFunction) {
  return Object.fromEntries(Object.keys(fields).map((f) => [f, t("kpis.errors.reference")]));
}

/**
 * Only a path inside this organisation: "/o/acme/my-tasks" yes; "//evil.example",
 * "https://…" or another organisation's path no.
 */
export function safeReturnPath(value: unknown, orgSlug: string, fallback: string): string {
  if (typeof value !== "string") return fallback;
  const prefix = `/o/${orgSlug}/`;
  if (!value.startsWith(prefix) || value.includes("\\") || value.includes("//")) return fallback;
  return value;
}

/** Adds search parameters to a path that may already carry some. */
export function withParams(path: string, params: Record<string, string>): string {
  const url = new URL(path, "http://local");
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return `${url.pathname}${url.search}`;
}

/** The KPI's current values as the edit form shows them. */
export function kpiToFormValues(kpi: PlainKpi, locale: "de" | "en") {
  return {
    name: kpi.name,
    category: kpi.category,
    unit: kpi.unit,
    direction: kpi.direction,
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
