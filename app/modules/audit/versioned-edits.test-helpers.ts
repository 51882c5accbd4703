import type { World } from "./mutations.test-helpers";

/*
 * Every editable record's save, for every-edit-versioned.server.test.ts: the module
 * function its route action calls, made to save value number i from a given version.
 * `value` is the field the saves vary; a conflict's `current` is read the same way as
 * the stored record, so the test can say "the 19 losers were told what is stored now".
 */

/** The varied value of a record and its version. */
export type Seen = { value: unknown; version: number };
/** A save's outcome: it was saved, or refused with the record as stored now. */
export type Answer = "saved" | { current: Seen };

export type VersionedEdit = {
  /** Save number i (each a different value) from `version`. */
  save: (i: number, version: number, requestId: string) => Promise<Answer>;
  /** The record as stored. */
  stored: () => Promise<Seen>;
  /** The value stored after save number i. */
  expected: (i: number) => unknown;
};

export type VersionedCase = {
  /** The model (prisma/models.prisma) whose version the save checks. */
  model: string;
  /** The module function, as a reader searches for it. */
  name: string;
  /** Makes the record in a fresh world. */
  prepare: (w: World) => Promise<VersionedEdit>;
};

/** An answer from a module result: saved when `ok`, else its current values, else a failure. */
export function answer(ok: boolean, current: Seen | undefined, result: unknown): Answer {
  if (ok) return "saved";
  if (current) return { current };
  throw new Error(`neither saved nor a conflict: ${JSON.stringify(result)}`);
}

/** Versioned models without an edit form: their version guards nothing a person saves. */
export const NOT_EDITED: Record<string, string> = {
  Phase: "its gate moves by status-guarded steps (request, decide); nothing else is edited",
  Learning: "recorded once; there is no edit or delete",
};
