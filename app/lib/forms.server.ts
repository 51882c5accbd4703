import type { z } from "zod";
import type { MessageKey, MessageParams, TFunction } from "./i18n";

export type FieldErrors = Record<string, string>;
export type FormFailure = { ok: false; fieldErrors: FieldErrors; values: Record<string, string> };
export type FormSuccess<T> = { ok: true; data: T };

/** The {placeholders} a custom issue carries (the field vocabulary's ranges: {min}, {max}, …). */
function paramsOf(issue: z.core.$ZodIssue): MessageParams | undefined {
  if (issue.code !== "custom" || !issue.params) return undefined;
  const params: MessageParams = {};
  for (const [key, value] of Object.entries(issue.params)) {
    if (typeof value === "string" || typeof value === "number") params[key] = value;
  }
  return params;
}

/** Turns a zod issue into a sentence in the user's language, shown beside the field. */
function messageFor(issue: z.core.$ZodIssue, t: TFunction): string {
  // A message key of any namespace ("validation.required", "tasks.errors.dueOutsideRoadmap"):
  // zod's own messages always contain spaces, keys never do.
  if (/^[a-z][A-Za-z]*(\.[A-Za-z]+)+$/.test(issue.message))
    return t(issue.message as MessageKey, paramsOf(issue));
  switch (issue.code) {
    case "too_small":
      return Number(issue.minimum) <= 1
        ? t("validation.required")
        : t("validation.tooShort", { min: Number(issue.minimum) });
    case "too_big":
      return t("validation.tooLong", { max: Number(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? t("validation.email") : t("validation.required");
    default:
      return t("validation.required");
  }
}

/**
 * The most of a refused value sent back to show again: four times the longest field (5,000),
 * so whatever a person typed or pasted comes back whole, while a megabyte posted by a script
 * does not travel back.
 */
const ECHO_MAX = 20_000;

/**
 * Validates a submitted form with its shared zod schema. Only the first value
 * of each field counts (duplicated fields cannot smuggle a second value in);
 * unknown fields are ignored. On failure it returns the typed values so the
 * form can show them again, never the password.
 */
export function parseForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  t: TFunction,
): FormSuccess<z.infer<S>> | FormFailure {
  return parseValues(submittedValues(formData), schema, t);
}

/**
 * Validates named text values with a form's schema (parseForm's core; the JSON API
 * passes a body's scalar fields as text, so both go through the same rules).
 */
export function parseValues<S extends z.ZodType>(
  raw: Record<string, string>,
  schema: S,
  t: TFunction,
): FormSuccess<z.infer<S>> | FormFailure {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "_form");
    // An empty field is "required", whatever rule it broke first.
    const isEmpty = (raw[field] ?? "").trim() === "";
    fieldErrors[field] ??=
      isEmpty && issue.code !== "custom" ? t("validation.required") : messageFor(issue, t);
  }
  const values = Object.fromEntries(
    Object.entries(raw)
      .filter(([key]) => !/password/i.test(key))
      .map(([key, value]) => [key, value.slice(0, ECHO_MAX)]),
  );
  return { ok: false, fieldErrors, values };
}

/** The first value of each submitted field (files skipped), to validate or to show a form again. */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !(key in values)) values[key] = value;
  }
  return values;
}

/** A failed form, shaped like parseForm's failure: the given field errors, the form as typed. */
export function fieldFailure(formData: FormData, fieldErrors: FieldErrors): FormFailure {
  return { ok: false, fieldErrors, values: submittedValues(formData) };
}

/**
 * Field errors for the references (roadmap, owner, use case) a form named that are not
 * the organisation's; `messages` says what each field's error reads.
 */
export function referenceErrors<F extends string>(
  fields: readonly F[],
  t: TFunction,
  messages: Record<F, MessageKey>,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) errors[field] = t(messages[field]);
  return errors;
}

/**
 * Puts every value of a repeated field (checked people) into one comma-separated field,
 * for idList in fields.ts: parseForm reads one value per field.
 */
export function joinRepeated(formData: FormData, name: string): FormData {
  const values = formData.getAll(name).filter((v): v is string => typeof v === "string");
  formData.set(name, values.join(","));
  return formData;
}
