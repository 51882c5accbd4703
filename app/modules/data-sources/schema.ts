import { z } from "zod";
import { IdParamSchema } from "~/lib/params";
import { addDaysIso, isIsoDate } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { IsoDateField, VersionField } from "../roadmaps/schema";
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

const choice = "dataSources.errors.choice";

/** Empty means nobody. Whether the id belongs to a member is checked in the module. */
const OwnerField = z
  .union([z.literal(""), IdParamSchema], { message: choice })
  .default("")
  .transform((v) => (v === "" ? null : v));

/** Empty means "not yet determined" (stored as null). */
const LegalBasisField = z
  .union([z.literal(""), z.enum(LEGAL_BASES)], { message: "dataSources.errors.legalBasis" })
  .default("")
  .transform((v) => (v === "" ? null : v));

const DataSourceFields = z.object({
  name: z.string().trim().min(1).max(DATA_SOURCE_LIMITS.name),
  systemOfRecord: z.string().trim().max(DATA_SOURCE_LIMITS.systemOfRecord).default(""),
  ownerId: OwnerField,
  kind: z.enum(DATA_SOURCE_KINDS, { message: choice }),
  personalData: z.enum(PERSONAL_DATA_LEVELS, { message: choice }),
  legalBasis: LegalBasisField,
  retention: z.string().trim().max(DATA_SOURCE_LIMITS.retention).default(""),
  sentToVendor: z.enum(["yes", "no"], { message: choice }).transform((v) => v === "yes"),
});

/** A legal basis under GDPR Art. 6 is a question only for personal data. */
function withoutIrrelevantLegalBasis<T extends { personalData: string; legalBasis: unknown }>(
  input: T,
): T {
  return input.personalData === "none" ? { ...input, legalBasis: null } : input;
}

export const DataSourceFormSchema = DataSourceFields.transform(withoutIrrelevantLegalBasis);
export type DataSourceInput = z.infer<typeof DataSourceFormSchema>;

export const UpdateDataSourceSchema = DataSourceFields.extend({ version: VersionField }).transform(
  withoutIrrelevantLegalBasis,
);
export type UpdateDataSourceInput = z.infer<typeof UpdateDataSourceSchema>;

export const DeleteDataSourceSchema = z.object({ version: VersionField });

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
    dataSourceId: IdParamSchema,
    aspect: z.enum(CHECK_ASPECTS),
    checkedOn: z
      .string()
      .trim()
      .max(10, "roadmaps.errors.invalidDate")
      .default("")
      .transform((v) => (v === "" ? today : v))
      .pipe(
        IsoDateField.refine(
          (d) => !isIsoDate(d) || !isCheckDateTooLate(d, today),
          "dataSources.errors.futureDate",
        ),
      ),
    note: z.string().trim().max(DATA_SOURCE_LIMITS.note).default(""),
  });
}
export type RecordCheckInput = z.infer<ReturnType<typeof recordCheckSchema>>;

export const RemoveCheckSchema = z.object({
  dataSourceId: IdParamSchema,
  aspect: z.enum(CHECK_ASPECTS),
});
