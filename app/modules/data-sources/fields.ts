// The data-source form's choices and limits, without zod, so components can import
// them cheaply. The enums mirror prisma/models.prisma (DataSourceKind,
// PersonalDataLevel, DataCheckAspect).

export const DATA_SOURCE_KINDS = [
  "customer",
  "employee",
  "supplier",
  "machine",
  "public",
  "other",
] as const;
export type DataSourceKind = (typeof DATA_SOURCE_KINDS)[number];

/** GDPR: none, ordinary personal data, or special categories (Art. 9). */
export const PERSONAL_DATA_LEVELS = ["none", "ordinary", "special"] as const;
export type PersonalDataLevel = (typeof PERSONAL_DATA_LEVELS)[number];

/** The letters of GDPR Art. 6(1); "not yet determined" is stored as null. */
export const LEGAL_BASES = ["a", "b", "c", "d", "e", "f"] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/**
 * The four quality checks of a data source, in the order they are shown. Together they
 * are what AI Act Art. 10(3) asks of training data and Art. 26(4) of a deployer's input
 * data: complete, free of errors, current, representative (and checked for bias).
 */
export const CHECK_ASPECTS = [
  "completeness",
  "accuracy",
  "timeliness",
  "representativeness",
] as const;
export type CheckAspect = (typeof CHECK_ASPECTS)[number];

export const DATA_SOURCE_LIMITS = {
  name: 120,
  systemOfRecord: 120,
  retention: 200,
  note: 500,
} as const;

export function isLegalBasis(value: unknown): value is LegalBasis {
  return typeof value === "string" && (LEGAL_BASES as readonly string[]).includes(value);
}
