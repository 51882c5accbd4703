import { z } from "zod";
import type { MessageKey, MessageParams } from "./i18n";
import { isIsoDate } from "./iso-date";
import type { IsoDate } from "./iso-date";
import { parseDecimal, parseEuroToCents } from "./numbers";

/*
 * The one vocabulary of field values: every form schema (and later the API) builds its
 * fields from these. A field arrives as text (or not at all); each builder cleans it,
 * checks it, converts it and bounds it to what the columns of BOTH providers hold. A
 * failure is a message key, with {params}, that parseForm translates beside the field.
 *
 * The read* functions are the same rules without zod, for forms that check their fields
 * by hand across several fields (the oversight review).
 */

/** The largest value an Int column holds on both providers: PostgreSQL's INTEGER is 32-bit. */
export const INT_COLUMN_MAX = 2_147_483_647;

/** The years a planning date may lie in: a typo ("0202", "20266") is refused, not stored. */
export const DATE_YEARS = { from: 2000, to: 2099 } as const;

/** The most money one field takes: 20 million euros, as cents well inside an Int column. */
export const MONEY_MAX_EUROS = 20_000_000;

/** Numbers beyond ±10¹² are typos, not business figures (a Float column holds them exactly enough). */
export const DECIMAL_LIMIT = 1e12;

/** Longest text a number field reads; anything longer is not a number anyone typed. */
const NUMBER_TEXT_MAX = 40;

export type FieldResult<T> =
  { ok: true; value: T } | { ok: false; message: MessageKey; params?: MessageParams };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = <T>(message: MessageKey, params?: MessageParams): FieldResult<T> => ({
  ok: false,
  message,
  params,
});

/** A failure's message, unless the field names its own (e.g. "choose a rating from 1 to 5"). */
function withMessage<T>(result: FieldResult<T>, message: MessageKey | undefined): FieldResult<T> {
  return result.ok || !message ? result : { ok: false, message };
}

/**
 * A zod field from a reader: a missing field reads as "", a value that is not text (from
 * an API, say) is invalid, and the reader's failure becomes the field's issue.
 */
function field<T>(read: (raw: string) => FieldResult<T>) {
  return z
    .string({ message: "validation.invalid" })
    .optional()
    .transform((raw, ctx): T => {
      const result = read(raw ?? "");
      if (result.ok) return result.value;
      ctx.addIssue({ code: "custom", message: result.message, params: result.params });
      return z.NEVER;
    });
}

// ── Text ────────────────────────────────────────────────────────────────────────────

// C0 control characters and DEL: invisible, and NUL is refused by PostgreSQL outright.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex -- as above, keeping tab (09) and newline (0a)
const CONTROL_BUT_TAB_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** One line of text: control characters removed, surrounding space trimmed. */
export function cleanText(value: string): string {
  return value.replace(CONTROL, "").trim();
}

/** Several lines: line breaks become "\n" (forms send "\r\n"), tabs stay, other controls go. */
export function cleanMultilineText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROL_BUT_TAB_NEWLINE, "").trim();
}

export type TextOptions = {
  max: number;
  /** At least this many characters (default 1: required). */
  min?: number;
  /** Empty is allowed and reads as "". */
  optional?: boolean;
};

function textField(clean: (value: string) => string, { max, min = 1, optional }: TextOptions) {
  const length = optional ? z.string().max(max) : z.string().min(min).max(max);
  return z
    .string({ message: "validation.invalid" })
    .optional()
    .transform((raw) => clean(raw ?? ""))
    .pipe(length);
}

/** A single-line text (a title, a name, a label). */
export function text(options: TextOptions) {
  return textField(cleanText, options);
}

/** A multi-line text (a description, a note): keeps line breaks and tabs. */
export function multilineText(options: TextOptions) {
  return textField(cleanMultilineText, options);
}

/** An e-mail address, lower-cased (addresses are unique case-insensitively). */
export function email() {
  return text({ max: 254 })
    .transform((value) => value.toLowerCase())
    .pipe(z.email({ message: "validation.email" }));
}

/**
 * A password or other secret, exactly as typed: never trimmed or cleaned (it is hashed
 * or compared, never stored or shown), only bounded.
 */
export function secret({ max, min = 1 }: { max: number; min?: number }) {
  return z.string({ message: "validation.required" }).min(min).max(max);
}

function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** A web address (http or https); empty reads as "". */
export function optionalWebLink({ max }: { max: number }) {
  return text({ max, optional: true }).refine((v) => v === "" || isWebLink(v), {
    message: "validation.link",
  });
}

// ── Dates ───────────────────────────────────────────────────────────────────────────

export type DateRules = { years?: { from: number; to: number } };

/** A calendar day from a date input ("YYYY-MM-DD"), in the planning years. */
export function readDate(
  raw: string,
  { years = DATE_YEARS }: DateRules = {},
): FieldResult<IsoDate> {
  const value = raw.trim();
  if (value === "") return fail("validation.required");
  if (!isIsoDate(value)) return fail("validation.date");
  const year = Number(value.slice(0, 4));
  if (year < years.from || year > years.to) {
    return fail("validation.dateYears", { from: String(years.from), to: String(years.to) });
  }
  return ok(value);
}

/** A required calendar day ("YYYY-MM-DD") between 2000 and 2099 (or the given years). */
export function date(rules: DateRules = {}) {
  return field((raw) => readDate(raw, rules));
}

/** A calendar day or nothing (empty reads as null). */
export function optionalDate(rules: DateRules = {}) {
  return field((raw) => (raw.trim() === "" ? ok(null) : readDate(raw, rules)));
}

// ── Numbers ─────────────────────────────────────────────────────────────────────────

function assertIntColumn(max: number) {
  if (!Number.isSafeInteger(max) || max > INT_COLUMN_MAX) {
    throw new RangeError(`${max} does not fit an Int column on PostgreSQL`);
  }
}

const isMinus = (value: string) => /^[-\u2212]/.test(value);

export type CountRules = { min?: number; max: number };

/** A whole number ("12", "-0" is 0), from min (default 0) to max. */
export function readCount(raw: string, { min = 0, max }: CountRules): FieldResult<number> {
  const value = raw.trim();
  if (value === "") return fail("validation.required");
  if (!/^[-\u2212+]?\d{1,15}$/.test(value)) return fail("validation.wholeNumber");
  const number = Number(value.replace("\u2212", "-")) + 0; // + 0 turns -0 into 0
  if (number < 0 && min >= 0) return fail("validation.notNegative");
  if (number < min || number > max) return fail("validation.countRange", { min, max });
  return ok(number);
}

type NumberFieldOptions = { message?: MessageKey };

/** A count (outputs reviewed, minutes, months): a whole number that fits an Int column. */
export function count(rules: CountRules & NumberFieldOptions) {
  assertIntColumn(rules.max);
  return field((raw) => withMessage(readCount(raw, rules), rules.message));
}

/** A count or nothing (empty reads as null). */
export function optionalCount(rules: CountRules & NumberFieldOptions) {
  assertIntColumn(rules.max);
  return field((raw) =>
    raw.trim() === "" ? ok(null) : withMessage(readCount(raw, rules), rules.message),
  );
}

/** The version an edit form was loaded with (hidden): anything else means "reload". */
export function version() {
  return count({ min: 1, max: INT_COLUMN_MAX, message: "validation.reload" });
}

export type DecimalRules = {
  min?: number;
  max?: number;
  /** At most this many digits after the decimal mark. */
  fractionDigits?: number;
};

/** A decimal number as typed ("12,5", "1.234,5", "−3"), from min to max. */
export function readDecimal(
  raw: string,
  { min = -DECIMAL_LIMIT, max = DECIMAL_LIMIT, fractionDigits }: DecimalRules = {},
): FieldResult<number> {
  const value = raw.trim();
  if (value === "") return fail("validation.required");
  const number = value.length > NUMBER_TEXT_MAX ? null : parseDecimal(value);
  if (number === null) return fail("validation.number");
  if (number < min || number > max) {
    return number < 0 && min >= 0
      ? fail("validation.notNegative")
      : fail("validation.numberRange", { min, max });
  }
  if (fractionDigits !== undefined && Number(number.toFixed(fractionDigits)) !== number) {
    return fail("validation.fractionDigits", { digits: fractionDigits });
  }
  return ok(number + 0);
}

/** A required decimal number (a KPI value, hours). */
export function decimal(rules: DecimalRules & NumberFieldOptions = {}) {
  return field((raw) => withMessage(readDecimal(raw, rules), rules.message));
}

/** A decimal number or nothing (empty reads as null). */
export function optionalDecimal(rules: DecimalRules & NumberFieldOptions = {}) {
  return field((raw) =>
    raw.trim() === "" ? ok(null) : withMessage(readDecimal(raw, rules), rules.message),
  );
}

/** A percentage, 0 to 100 unless the rules say otherwise. */
export function readPercent(
  raw: string,
  { min = 0, max = 100, fractionDigits }: DecimalRules = {},
): FieldResult<number> {
  const result = readDecimal(raw, { min, max, fractionDigits });
  if (result.ok || result.message === "validation.required") return result;
  if (result.message === "validation.fractionDigits") return result;
  return fail("validation.percent", { min, max });
}

/** A required percentage. */
export function percent(rules: DecimalRules = {}) {
  return field((raw) => readPercent(raw, rules));
}

/** A percentage or nothing (empty reads as null). */
export function optionalPercent(rules: DecimalRules = {}) {
  return field((raw) => (raw.trim() === "" ? ok(null) : readPercent(raw, rules)));
}

export type MoneyRules = { maxEuros?: number };

/**
 * An amount typed in euros ("1.234,56", "1,234.56", "45,5 €") as integer cents; empty is
 * 0 €. Never negative, and never more than the rules allow (20 million euros by default).
 */
export function readMoney(
  raw: string,
  { maxEuros = MONEY_MAX_EUROS }: MoneyRules = {},
): FieldResult<number> {
  const value = raw.trim();
  if (value === "") return ok(0);
  if (isMinus(value)) return fail("validation.notNegative");
  const cents = value.length > NUMBER_TEXT_MAX ? null : parseEuroToCents(value);
  if (cents === null) return fail("validation.money");
  if (cents > maxEuros * 100) return fail("validation.moneyMax", { max: maxEuros });
  return ok(cents);
}

/** An amount of money in cents (see readMoney). */
export function money(rules: MoneyRules = {}) {
  assertIntColumn((rules.maxEuros ?? MONEY_MAX_EUROS) * 100);
  return field((raw) => readMoney(raw, rules));
}

// ── Choices and references ──────────────────────────────────────────────────────────

type ChoiceOptions = { message?: MessageKey };

/** One of a fixed list of values (a select, radio buttons); `empty`: what no choice means. */
export function choice<const T extends readonly [string, ...string[]]>(
  values: T,
  { message = "validation.choice", empty }: ChoiceOptions & { empty?: T[number] } = {},
) {
  return field((raw): FieldResult<T[number]> => {
    const value = raw.trim();
    if (value === "") return empty === undefined ? fail("validation.required") : ok(empty);
    return (values as readonly string[]).includes(value) ? ok(value) : fail(message);
  });
}

/** One of a fixed list, or nothing (empty reads as null). */
export function optionalChoice<const T extends readonly [string, ...string[]]>(
  values: T,
  { message = "validation.choice" }: ChoiceOptions = {},
) {
  return field((raw): FieldResult<T[number] | null> => {
    const value = raw.trim();
    if (value === "") return ok(null);
    return (values as readonly string[]).includes(value) ? ok(value) : fail(message);
  });
}

/** A checkbox: ticked ("on", "true") or not (absent, "", "false"). */
export function checkbox() {
  return field((raw): FieldResult<boolean> => {
    const value = raw.trim();
    if (value === "on" || value === "true") return ok(true);
    if (value === "" || value === "false") return ok(false);
    return fail("validation.invalid");
  });
}

/** The shape of a record id (cuid); whether it names a record of the organisation is the module's question. */
export const ID_PATTERN = /^[a-z0-9]{10,40}$/i;

/** A record chosen in a select or carried in a hidden field (message: what to say when it is not one). */
export function id({ message = "validation.choice" }: ChoiceOptions = {}) {
  return field((raw): FieldResult<string> => {
    const value = raw.trim();
    if (value === "") return fail("validation.required");
    return ID_PATTERN.test(value) ? ok(value) : fail(message);
  });
}

/** An optional link to a record (an owner, a roadmap): empty reads as null. */
export function optionalId({ message = "validation.choice" }: ChoiceOptions = {}) {
  return field((raw): FieldResult<string | null> => {
    const value = raw.trim();
    if (value === "") return ok(null);
    return ID_PATTERN.test(value) ? ok(value) : fail(message);
  });
}

/**
 * Several records (checked people), sent as one comma-separated field (see joinRepeated
 * in forms.server.ts): at least one, at most `max`, each an id.
 */
export function idList({
  max,
  emptyMessage = "validation.required",
  message = "validation.choice",
}: {
  max: number;
  emptyMessage?: MessageKey;
  message?: MessageKey;
}) {
  return field((raw): FieldResult<string[]> => {
    const ids = [
      ...new Set(
        raw
          .split(",")
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (ids.length === 0) return fail(emptyMessage);
    if (ids.length > max || ids.some((v) => !ID_PATTERN.test(v))) return fail(message);
    return ok(ids);
  });
}
