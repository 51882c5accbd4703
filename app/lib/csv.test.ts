import { describe, expect, it } from "vitest";
import { csvInstant, csvNumber, csvResponse, csvText, fileSlug, toCsv } from "./csv";
import type { CsvColumn } from "./csv";

type Row = { title: string; value: number | null; note: string | null };
const columns: CsvColumn<Row>[] = [
  { header: "Titel", value: (r) => r.title },
  { header: "Wert", value: (r) => r.value },
  { header: "Notiz", value: (r) => r.note },
];
const lines = (csv: string) => csv.slice(1).split("\r\n");

describe("toCsv", () => {
  it("writes German files with a BOM, semicolons, decimal commas and CRLF", () => {
    const csv = toCsv([{ title: "Größe", value: 1234.5, note: null }], columns, "de");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines(csv)).toEqual(["Titel;Wert;Notiz", "Größe;1234,5;", ""]);
  });

  it("writes English files with commas and a decimal point", () => {
    const csv = toCsv([{ title: "Size", value: -0.25, note: "ok" }], columns, "en");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines(csv)).toEqual(["Titel,Wert,Notiz", "Size,-0.25,ok", ""]);
  });

  it("keeps a hostile cell in one quoted, neutralised cell", () => {
    const hostile = "x;=cmd|' /C calc'!A0";
    const csv = toCsv([{ title: hostile, value: null, note: "=cmd|' /C calc'!A0" }], columns, "de");
    // Quoted because of the separator, so Excel does not split it into a formula cell;
    // the cell that starts with "=" gets an apostrophe.
    expect(lines(csv)[1]).toBe(`"x;=cmd|' /C calc'!A0";;'=cmd|' /C calc'!A0`);
  });

  it("quotes the other list separator, quotes and line breaks too", () => {
    const csv = toCsv(
      [{ title: 'Angebot, "final"', value: 2, note: "Zeile eins\nZeile zwei" }],
      columns,
      "de",
    );
    expect(lines(csv)[1]).toBe('"Angebot, ""final""";2;"Zeile eins\nZeile zwei"');
    const en = toCsv([{ title: "a;b", value: 1.5, note: "cr\rhere" }], columns, "en");
    expect(lines(en)[1]).toBe('"a;b",1.5,"cr\rhere"');
  });

  it("neutralises every formula prefix in text, but writes real numbers as numbers", () => {
    const texts = ["=1+1", "+49 30 123", "-5", "@SUM(A1)", "\tTab", "\rCR"];
    const csv = toCsv(
      texts.map((title) => ({ title, value: -3, note: null })),
      columns,
      "en",
    );
    expect(
      lines(csv)
        .slice(1, -1)
        .map((l) => l.replace(/^"|",-3,$|,-3,$/g, "")),
    ).toEqual(["'=1+1", "'+49 30 123", "'-5", "'@SUM(A1)", "'\tTab", "'\rCR"]);
  });
});

describe("csvText", () => {
  it("leaves ordinary text alone", () => {
    expect(csvText("Normal = fine")).toBe("Normal = fine");
    expect(csvText("")).toBe("");
  });
});

describe("csvNumber", () => {
  it("never groups thousands; the decimal mark follows the locale", () => {
    expect(csvNumber(1234567.891, "en")).toBe("1234567.891");
    expect(csvNumber(1234567.891, "de")).toBe("1234567,891");
    expect(csvNumber(0.1 + 0.2, "de")).toBe("0,3");
    expect(csvNumber(Number.NaN, "de")).toBe("");
  });
});

describe("csvInstant", () => {
  it("writes an instant as a date and time on the clock in Berlin", () => {
    // 01:30 UTC on the day summer time begins is 03:30 in Berlin.
    expect(csvInstant("2026-03-29T01:30:00.000Z")).toBe("2026-03-29 03:30:00");
    expect(csvInstant(new Date("2026-12-31T23:30:05Z"))).toBe("2027-01-01 00:30:05");
  });
});

describe("fileSlug", () => {
  it("makes an ASCII file name", () => {
    expect(fileSlug("KI-Pilot Kundenservice 2026 / Größe")).toBe(
      "ki-pilot-kundenservice-2026-grosse",
    );
    expect(fileSlug("???")).toBe("export");
  });
});

describe("csvResponse", () => {
  it("is a download that is never cached or sniffed", () => {
    const response = csvResponse("\uFEFFa", "ki-register-x-2026-03-01.csv");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="ki-register-x-2026-03-01.csv"',
    );
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });
});
