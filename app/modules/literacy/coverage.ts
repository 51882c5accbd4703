import { compareIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { completionValidity } from "./expiry";
import { COUNTING_TOPICS } from "./fields";
import type { TrainingTopic } from "./fields";

/** A completion as the coverage rules need it. */
export type CompletionFact = {
  id?: string;
  userId: string;
  trainingId: string;
  topic: TrainingTopic;
  completedOn: IsoDate;
  validityMonths: number | null;
};

/** An entry of the training plan: a person is to complete a training by a date. */
export type AssignmentFact = {
  id: string;
  userId: string;
  trainingId: string;
  dueDate: IsoDate;
  taskId: string | null;
};

export type LiteracyState = "trained" | "expired" | "missing";

export type PersonLiteracy = {
  /** trained: a valid counting completion; expired: only expired ones; missing: none. */
  state: LiteracyState;
  /** Trained: the last day it counts (null: it does not expire). Expired: the day it ended. */
  validUntil: IsoDate | null;
  isExpiringSoon: boolean;
};

/** One person's Art 4 state from their completions (see COUNTING_TOPICS for what counts). */
export function personLiteracy(
  completions: readonly CompletionFact[],
  today: IsoDate,
): PersonLiteracy {
  let best: PersonLiteracy | null = null;
  let lastExpired: IsoDate | null = null;
  for (const c of completions) {
    if (!COUNTING_TOPICS.includes(c.topic)) continue;
    const v = completionValidity(c.completedOn, c.validityMonths, today);
    if (v.isValid) {
      // The completion that counts longest decides; one without an end beats all.
      const longer =
        best === null ||
        (best.validUntil !== null &&
          (v.validUntil === null || compareIso(v.validUntil, best.validUntil) > 0));
      if (longer)
        best = { state: "trained", validUntil: v.validUntil, isExpiringSoon: v.isExpiringSoon };
    } else if (v.validUntil !== null && compareIso(v.validUntil, today) < 0) {
      if (lastExpired === null || compareIso(v.validUntil, lastExpired) > 0)
        lastExpired = v.validUntil;
    }
  }
  if (best) return best;
  if (lastExpired) return { state: "expired", validUntil: lastExpired, isExpiringSoon: false };
  return { state: "missing", validUntil: null, isExpiringSoon: false };
}

/** What a person's record says about one training. */
export type TrainingStatus =
  | {
      status: "done";
      trainingId: string;
      completedOn: IsoDate;
      validUntil: IsoDate | null;
      isExpiringSoon: boolean;
    }
  | {
      status: "due";
      trainingId: string;
      dueDate: IsoDate;
      isOverdue: boolean;
      assignmentId: string;
      /** The last completion, when it has expired and the plan asks for a refresher. */
      expiredOn: IsoDate | null;
    }
  | { status: "expired"; trainingId: string; completedOn: IsoDate; validUntil: IsoDate };

const STATUS_ORDER = { due: 0, expired: 1, done: 2 } as const;

/**
 * Per training a person has a record of: done (a valid completion, the latest one),
 * due (planned and not validly completed), or expired (completed, no longer valid,
 * not planned again). Ordered by what needs attention first: due, expired, done.
 * DECISION: a planned training counts as done by a valid completion of that training,
 * whenever it was dated; ticking the plan's task alone records nothing.
 */
export function trainingStatuses(
  completions: readonly CompletionFact[],
  assignments: readonly AssignmentFact[],
  today: IsoDate,
): TrainingStatus[] {
  const latest = new Map<string, CompletionFact>();
  for (const c of completions) {
    const seen = latest.get(c.trainingId);
    if (!seen || compareIso(c.completedOn, seen.completedOn) > 0) latest.set(c.trainingId, c);
  }
  const planned = new Map(assignments.map((a) => [a.trainingId, a]));
  const ids = new Set([...latest.keys(), ...planned.keys()]);
  const statuses: TrainingStatus[] = [];
  for (const trainingId of ids) {
    const c = latest.get(trainingId);
    const v = c ? completionValidity(c.completedOn, c.validityMonths, today) : null;
    const a = planned.get(trainingId);
    if (c && v?.isValid) {
      statuses.push({
        status: "done",
        trainingId,
        completedOn: c.completedOn,
        validUntil: v.validUntil,
        isExpiringSoon: v.isExpiringSoon,
      });
    } else if (a) {
      statuses.push({
        status: "due",
        trainingId,
        dueDate: a.dueDate,
        isOverdue: compareIso(a.dueDate, today) < 0,
        assignmentId: a.id,
        expiredOn: v?.validUntil ?? null,
      });
    } else if (c && v?.validUntil) {
      statuses.push({
        status: "expired",
        trainingId,
        completedOn: c.completedOn,
        validUntil: v.validUntil,
      });
    }
  }
  return statuses.sort(
    (x, y) =>
      STATUS_ORDER[x.status] - STATUS_ORDER[y.status] || x.trainingId.localeCompare(y.trainingId),
  );
}

export type TeamCoverage = {
  /** Team members with a valid counting completion. */
  trained: number;
  teamSize: number;
  /** Names of those who lack one, in team order. */
  missing: string[];
};

/** "4 of 6 trained": the use case's team (owner and members) against who is trained. */
export function teamCoverage(
  team: readonly { userId: string; name: string }[],
  isTrained: (userId: string) => boolean,
): TeamCoverage {
  const seen = new Set<string>();
  let trained = 0;
  const missing: string[] = [];
  for (const person of team) {
    if (seen.has(person.userId)) continue;
    seen.add(person.userId);
    if (isTrained(person.userId)) trained++;
    else missing.push(person.name);
  }
  return { trained, teamSize: seen.size, missing };
}

/** Groups rows by their userId, for looking a person's records up once. */
export function byUser<T extends { userId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.userId);
    if (list) list.push(row);
    else map.set(row.userId, [row]);
  }
  return map;
}
