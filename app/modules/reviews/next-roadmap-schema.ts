import { z } from "zod";
import { date, DECIMAL_LIMIT, optionalCount, readDecimal, text } from "~/lib/fields";
import type { FieldResult } from "~/lib/fields";
import { kpiTargetField } from "./next-roadmap";
import { LENGTH_DAYS } from "./next-roadmap-dates";

/**
 * The "next roadmap" form: when it starts, its title, and how long it runs.
 * DECISION: the form offers the method's 90 days only. The plan can lay out any length
 * from LENGTH_DAYS.min to .max (the phases keep their shares), but the rest of the app
 * (overview, timeline, progress, dashboard) still counts every roadmap as 90 days; a
 * shorter or longer roadmap would be shown wrong, so it is not offered until a roadmap
 * carries its own length. Sent anyway, another length is refused beside the field.
 */
export const NextRoadmapSchema = z.object({
  startDate: date(),
  lengthDays: optionalCount({
    min: LENGTH_DAYS.default,
    max: LENGTH_DAYS.default,
    message: "nextRoadmap.errors.lengthFixed",
  }),
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
