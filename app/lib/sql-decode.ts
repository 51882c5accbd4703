/*
 * Row schemas for hand-written SQL (readRows in db.server.ts): each statement names
 * its columns with one decoder each, and callers get plain typed values whatever the
 * provider. What the two drivers deliver (Prisma 6.19.3 driver adapters):
 *
 *                       SQLite (better-sqlite3)             PostgreSQL (pg)
 *   Int column          text ("42": read as 64-bit)         number
 *   COUNT(*), SUM(int)  text                                text (int8)
 *   Float column        number                              number
 *   Boolean column      text "1" / "0"                      true / false
 *   DateTime column     "2026-03-02T00:00:00.000+00:00"     "2026-03-02T00:00:00+00:00"
 *   enum, String        text                                text
 *   NULL                null                                null
 *
 * The decoders accept each provider's form (and the other plausible ones: a number
 * where text was expected for an integer, 1n) and refuse anything else with an error
 * naming the column, so a statement and its schema cannot drift apart unnoticed.
 * Hand-written rather than zod: see docs/decisions/0008-typed-raw-reads.md.
 */

/** Turns one value as the driver delivers it into the value the app uses. */
export type Decoder<T> = (value: unknown) => T;

export class SqlDecodeError extends Error {
  override name = "SqlDecodeError";
}

function describe(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "bigint") return `${value}n`;
  return value === null ? "NULL" : typeof value === "object" ? "an object" : String(value);
}

function fail(expected: string, value: unknown): never {
  throw new SqlDecodeError(`expected ${expected}, got ${describe(value)}`);
}

/** A String (or enum) column. */
export const text: Decoder<string> = (value) =>
  typeof value === "string" ? value : fail("text", value);

/**
 * An Int column, COUNT or SUM of integers: a number (PostgreSQL int4), or its decimal
 * text (SQLite reads every integer as 64-bit; PostgreSQL gives int8 as text).
 */
export const integer: Decoder<number> = (value) => {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return value;
  } else if (typeof value === "string") {
    const number = Number(value);
    if (value !== "" && Number.isSafeInteger(number)) return number;
  } else if (typeof value === "bigint") {
    const number = Number(value);
    if (Number.isSafeInteger(number)) return number;
  }
  return fail("an integer", value);
};

/** A Float column: a number on both providers (or numeric text, e.g. a SUM). */
export const real: Decoder<number> = (value) => {
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
  } else if (typeof value === "string") {
    const number = Number(value);
    if (value !== "" && Number.isFinite(number)) return number;
  }
  return fail("a number", value);
};

/** A Boolean column: true/false on PostgreSQL, "1"/"0" on SQLite. */
export const flag: Decoder<boolean> = (value) => {
  if (value === true || value === "1" || value === 1 || value === 1n) return true;
  if (value === false || value === "0" || value === 0 || value === 0n) return false;
  return fail("a boolean", value);
};

/**
 * A Json column as an object: SQLite gives its text, PostgreSQL's driver the parsed
 * value (jsonb). Only objects (an audit event's before/after snapshot); null stays null.
 */
export const jsonObject: Decoder<Record<string, unknown> | null> = (value) => {
  let parsed = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return fail("JSON", value);
    }
  }
  if (parsed === null) return null;
  return typeof parsed === "object" && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : fail("a JSON object", value);
};

/**
 * A Json column as whatever JSON value it holds (an audit event's snapshots, which the
 * CSV export writes out as stored): SQLite gives its text, PostgreSQL the parsed value.
 * NULL and a stored JSON null are null, as Prisma reads them.
 */
export const jsonValue: Decoder<unknown> = (value) => {
  if (typeof value !== "string") return value ?? null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return fail("JSON", value);
  }
};

function isoText(value: unknown): string {
  // "YYYY-MM-DD…": checked by its dashes, cheaper than a pattern for every row.
  return typeof value === "string" && value.length >= 10 && value[4] === "-" && value[7] === "-"
    ? value
    : fail("an ISO date-time", value);
}

/**
 * A calendar date (start, due, measurement dates: stored as a DateTime at 00:00 UTC)
 * as "YYYY-MM-DD".
 */
export const calendarDay: Decoder<string> = (value) => isoText(value).slice(0, 10);

/** A point in time (created, decided, expires). */
export const instant: Decoder<Date> = (value) => {
  const date = new Date(isoText(value));
  return Number.isNaN(date.getTime()) ? fail("an ISO date-time", value) : date;
};

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A point in time as the calendar day it fell on in the server's zone ("YYYY-MM-DD",
 * what todayIso gives; without date-fns, as it runs for every task of a roadmap).
 */
export const localDay: Decoder<string> = (value) => {
  const date = instant(value);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** One of a fixed set of texts (an enum column): anything else is refused. */
export function oneOf<const T extends string>(values: readonly T[]): Decoder<T> {
  return (value) =>
    typeof value === "string" && (values as readonly string[]).includes(value)
      ? (value as T)
      : fail(`one of ${values.join(", ")}`, value);
}

/** The column may be NULL (an optional field, or the empty side of a LEFT JOIN). */
export function nullable<T>(decode: Decoder<T>): Decoder<T | null> {
  return (value) => (value === null || value === undefined ? null : decode(value));
}

export type Fields = Record<string, Decoder<unknown>>;
export type Decoded<F extends Fields> = {
  [K in keyof F]: F[K] extends Decoder<infer T> ? T : never;
};

/** How a statement's rows become typed objects: give it to readRows. */
export type RowSchema<T> = {
  decode(columnNames: readonly string[], rows: readonly (readonly unknown[])[]): T[];
};
export type RowOf<S> = S extends RowSchema<infer T> ? T : never;

type Plan = { keys: string[]; decoders: Decoder<unknown>[]; columns: number[] };

function plan(fields: Fields, columnNames: readonly string[]): Plan {
  const keys = Object.keys(fields);
  const columns = keys.map((key) => {
    const index = columnNames.indexOf(key);
    if (index < 0) throw new SqlDecodeError(`the statement gives no column "${key}"`);
    return index;
  });
  return { keys, decoders: keys.map((key) => fields[key]!), columns };
}

function decodeRow(plan: Plan, row: readonly unknown[], into: Record<string, unknown>) {
  const { keys, decoders, columns } = plan;
  let i = 0;
  try {
    for (; i < keys.length; i++) into[keys[i]!] = decoders[i]!(row[columns[i]!]);
  } catch (error) {
    throw new SqlDecodeError(`column "${keys[i]}": ${(error as Error).message}`);
  }
  return into;
}

/**
 * A row schema: one decoder per column the caller needs (other columns, e.g. ones
 * that exist only to sort by, are left out). Every named column must be in the
 * statement's result.
 */
export function sqlRow<F extends Fields>(fields: F): RowSchema<Decoded<F>> {
  return {
    decode(columnNames, rows) {
      const p = plan(fields, columnNames);
      return rows.map((row) => decodeRow(p, row, {}) as Decoded<F>);
    },
  };
}

type Variants = Record<number, Fields>;
type Tagged<Tag extends string, V extends Variants> = {
  [K in keyof V & number]: { [T in Tag]: K } & Decoded<V[K]>;
}[keyof V & number];

/**
 * Rows of several shapes from one statement (a UNION ALL of, say, KPIs and their
 * measurements), told apart by an integer tag column: each tag value has its own
 * fields. The result is a union discriminated by the tag.
 */
export function taggedRows<Tag extends string, V extends Variants>(
  tag: Tag,
  variants: V,
): RowSchema<Tagged<Tag, V>> {
  return {
    decode(columnNames, rows) {
      const tagColumn = columnNames.indexOf(tag);
      if (tagColumn < 0) throw new SqlDecodeError(`the statement gives no column "${tag}"`);
      const plans = new Map<number, Plan>();
      for (const [value, fields] of Object.entries(variants)) {
        plans.set(Number(value), plan(fields, columnNames));
      }
      return rows.map((row) => {
        const value = integer(row[tagColumn]);
        const p = plans.get(value);
        if (!p) throw new SqlDecodeError(`column "${tag}": no row shape for ${value}`);
        return decodeRow(p, row, { [tag]: value }) as Tagged<Tag, V>;
      });
    },
  };
}
