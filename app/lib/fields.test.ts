import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  checkbox,
  choice,
  cleanMultilineText,
  cleanText,
  count,
  date,
  decimal,
  email,
  id,
  idList,
  INT_COLUMN_MAX,
  money,
  MONEY_MAX_EUROS,
  multilineText,
  optionalChoice,
  optionalCount,
  optionalDate,
  optionalId,
  optionalWebLink,
  percent,
  readCount,
  secret,
  text,
  version,
} from "./fields";
import { parseForm } from "./forms.server";
import { createT } from "./i18n";

/** The first issue of parsing `value` as one field: its message key and params, or the value. */
function check(schema: z.ZodType, value: unknown) {
  const result = z.object({ field: schema }).safeParse(value === undefined ? {} : { field: value });
  if (result.success) return { value: result.data.field };
  const issue = result.error.issues[0]!;
  return { message: issue.message, params: "params" in issue ? issue.params : undefined };
}

const NUL = "\u0000";

describe("text", () => {
  it("removes control characters and surrounding space, and keeps everything else", () => {
    expect(cleanText(`  Pilot${NUL} Kunden\u0007service\t\n `)).toBe("Pilot Kundenservice");
    expect(cleanText("Übersicht – „Angebote“ 😀")).toBe("Übersicht – „Angebote“ 😀");
    expect(check(text({ max: 20 }), `a${NUL}b\u001fc\u007f`)).toEqual({ value: "abc" });
  });

  it("keeps tabs and line breaks only where several lines are allowed", () => {
    expect(cleanMultilineText("Zeile 1\r\nZeile 2\rZeile 3\n\tEingerückt\u000b")).toBe(
      "Zeile 1\nZeile 2\nZeile 3\n\tEingerückt",
    );
    expect(check(multilineText({ max: 50 }), `a\tb\r\nc${NUL}`)).toEqual({ value: "a\tb\nc" });
    expect(check(text({ max: 50 }), "a\tb\r\nc")).toEqual({ value: "abc" });
  });

  it("is required unless optional, and counts length after cleaning", () => {
    expect(check(text({ max: 5 }), undefined).value).toBeUndefined();
    expect(check(text({ max: 5 }), `${NUL}\u0001  `).value).toBeUndefined();
    expect(check(text({ max: 5, optional: true }), undefined)).toEqual({ value: "" });
    expect(check(text({ max: 5 }), `12345${NUL}${NUL}`)).toEqual({ value: "12345" });
    expect(check(text({ max: 5 }), "123456").value).toBeUndefined();
    expect(check(text({ max: 5 }), "x".repeat(1_000_000)).value).toBeUndefined();
  });

  it("refuses a value that is not text (an API sending a number or a list)", () => {
    expect(check(text({ max: 5 }), 12).message).toBe("validation.invalid");
    expect(check(text({ max: 5 }), ["a"]).message).toBe("validation.invalid");
  });
});

describe("email and secret", () => {
  it("reads an address lower-cased and cleaned", () => {
    expect(check(email(), ` Anna.Berg@Example.DE${NUL} `)).toEqual({
      value: "anna.berg@example.de",
    });
    expect(check(email(), "anna@").message).toBe("validation.email");
  });

  it("takes a password exactly as typed, bounded", () => {
    expect(check(secret({ max: 10 }), " a b ")).toEqual({ value: " a b " });
    expect(check(secret({ max: 10 }), "x".repeat(11)).value).toBeUndefined();
  });
});

describe("date", () => {
  it("takes a calendar day in the planning years", () => {
    expect(check(date(), " 2026-03-02 ")).toEqual({ value: "2026-03-02" });
    expect(check(date(), "2000-01-01")).toEqual({ value: "2000-01-01" });
    expect(check(date(), "2099-12-31")).toEqual({ value: "2099-12-31" });
  });

  it.each([
    "2026-02-30",
    "2026-13-01",
    "26-03-02",
    "02.03.2026",
    "2026-03-02T00:00",
    `2026-03-02${NUL}`,
    "NaN",
    "x".repeat(1_000_000),
  ])("refuses %j as no date", (value) => {
    expect(check(date(), value).message).toBe("validation.date");
  });

  it("refuses years outside 2000–2099 with the range in the message", () => {
    for (const value of ["1999-12-31", "2100-01-01", "0202-03-01", "1900-01-01"]) {
      expect(check(date(), value)).toEqual({
        message: "validation.dateYears",
        params: { from: "2000", to: "2099" },
      });
    }
    expect(check(date({ years: { from: 1990, to: 2030 } }), "1995-06-01")).toEqual({
      value: "1995-06-01",
    });
  });

  it("is required, or null when optional", () => {
    expect(check(date(), "").message).toBe("validation.required");
    expect(check(optionalDate(), " ")).toEqual({ value: null });
    expect(check(optionalDate(), "2026-02-30").message).toBe("validation.date");
  });
});

describe("money", () => {
  it("reads euros as typed into cents; empty is 0 €", () => {
    expect(check(money(), "1.234,56")).toEqual({ value: 123_456 });
    expect(check(money(), "1,234.56 €")).toEqual({ value: 123_456 });
    expect(check(money(), "45,5")).toEqual({ value: 4_550 });
    expect(check(money(), "")).toEqual({ value: 0 });
    expect(check(money(), undefined)).toEqual({ value: 0 });
  });

  it("is bounded by what an Int column holds on PostgreSQL (the cents of 20 million euros)", () => {
    expect(MONEY_MAX_EUROS * 100).toBeLessThanOrEqual(INT_COLUMN_MAX);
    expect(check(money(), "20.000.000")).toEqual({ value: 2_000_000_000 });
    for (const value of ["20.000.000,01", "50000000", "100000000", "9".repeat(30)]) {
      expect(check(money(), value).message, value).toMatch(/^validation\.money/);
    }
    expect(check(money(), "50000000")).toEqual({
      message: "validation.moneyMax",
      params: { max: MONEY_MAX_EUROS },
    });
    expect(check(money({ maxEuros: 10_000 }), "10.000,01").message).toBe("validation.moneyMax");
    expect(() => money({ maxEuros: 30_000_000 })).toThrow(RangeError);
  });

  it("refuses negative amounts and what is no amount", () => {
    expect(check(money(), "-5").message).toBe("validation.notNegative");
    expect(check(money(), "\u22125").message).toBe("validation.notNegative");
    for (const value of ["abc", "NaN", "Infinity", "1e9", "12,3,4", `5${NUL}`, "x".repeat(100)]) {
      expect(check(money(), value).message, value).toBe("validation.money");
    }
  });
});

describe("count", () => {
  it("takes whole numbers in range; -0 is 0", () => {
    expect(check(count({ max: 100 }), " 42 ")).toEqual({ value: 42 });
    expect(check(count({ max: 100 }), "-0")).toEqual({ value: 0 });
    expect(readCount("\u22120", { max: 5 })).toEqual({ ok: true, value: 0 });
  });

  it("names what is wrong: not whole, negative, out of range", () => {
    expect(check(count({ max: 100 }), "2,5").message).toBe("validation.wholeNumber");
    expect(check(count({ max: 100 }), "1e3").message).toBe("validation.wholeNumber");
    expect(check(count({ max: 100 }), "NaN").message).toBe("validation.wholeNumber");
    expect(check(count({ max: 100 }), "-1").message).toBe("validation.notNegative");
    expect(check(count({ max: 100 }), "101")).toEqual({
      message: "validation.countRange",
      params: { min: 0, max: 100 },
    });
    expect(check(count({ min: 5, max: 100 }), "4").message).toBe("validation.countRange");
    expect(check(count({ max: 100 }), "9".repeat(20)).message).toBe("validation.wholeNumber");
    expect(check(count({ max: 100, message: "useCases.validation.rating" }), "x").message).toBe(
      "useCases.validation.rating",
    );
  });

  it("cannot be declared larger than an Int column", () => {
    expect(() => count({ max: INT_COLUMN_MAX + 1 })).toThrow(RangeError);
  });

  it("is null when optional and empty", () => {
    expect(check(optionalCount({ min: 1, max: 12 }), "")).toEqual({ value: null });
    expect(check(optionalCount({ min: 1, max: 12 }), "0").message).toBe("validation.countRange");
  });

  it("reads a version as a positive Int, anything else asks to reload", () => {
    expect(check(version(), "3")).toEqual({ value: 3 });
    for (const value of ["0", "-1", "1.5", "2147483648", "abc", ""]) {
      expect(check(version(), value).message, value).toMatch(/validation\.(reload|required)/);
    }
  });
});

describe("decimal and percent", () => {
  it("reads decimals in both languages' notation", () => {
    expect(check(decimal(), "1.234,5")).toEqual({ value: 1234.5 });
    expect(check(decimal(), "\u22123,5")).toEqual({ value: -3.5 });
    expect(check(decimal(), "-0")).toEqual({ value: 0 });
  });

  it.each(["NaN", "Infinity", "-Infinity", "1e400", "1e5", "abc", "1,2,3", `1${NUL}`])(
    "refuses %j as no number",
    (value) => {
      expect(check(decimal(), value).message).toBe("validation.number");
    },
  );

  it("bounds the value and the decimal places", () => {
    expect(check(decimal(), "1000000000001").message).toBe("validation.numberRange");
    expect(check(decimal({ min: 0, max: 168 }), "-1").message).toBe("validation.notNegative");
    expect(check(decimal({ min: 0, max: 168 }), "169")).toEqual({
      message: "validation.numberRange",
      params: { min: 0, max: 168 },
    });
    expect(check(decimal({ fractionDigits: 2 }), "2,555").message).toBe(
      "validation.fractionDigits",
    );
    expect(check(decimal({ fractionDigits: 2 }), "2,55")).toEqual({ value: 2.55 });
  });

  it("reads percentages from 0 to 100 unless told otherwise", () => {
    expect(check(percent(), "12,5")).toEqual({ value: 12.5 });
    for (const value of ["-1", "100,1", "abc", "NaN"]) {
      expect(check(percent(), value), value).toEqual({
        message: "validation.percent",
        params: { min: 0, max: 100 },
      });
    }
    expect(check(percent({ min: -50, max: 300 }), "250")).toEqual({ value: 250 });
  });
});

describe("choices and references", () => {
  it("takes one of the listed values; empty is required or the given default", () => {
    expect(check(choice(["a", "b"]), "b")).toEqual({ value: "b" });
    expect(check(choice(["a", "b"]), "c").message).toBe("validation.choice");
    expect(check(choice(["a", "b"]), "").message).toBe("validation.required");
    expect(check(choice(["a", "b"], { empty: "a" }), undefined)).toEqual({ value: "a" });
    expect(check(optionalChoice(["a", "b"]), "")).toEqual({ value: null });
  });

  it("reads ids by their shape; empty optional ids are null", () => {
    expect(check(id(), "cm0abcdefghij")).toEqual({ value: "cm0abcdefghij" });
    for (const value of ["x", "../etc", "' OR 1=1", `cm0abcdefghij${NUL}`, "a".repeat(41)]) {
      expect(check(id({ message: "validation.reload" }), value).message).toBe("validation.reload");
    }
    expect(check(optionalId(), "")).toEqual({ value: null });
    expect(check(idList({ max: 2 }), "cm0abcdefghij, cm0abcdefghij,cm0bbbbbbbbbb")).toEqual({
      value: ["cm0abcdefghij", "cm0bbbbbbbbbb"],
    });
    expect(check(idList({ max: 1 }), "cm0abcdefghij,cm0bbbbbbbbbb").message).toBe(
      "validation.choice",
    );
    expect(check(idList({ max: 1 }), " , ").message).toBe("validation.required");
  });

  it("reads a checkbox and a web link", () => {
    expect(check(checkbox(), "on")).toEqual({ value: true });
    expect(check(checkbox(), undefined)).toEqual({ value: false });
    expect(check(checkbox(), "maybe").message).toBe("validation.invalid");
    expect(check(optionalWebLink({ max: 100 }), "https://example.de/kurs")).toEqual({
      value: "https://example.de/kurs",
    });
    expect(check(optionalWebLink({ max: 100 }), "javascript:alert(1)").message).toBe(
      "validation.link",
    );
  });
});

describe("messages beside the fields", () => {
  it("are translated with their ranges, in German and English", () => {
    const schema = z.object({ amount: money(), day: date(), hours: decimal({ min: 0, max: 168 }) });
    const form = new FormData();
    form.set("amount", "50000000");
    form.set("day", "1900-01-01");
    form.set("hours", "200");
    const de = parseForm(form, schema, createT("de"));
    const en = parseForm(form, schema, createT("en"));
    expect(de.ok || de.fieldErrors).toEqual({
      amount: "Bitte höchstens 20.000.000 € eingeben.",
      day: "Bitte geben Sie ein Datum zwischen 2000 und 2099 ein.",
      hours: "Bitte geben Sie eine Zahl von 0 bis 168 ein.",
    });
    expect(en.ok || en.fieldErrors).toEqual({
      amount: "Please enter at most €20,000,000.",
      day: "Please enter a date between 2000 and 2099.",
      hours: "Please enter a number from 0 to 168.",
    });
  });
});
