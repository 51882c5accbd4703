import { z } from "zod";
import { date, DECIMAL_LIMIT, optionalCount, readDecimal, text } from "~/lib/fields";
import type { FieldResult } from "~/lib/fields";
import { kpiTargetField } from "./next-roadmap";
import { LENGTH_DAYS } from "../calendar/phase-dates";

/**
 * The "next roadmap" form: when it starts, its title, and how long it runs (30–365 days;
 * empty means the method's 90). The roadmap stores its length; the phases keep their
 * shares of the 90 days and every page reads the dates from calendar/phase-dates.
 */
export const NextRoadmapSchema = z.object({
  startDate: date(),
  lengthDays: optionalCount({ min: LENGTH_DAYS.min, max: LENGTH_DAYS.max }),
  title: text({ max: 120 }),
});
export type NextRoadmapFormInput = z.infer<typeof NextRoadmapSchema>;

const TARGET_PREFIX = kpiTargetField("");

/**
 * The confirmed KPI targets ("target.<kpiId>" fields): a number each, or empty to keep
 * the previous target. Which KPIs are carried, and what values they take, the plan checks.
 */
export function readTargets(values: Record<string, string>): {
  targets: Record<string, number>;
  errors: Record<string, Extract<FieldResult<number>, { ok: false }>>;
} {
  const targets: Record<string, number> = {};
  const errors: Record<string, Extract<FieldResult<number>, { ok: false }>> = {};
  for (const [field, raw] of Object.entries(values)) {
    if (!field.startsWith(TARGET_PREFIX) || raw.trim() === "") continue;
    const read = readDecimal(raw, { min: -DECIMAL_LIMIT, max: DECIMAL_LIMIT });
    if (read.ok) targets[field.slice(TARGET_PREFIX.length)] = read.value;
    else errors[field] = read;
  }
  return { targets, errors };
}
