/*
 * The audit log's vocabulary as plain lists, apart from log.ts (zod): the log page's
 * filter and table read them in the browser without zod.
 */

/** The kinds of record the log can be filtered by (the entities that write events). */
export const AUDIT_ENTITIES = [
  "organisation",
  "membership",
  "invitation",
  "roadmap",
  "roadmap_review",
  "gate",
  "exit_criterion",
  "task",
  "learning",
  "budget_line",
  "use_case",
  "assessment",
  "kpi",
  "kpi_measurement",
  "oversight_review",
  "training",
  "training_completion",
  "training_assignment",
  "data_source",
  "data_source_check",
  "calendar_feed",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export function isKnownEntity(value: string): value is AuditEntity {
  return (AUDIT_ENTITIES as readonly string[]).includes(value);
}

/** References that name a person (shown by name); other references are bookkeeping. */
export const PERSON_FIELDS = new Set(["ownerId", "reviewerId", "userId", "checkedById"]);
