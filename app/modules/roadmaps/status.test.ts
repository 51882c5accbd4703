import { describe, expect, it } from "vitest";
import { canTransition, isRoadmapStatus, nextStatuses } from "./status";

describe("roadmap status", () => {
  it("runs draft → active → completed → archived one step at a time", () => {
    expect(canTransition("draft", "active")).toBe(true);
    expect(canTransition("active", "completed")).toBe(true);
    expect(canTransition("completed", "archived")).toBe(true);
    expect(canTransition("draft", "completed")).toBe(false);
    expect(canTransition("active", "archived")).toBe(false);
  });

  it("has a way back from every status and never a step to itself", () => {
    expect(nextStatuses("active")).toContain("draft");
    expect(nextStatuses("completed")).toContain("active");
    expect(nextStatuses("archived")).toEqual(["draft"]);
    for (const s of ["draft", "active", "completed", "archived"] as const) {
      expect(canTransition(s, s)).toBe(false);
    }
  });

  it("recognises only the four statuses", () => {
    expect(isRoadmapStatus("active")).toBe(true);
    expect(isRoadmapStatus("deleted")).toBe(false);
    expect(isRoadmapStatus(undefined)).toBe(false);
  });
});
