import { z } from "zod";
import { choice, id, optionalChoice, optionalDate, optionalId, text, version } from "~/lib/fields";
import { addDaysIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import {
  CHECK_ASPECTS,
  DATA_SOURCE_KINDS,
  DATA_SOURCE_LIMITS,
  LEGAL_BASES,
  PERSONAL_DATA_LEVELS,
} from "./fields";

/**
 * The data-source forms. Every field arrives as text; message keys
 * ("dataSources.errors.…") are translated by parseForm.
 */

const chooseOne = "dataSources.errors.choice";

const DataSourceFields = z.object({
  name: text({ max: DATA_SOURCE_LIMITS.name }),
  systemOfRecord: text({ max: DATA_SOURCE_LIMITS.systemOfRecord, optional: true }),
  /** Empty means nobody. Whether the id belongs to a member is checked in the module. */
  ownerId: optionalId({ message: chooseOne }),
  kind: choice(DATA_SOURCE_KINDS, { message: chooseOne }),
  personalData: choice(PERSONAL_DATA_LEVELS, { message: chooseOne }),
  /** Empty means "not yet determined" (stored as null). */
  legalBasis: optionalChoice(LEGAL_BASES, { message: "dataSources.errors.legalBasis" }),
  retention: text({ max: DATA_SOURCE_LIMITS.retention, optional: true }),
  sentToVendor: choice(["yes", "no"], { message: chooseOne }).transform((v) => v === "yes"),
});

/** A legal basis under GDPR Art. 6 is a question only for personal data. */
function withoutIrrelevantLegalBasis<T extends { personalData: string; legalBasis: unknown }>(
  input: T,
): T {
  return input.personalData === "none" ? { ...input, legalBasis: null } : input;
}

export const DataSourceFormSchema = DataSourceFields.transform(withoutIrrelevantLegalBasis);
export type DataSourceInput = z.infer<typeof DataSourceFormSchema>;

export const UpdateDataSourceSchema = DataSourceFields.extend({ version: version() }).transform(
  withoutIrrelevantLegalBasis,
);
export type UpdateDataSourceInput = z.infer<typeof UpdateDataSourceSchema>;

export const DeleteDataSourceSchema = z.object({ version: version() });

/**
 * A check can be dated back, not ahead. One day of slack, because the server's "today"
 * and the user's may differ around midnight (as for KPI measurements).
 */
export function isCheckDateTooLate(date: IsoDate, today: IsoDate): boolean {
  return date > addDaysIso(today, 1);
}

/** "Heute geprüft": the date is optional (empty: today), as is the note. */
export function recordCheckSchema(today: IsoDate) {
  return z.object({
    dataSourceId: id({ message: "validation.reload" }),
    aspect: choice(CHECK_ASPECTS),
    /** Empty: checked today. */
    checkedOn: optionalDate()
      .transform((d) => d ?? today)
      .refine((d) => !isCheckDateTooLate(d, today), "dataSources.errors.futureDate"),
    note: text({ max: DATA_SOURCE_LIMITS.note, optional: true }),
  });
}
export type RecordCheckInput = z.infer<ReturnType<typeof recordCheckSchema>>;

export const RemoveCheckSchema = z.object({
  dataSourceId: id({ message: "validation.reload" }),
  aspect: choice(CHECK_ASPECTS),
});
