/*
 * Optimistic concurrency, the one way every editable record is saved and deleted.
 *
 * An edit form carries the version it was loaded with (the hidden `version()` field of
 * app/lib/fields.ts). Inside the caller's transaction a save
 *   1. reads the record (gone: "not_found");
 *   2. compares versions: another one means somebody saved in between, and the caller
 *      gets the current values back ("conflict"); nothing is written;
 *   3. compares values: a save that changes nothing writes nothing, bumps no version
 *      and leaves no audit event ("unchanged"; the caller answers success);
 *   4. writes with the version in the WHERE clause and `version: { increment: 1 }`.
 *      No row written means a parallel save won the race after step 1: on PostgreSQL
 *      the write waited for that save's commit, so reading again returns its values.
 * Only "saved" (and "deleted") are followed by the caller's audit event.
 */

export type Versioned = { version: number };

export type SaveOutcome<T> =
  | { status: "saved"; before: T }
  | { status: "unchanged"; current: T }
  | { status: "conflict"; current: T }
  | { status: "not_found" };

export type DeleteOutcome<T> =
  { status: "deleted"; before: T } | { status: "conflict"; current: T } | { status: "not_found" };

type Step<T, R> = {
  /** The record as stored now (scoped by the caller's orgId), or null. */
  read: () => Promise<T | null>;
  /** The version the form was loaded with. */
  version: number;
  /** A domain rule that refuses this change of the current record, or null to go on. */
  refuse?: (current: T) => Promise<R | null> | R | null;
};

/**
 * Saves one record if it still has the form's version and the save changes something.
 * `write` must put `version` into its WHERE clause and increment it.
 */
export async function saveVersioned<T extends Versioned, R extends object = never>(
  step: Step<T, R> & {
    /** True when the save would store what is stored already. */
    isUnchanged: (current: T) => boolean;
    write: (current: T) => Promise<{ count: number }>;
  },
): Promise<SaveOutcome<T> | R> {
  const current = await step.read();
  if (!current) return { status: "not_found" };
  if (current.version !== step.version) return { status: "conflict", current };
  if (step.isUnchanged(current)) return { status: "unchanged", current };
  const refused = step.refuse ? await step.refuse(current) : null;
  if (refused !== null) return refused;
  const { count } = await step.write(current);
  return count > 0 ? { status: "saved", before: current } : lostRace(step.read);
}

/**
 * Deletes one record only if it still has the version the page showed: a delete of
 * something changed in the meantime would destroy content its author never saw.
 * `remove` must put `version` into its WHERE clause.
 */
export async function deleteVersioned<T extends Versioned, R extends object = never>(
  step: Step<T, R> & { remove: (current: T) => Promise<{ count: number }> },
): Promise<DeleteOutcome<T> | R> {
  const current = await step.read();
  if (!current) return { status: "not_found" };
  if (current.version !== step.version) return { status: "conflict", current };
  const refused = step.refuse ? await step.refuse(current) : null;
  if (refused !== null) return refused;
  const { count } = await step.remove(current);
  return count > 0 ? { status: "deleted", before: current } : lostRace(step.read);
}

async function lostRace<T>(
  read: () => Promise<T | null>,
): Promise<{ status: "conflict"; current: T } | { status: "not_found" }> {
  const current = await read();
  return current ? { status: "conflict", current } : { status: "not_found" };
}

/**
 * True when every field given in `next` equals the same field of `current`: the save
 * would change nothing. Undefined in `next` means "left as it is"; dates compare by
 * instant.
 */
export function isUnchanged(current: object, next: object): boolean {
  const stored = new Map(Object.entries(current));
  return Object.entries(next).every(([key, value]) => {
    if (value === undefined) return true;
    const was = stored.get(key);
    if (value instanceof Date || was instanceof Date) {
      return value instanceof Date && was instanceof Date && value.getTime() === was.getTime();
    }
    return was === value;
  });
}
