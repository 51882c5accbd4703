import { describe, expect, it } from "vitest";
import { describeTaskChanges } from "./history";

describe("describeTaskChanges", () => {
  it("lists only the fields that changed, in reading order", () => {
    const before = {
      title: "A",
      status: "todo",
      ownerId: null,
      dueDate: "2026-03-06",
      priority: "low",
      position: 1,
    };
    const after = { ...before, status: "done", dueDate: "2026-03-13", position: 4 };
    expect(describeTaskChanges("update", before, after)).toEqual([
      { field: "status", from: "todo", to: "done" },
      { field: "dueDate", from: "2026-03-06", to: "2026-03-13" },
    ]);
  });

  it("shows what a new task started with, without empty values or the description", () => {
    const after = {
      title: "A",
      description: "long text",
      ownerId: null,
      dueDate: "2026-03-06",
      status: "todo",
      priority: "medium",
    };
    expect(describeTaskChanges("create", null, after).map((c) => c.field)).toEqual([
      "title",
      "status",
      "dueDate",
      "priority",
    ]);
  });

  it("handles partial snapshots (tick, reschedule) and missing ones", () => {
    expect(describeTaskChanges("complete", { status: "todo" }, { status: "done" })).toEqual([
      { field: "status", from: "todo", to: "done" },
    ]);
    expect(describeTaskChanges("delete", { deleted: false }, { deleted: true })).toEqual([]);
    expect(describeTaskChanges("update", null, null)).toEqual([]);
  });
});
