import { z } from "zod";
import { IdParamSchema } from "~/lib/params";
import { addDaysIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { IsoDateField, VersionField } from "../roadmaps/schema";
import { TRAINING_FORMATS, TRAINING_LIMITS, TRAINING_TOPICS } from "./fields";

/** A whole number typed into a text field, within bounds; the message key names the rule. */
function wholeNumber(min: number, max: number, message: string) {
  return z
    .string()
    .trim()
    .min(1)
    .regex(/^\d{1,6}$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, message);
}

const TrainingFields = z.object({
  title: z.string().trim().min(1).max(TRAINING_LIMITS.title),
  topic: z.enum(TRAINING_TOPICS, { message: "literacy.errors.choice" }),
  format: z.enum(TRAINING_FORMATS, { message: "literacy.errors.choice" }),
  durationMinutes: wholeNumber(
    TRAINING_LIMITS.minDuration,
    TRAINING_LIMITS.maxDuration,
    "literacy.errors.duration",
  ),
  provider: z.string().trim().max(TRAINING_LIMITS.provider).default(""),
  /** Empty: the training does not expire. */
  validityMonths: z
    .string()
    .trim()
    .default("")
    .refine(
      (v) =>
        v === "" || (/^\d{1,4}$/.test(v) && +v >= 1 && +v <= TRAINING_LIMITS.maxValidityMonths),
      "literacy.errors.validity",
    )
    .transform((v) => (v === "" ? null : Number(v))),
  link: z
    .string()
    .trim()
    .max(TRAINING_LIMITS.link)
    .default("")
    .refine((v) => v === "" || isWebLink(v), "literacy.errors.link"),
});

function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export const CreateTrainingSchema = TrainingFields;
export type TrainingInput = z.infer<typeof CreateTrainingSchema>;

export const UpdateTrainingSchema = TrainingFields.extend({ version: VersionField });
export type UpdateTrainingInput = z.infer<typeof UpdateTrainingSchema>;

export const ArchiveTrainingSchema = z.object({ version: VersionField });

/**
 * Several checked members arrive as repeated "userIds" fields; parseForm reads one
 * value per field, so the route joins them first (joinRepeated) and this splits them.
 * No one checked is a field error of its own ("choose at least one person").
 */
const UserIdsField = z
  .string()
  .default("")
  .transform((value, ctx) => {
    const ids = [
      ...new Set(
        value
          .split(",")
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (ids.length === 0) {
      ctx.addIssue({ code: "custom", message: "literacy.errors.noMembers" });
      return z.NEVER;
    }
    if (ids.length > 500 || ids.some((id) => !IdParamSchema.safeParse(id).success)) {
      ctx.addIssue({ code: "custom", message: "literacy.errors.member" });
      return z.NEVER;
    }
    return ids;
  });

/** Puts every value of a repeated field into one comma-separated field (see UserIdsField). */
export function joinRepeated(formData: FormData, name: string): FormData {
  const values = formData.getAll(name).filter((v): v is string => typeof v === "string");
  formData.set(name, values.join(","));
  return formData;
}

/**
 * A completion cannot be dated in the future. One day of slack, as for KPI
 * measurements: the server's "today" and the user's may differ around midnight.
 */
export function isCompletionDateTooLate(date: IsoDate, today: IsoDate): boolean {
  return date > addDaysIso(today, 1);
}

const TrainingIdField = z
  .string()
  .trim()
  .min(1)
  .regex(/^[a-z0-9]{10,40}$/i, "literacy.errors.choice");

/** Bulk entry: one training, many people, one day. */
export function recordCompletionsSchema(today: IsoDate) {
  return z.object({
    trainingId: TrainingIdField,
    userIds: UserIdsField,
    completedOn: IsoDateField.refine(
      (d) => !isCompletionDateTooLate(d, today),
      "literacy.errors.future",
    ),
    note: z.string().trim().max(TRAINING_LIMITS.note).default(""),
  });
}
export type RecordCompletionsInput = z.infer<ReturnType<typeof recordCompletionsSchema>>;

/** The training plan: one training, many people, one due date (today or later). */
export function assignTrainingSchema(today: IsoDate) {
  return z.object({
    trainingId: TrainingIdField,
    userIds: UserIdsField,
    dueDate: IsoDateField.refine((d) => d >= today, "literacy.errors.duePast"),
  });
}
export type AssignTrainingInput = z.infer<ReturnType<typeof assignTrainingSchema>>;

export const CompletionIdSchema = z.object({ completionId: IdParamSchema });
export const AssignmentIdSchema = z.object({ assignmentId: IdParamSchema });

export const TeamChangeSchema = z.object({
  intent: z.enum(["add", "remove"]),
  userId: z
    .string()
    .trim()
    .min(1)
    .regex(/^[a-z0-9]{10,40}$/i, "literacy.errors.member"),
});
