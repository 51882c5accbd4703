import { describe, expect, it } from "vitest";
import {
  calendarDay,
  flag,
  instant,
  integer,
  jsonObject,
  jsonValue,
  localDay,
  nullable,
  oneOf,
  real,
  SqlDecodeError,
  sqlRow,
  taggedRows,
  text,
} from "./sql-decode";

// Values as the two drivers deliver them (see the table in sql-decode.ts).
const SQLITE_DATE = "2026-03-02T00:00:00.000+00:00";
const POSTGRES_DATE = "2026-03-02T00:00:00+00:00";

describe("column decoders", () => {
  it("reads integers as numbers: SQLite's and PostgreSQL's int8 text, int4 numbers", () => {
    expect(integer("42")).toBe(42);
    expect(integer("-7")).toBe(-7);
    expect(integer(42)).toBe(42);
    expect(integer(42n)).toBe(42);
    expect(integer("0")).toBe(0);
    for (const bad of ["", "abc", 1.5, "1.5", null, undefined, true, "9007199254740993"]) {
      expect(() => integer(bad), String(bad)).toThrow(SqlDecodeError);
    }
  });

  it("reads floats as numbers, from numbers or numeric text", () => {
    expect(real(2.5)).toBe(2.5);
    expect(real(-3)).toBe(-3);
    expect(real("2.5")).toBe(2.5);
    for (const bad of ["", "x", Number.NaN, Number.POSITIVE_INFINITY, null]) {
      expect(() => real(bad), String(bad)).toThrow(SqlDecodeError);
    }
  });

  it("reads booleans: SQLite's '1'/'0', PostgreSQL's true/false", () => {
    expect([flag("1"), flag(1), flag(1n), flag(true)]).toEqual([true, true, true, true]);
    expect([flag("0"), flag(0), flag(0n), flag(false)]).toEqual([false, false, false, false]);
    for (const bad of ["true", "", 2, null]) {
      expect(() => flag(bad), String(bad)).toThrow(SqlDecodeError);
    }
  });

  it("reads a stored calendar date as its day on both providers", () => {
    expect(calendarDay(SQLITE_DATE)).toBe("2026-03-02");
    expect(calendarDay(POSTGRES_DATE)).toBe("2026-03-02");
    expect(calendarDay("2026-03-02T00:00:00.000Z")).toBe("2026-03-02");
    for (const bad of ["02.03.2026", "2026/03/02", "", 20260302, null]) {
      expect(() => calendarDay(bad), String(bad)).toThrow(SqlDecodeError);
    }
  });

  it("reads a point in time, and the day it fell on in the server's zone", () => {
    const sqlite = "2026-03-01T23:30:00.123+00:00";
    const postgres = "2026-03-01T23:30:00.123+00:00".replace(".123", "");
    expect(instant(sqlite).toISOString()).toBe("2026-03-01T23:30:00.123Z");
    expect(instant(postgres).toISOString()).toBe("2026-03-01T23:30:00.000Z");
    // The suite runs in Europe/Berlin (vitest.config.ts): 23:30 UTC is the next day there.
    expect(localDay(sqlite)).toBe("2026-03-02");
    expect(localDay("2026-07-01T21:59:59+00:00")).toBe("2026-07-01");
    expect(localDay("2026-07-01T22:00:00+00:00")).toBe("2026-07-02");
    for (const bad of ["2026-13-45T99:00:00+00:00", "soon", 0, null]) {
      expect(() => instant(bad), String(bad)).toThrow(SqlDecodeError);
    }
  });

  it("reads text and enum values, refusing anything else", () => {
    expect(text("a")).toBe("a");
    expect(text("")).toBe("");
    expect(() => text(1)).toThrow(SqlDecodeError);
    expect(() => text(null)).toThrow(SqlDecodeError);
    const status = oneOf(["todo", "done"] as const);
    expect(status("done")).toBe("done");
    expect(() => status("doing")).toThrow('expected one of todo, done, got "doing"');
  });

  it("reads a JSON object from SQLite's text and PostgreSQL's parsed value", () => {
    expect(jsonObject('{"status":"done"}')).toEqual({ status: "done" });
    expect(jsonObject({ status: "done" })).toEqual({ status: "done" });
    expect(jsonObject(null)).toBeNull();
    expect(jsonObject("null")).toBeNull();
    expect(() => jsonObject("[1]")).toThrow(SqlDecodeError);
    expect(() => jsonObject("{broken")).toThrow(SqlDecodeError);
  });

  it("reads any JSON value as stored, from either driver", () => {
    expect(jsonValue('{"status":"done"}')).toEqual({ status: "done" });
    expect(jsonValue([1, 2])).toEqual([1, 2]);
    expect(jsonValue("[1,2]")).toEqual([1, 2]);
    expect(jsonValue('"text"')).toBe("text");
    expect(jsonValue(null)).toBeNull();
    expect(jsonValue("null")).toBeNull();
    expect(() => jsonValue("{broken")).toThrow(SqlDecodeError);
  });

  it("lets NULL through only where a column may be empty", () => {
    expect(nullable(integer)(null)).toBeNull();
    expect(nullable(integer)("3")).toBe(3);
    expect(() => integer(null)).toThrow("expected an integer, got NULL");
  });
});

describe("sqlRow", () => {
  const Row = sqlRow({ id: text, count: integer, done: flag, due: nullable(calendarDay) });

  it("picks its columns by name, in any order, and leaves the others out", () => {
    const rows = Row.decode(
      ["due", "sortKey", "done", "count", "id"],
      [
        [SQLITE_DATE, 5, "1", "12", "a"],
        [null, 6, false, 3, "b"],
      ],
    );
    expect(rows).toEqual([
      { id: "a", count: 12, done: true, due: "2026-03-02" },
      { id: "b", count: 3, done: false, due: null },
    ]);
  });

  it("refuses a statement without one of its columns, or a value it cannot read", () => {
    expect(() => Row.decode(["id", "count", "done"], [])).toThrow(
      'the statement gives no column "due"',
    );
    expect(() => Row.decode(["id", "count", "done", "due"], [["a", "many", "1", null]])).toThrow(
      'column "count": expected an integer, got "many"',
    );
  });
});

describe("taggedRows", () => {
  const Rows = taggedRows("kind", {
    0: { id: text, name: text },
    1: { id: text, value: real },
  });
  const columns = ["kind", "id", "name", "value"];

  it("decodes each row by the shape its tag names", () => {
    const rows = Rows.decode(columns, [
      ["0", "k1", "Durchlaufzeit", null],
      [1n, "k1", null, 4.5],
      [1, "k1", null, 5],
    ]);
    expect(rows).toEqual([
      { kind: 0, id: "k1", name: "Durchlaufzeit" },
      { kind: 1, id: "k1", value: 4.5 },
      { kind: 1, id: "k1", value: 5 },
    ]);
    const names = rows.map((row) => (row.kind === 0 ? row.name : row.value.toFixed(1)));
    expect(names).toEqual(["Durchlaufzeit", "4.5", "5.0"]);
  });

  it("refuses a tag without a shape and a shape's missing column", () => {
    expect(() => Rows.decode(columns, [["2", "k1", null, null]])).toThrow(
      'column "kind": no row shape for 2',
    );
    expect(() => Rows.decode(["kind", "id", "name"], [])).toThrow(
      'the statement gives no column "value"',
    );
  });
});
