import { z } from "zod";
import {
  choice,
  count,
  date,
  id,
  idList,
  optionalCount,
  optionalWebLink,
  text,
  version,
} from "~/lib/fields";
import { addDaysIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { TRAINING_FORMATS, TRAINING_LIMITS, TRAINING_TOPICS } from "./fields";

const TrainingFields = z.object({
  title: text({ max: TRAINING_LIMITS.title }),
  topic: choice(TRAINING_TOPICS, { message: "literacy.errors.choice" }),
  format: choice(TRAINING_FORMATS, { message: "literacy.errors.choice" }),
  durationMinutes: count({
    min: TRAINING_LIMITS.minDuration,
    max: TRAINING_LIMITS.maxDuration,
    message: "literacy.errors.duration",
  }),
  provider: text({ max: TRAINING_LIMITS.provider, optional: true }),
  /** Empty: the training does not expire. */
  validityMonths: optionalCount({
    min: 1,
    max: TRAINING_LIMITS.maxValidityMonths,
    message: "literacy.errors.validity",
  }),
  link: optionalWebLink({ max: TRAINING_LIMITS.link }),
});

export const CreateTrainingSchema = TrainingFields;
export type TrainingInput = z.infer<typeof CreateTrainingSchema>;

export const UpdateTrainingSchema = TrainingFields.extend({ version: version() });
export type UpdateTrainingInput = z.infer<typeof UpdateTrainingSchema>;

export const ArchiveTrainingSchema = z.object({ version: version() });

/** The checked members (repeated "userIds" fields, joined by the route: joinRepeated). */
const UserIdsField = idList({
  max: 500,
  emptyMessage: "literacy.errors.noMembers",
  message: "literacy.errors.member",
});

/**
 * A completion cannot be dated in the future. One day of slack, as for KPI
 * measurements: the server's "today" and the user's may differ around midnight.
 */
export function isCompletionDateTooLate(date: IsoDate, today: IsoDate): boolean {
  return date > addDaysIso(today, 1);
}

const TrainingIdField = id({ message: "literacy.errors.choice" });

/** Bulk entry: one training, many people, one day. */
export function recordCompletionsSchema(today: IsoDate) {
  return z.object({
    trainingId: TrainingIdField,
    userIds: UserIdsField,
    completedOn: date().refine((d) => !isCompletionDateTooLate(d, today), "literacy.errors.future"),
    note: text({ max: TRAINING_LIMITS.note, optional: true }),
  });
}
export type RecordCompletionsInput = z.infer<ReturnType<typeof recordCompletionsSchema>>;

/** The training plan: one training, many people, one due date (today or later). */
export function assignTrainingSchema(today: IsoDate) {
  return z.object({
    trainingId: TrainingIdField,
    userIds: UserIdsField,
    dueDate: date().refine((d) => d >= today, "literacy.errors.duePast"),
  });
}
export type AssignTrainingInput = z.infer<ReturnType<typeof assignTrainingSchema>>;

export const CompletionIdSchema = z.object({ completionId: id({ message: "validation.reload" }) });
export const AssignmentIdSchema = z.object({ assignmentId: id({ message: "validation.reload" }) });

export const TeamChangeSchema = z.object({
  intent: choice(["add", "remove"]),
  userId: id({ message: "literacy.errors.member" }),
});
