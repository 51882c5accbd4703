/** The task fields a history entry can show, in the order a person reads them. */
export const HISTORY_FIELDS = [
  "title",
  "status",
  "ownerId",
  "dueDate",
  "priority",
  "description",
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export type HistoryChange = { field: HistoryField; from: string | null; to: string | null };

type Snapshot = Record<string, unknown> | null;

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * The changed fields of one audit event on a task, from its before and after
 * snapshots. A creation lists what the task started with; fields that did not
 * change (or are internal, such as the position) are left out.
 */
export function describeTaskChanges(
  action: string,
  before: Snapshot,
  after: Snapshot,
): HistoryChange[] {
  if (!after) return [];
  const changes: HistoryChange[] = [];
  for (const field of HISTORY_FIELDS) {
    if (!(field in after)) continue;
    const to = asText(after[field]);
    if (action === "create") {
      if (to !== null && to !== "" && field !== "description")
        changes.push({ field, from: null, to });
      continue;
    }
    const from = before && field in before ? asText(before[field]) : null;
    if (from !== to) changes.push({ field, from, to });
  }
  return changes;
}
