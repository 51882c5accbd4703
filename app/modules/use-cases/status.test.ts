import { describe, expect, it } from "vitest";
import { canTransition, isForwardTransition, nextStatuses, USE_CASE_STATUSES } from "./status";

describe("use-case status path", () => {
  it("goes candidate → selected → piloting → scaled one step at a time", () => {
    expect(canTransition("candidate", "selected")).toBe(true);
    expect(canTransition("selected", "piloting")).toBe(true);
    expect(canTransition("piloting", "scaled")).toBe(true);
    expect(canTransition("candidate", "piloting")).toBe(false);
    expect(canTransition("candidate", "scaled")).toBe(false);
  });

  it("can reject every open use case, and reopen a rejected or stopped one as candidate", () => {
    for (const status of USE_CASE_STATUSES) {
      expect(canTransition(status, "rejected")).toBe(status !== "rejected" && status !== "stopped");
    }
    expect(nextStatuses("rejected")).toEqual(["candidate"]);
    expect(nextStatuses("stopped")).toEqual(["candidate"]);
  });

  it("is stopped only by a closing review, never by a status button", () => {
    for (const status of USE_CASE_STATUSES) expect(canTransition(status, "stopped")).toBe(false);
  });

  it("never offers the current status as a move", () => {
    for (const status of USE_CASE_STATUSES) expect(nextStatuses(status)).not.toContain(status);
  });

  it("marks only the next step forward as forward", () => {
    expect(isForwardTransition("candidate", "selected")).toBe(true);
    expect(isForwardTransition("selected", "candidate")).toBe(false);
    expect(isForwardTransition("piloting", "rejected")).toBe(false);
  });
});
