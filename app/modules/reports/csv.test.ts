import { describe, expect, it } from "vitest";
import { csvNumber, fileSlug, safeText, TASK_COLUMNS, toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a header row, quotes where needed and keeps numbers locale-independent", () => {
    const csv = toCsv(["id", "title", "value", "done"] as const, [
      { id: "a", title: 'Angebot, "final"', value: 1234.5, done: true },
      { id: "b", title: "Zeile\nzwei", value: -0.25, done: false },
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "id,title,value,done",
      'a,"Angebot, ""final""",1234.5,true',
      'b,"Zeile\nzwei",-0.25,false',
      "",
    ]);
  });

  it("has the documented task columns", () => {
    expect(TASK_COLUMNS).toEqual([
      "id",
      "title",
      "phase",
      "status",
      "priority",
      "owner",
      "due_date",
      "completed_on",
      "overdue",
    ]);
  });
});

describe("safeText", () => {
  it("neutralises spreadsheet formulas in free text", () => {
    expect(safeText("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(safeText("@SUM")).toBe("'@SUM");
    expect(safeText("Normal")).toBe("Normal");
    expect(safeText(null)).toBe("");
  });
});

describe("csvNumber", () => {
  it("never groups thousands or uses a decimal comma", () => {
    expect(csvNumber(1234567.891)).toBe("1234567.891");
    expect(csvNumber(0.1 + 0.2)).toBe("0.3");
    expect(csvNumber(Number.NaN)).toBe("");
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
