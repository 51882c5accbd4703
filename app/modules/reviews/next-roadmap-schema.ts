import { z } from "zod";
import { count, date, DECIMAL_LIMIT, readDecimal, text } from "~/lib/fields";
import type { FieldResult } from "~/lib/fields";
import { kpiTargetField } from "./next-roadmap";
import { LENGTH_DAYS } from "./next-roadmap-dates";

/** The "next roadmap" form: when it starts, how long it runs, its title. */
export const NextRoadmapSchema = z.object({
  startDate: date(),
  lengthDays: count({ min: LENGTH_DAYS.min, max: LENGTH_DAYS.max }),
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
