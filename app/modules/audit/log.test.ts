import { describe, expect, it } from "vitest";
import {
  berlinOffset,
  decodeCursor,
  describeChanges,
  encodeCursor,
  parseAuditFilter,
  periodBounds,
  recordName,
} from "./log";
import { changesText } from "./csv";

describe("describeChanges", () => {
  it("lists only the fields an update changed, without bookkeeping fields", () => {
    expect(
      describeChanges(
        { title: "Ticket-Analyse", status: "todo", dueDate: "2026-03-02", version: 1 },
        { title: "Ticket-Analyse", status: "done", dueDate: "2026-03-09", version: 2 },
      ),
    ).toEqual([
      { field: "status", from: "todo", to: "done" },
      { field: "dueDate", from: "2026-03-02", to: "2026-03-09" },
    ]);
  });

  it("lists what a new record started with, leaving out empty fields", () => {
    expect(
      describeChanges(null, { title: "Datenschutz prüfen", description: "", ownerId: null }),
    ).toEqual([{ field: "title", from: null, to: "Datenschutz prüfen" }]);
  });

  it("lists what a deleted record held", () => {
    expect(describeChanges({ label: "Lizenzen", plannedCents: 120000 }, null)).toEqual([
      { field: "label", from: "Lizenzen", to: null },
      { field: "plannedCents", from: 120000, to: null },
    ]);
  });

  it("shows lists and nested objects by their size", () => {
    expect(describeChanges(null, { tasks: [{ id: "a" }, { id: "b" }] })).toEqual([
      { field: "tasks", from: null, to: { count: 2 } },
    ]);
  });

  it("leaves out references to other records but keeps people", () => {
    expect(
      describeChanges(null, {
        kpiId: "clx0kpi",
        value: 12.5,
        ownerId: "clx0user",
        phaseIds: ["a"],
      }),
    ).toEqual([
      { field: "value", from: null, to: 12.5 },
      { field: "ownerId", from: null, to: "clx0user" },
    ]);
  });

  it("treats a boolean switched off as a change", () => {
    expect(describeChanges({ isMet: true }, { isMet: false })).toEqual([
      { field: "isMet", from: true, to: false },
    ]);
  });
});

describe("recordName", () => {
  it("prefers the newest name and falls back to the old one", () => {
    expect(recordName({ title: "Alt" }, { title: "Neu" })).toBe("Neu");
    expect(recordName({ name: "Gelöschte Kennzahl" }, null)).toBe("Gelöschte Kennzahl");
    expect(recordName({ status: "done" }, { status: "todo" })).toBeNull();
  });
});

describe("cursor", () => {
  it("round-trips the position and refuses anything it did not make", () => {
    const cursor = { createdAt: new Date("2026-03-02T10:15:00.123Z"), id: "clx0abc123def" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(Buffer.from("2026-03-02|x' OR 1=1").toString("base64url"))).toBeNull();
  });
});

describe("parseAuditFilter", () => {
  it("keeps valid filters and drops invalid ones instead of failing", () => {
    const filter = parseAuditFilter(
      new URLSearchParams(
        "person=clx0abc123def&kind=task&from=2026-03-01&to=2026-02-30x&cursor=%%",
      ),
    );
    expect(filter).toEqual({ person: "clx0abc123def", kind: "task", from: "2026-03-01" });
    expect(parseAuditFilter(new URLSearchParams("kind=passwords&person=../x"))).toEqual({});
  });
});

describe("periodBounds", () => {
  it("spans whole Berlin days, across the spring daylight-saving switch", () => {
    expect(periodBounds({ from: "2026-03-29", to: "2026-03-29" }, berlinOffset)).toEqual({
      gte: new Date("2026-03-28T23:00:00.000Z"),
      lt: new Date("2026-03-29T22:00:00.000Z"),
    });
  });

  it("spans whole Berlin days in summer and leaves open ends open", () => {
    expect(periodBounds({ from: "2026-07-01" }, berlinOffset)).toEqual({
      gte: new Date("2026-06-30T22:00:00.000Z"),
    });
    expect(periodBounds({}, berlinOffset)).toEqual({});
  });
});

describe("changesText", () => {
  it("writes each change as field: before → after, in the reader's words", () => {
    const labels = {
      field: (code: string) => code.toUpperCase(),
      value: (value: unknown, where: { entity: string; field: string }) =>
        `${where.entity}.${where.field}=${String(value)}`,
    };
    expect(
      changesText(
        "task",
        [
          { field: "status", from: "todo", to: "done" },
          { field: "title", from: null, to: "Neu" },
        ],
        labels,
      ),
    ).toBe("STATUS: task.status=todo → task.status=done; TITLE: task.title=Neu");
  });
});
