import { describe, expect, it } from "vitest";
import { groupLearnings } from "../roadmaps/learning-kinds";
import { budgetByPhase, needsReason, readSnapshot, SNAPSHOT_VERSION } from "./snapshot";
import type { ReviewSnapshot } from "./snapshot";

const snapshot: ReviewSnapshot = {
  version: SNAPSHOT_VERSION,
  evidence: {
    roadmap: {
      id: "r1",
      title: "Pilot",
      startDate: "2026-03-02",
      endDate: "2026-05-30",
      budgetCents: 0,
    },
    valueWeeks: 90 / 7,
    kpis: [],
    useCases: [],
    learnings: { went_well: [], to_change: [], risk: [] },
    budget: budgetByPhase([]),
  },
  decisions: [{ useCaseId: "u1", decision: "stop", reason: "Kein Nutzen", rolloutUnits: 1 }],
  summary: "",
  completedAt: "2026-05-31T10:00:00.000Z",
  completedByName: "Jonas Becker",
};

describe("the review's snapshot", () => {
  it("reads back what was stored, and nothing of another version or shape", () => {
    expect(readSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
    expect(readSnapshot({ ...snapshot, version: 2 })).toBeNull();
    expect(
      readSnapshot({ ...snapshot, decisions: [{ useCaseId: "u1", decision: "pause" }] }),
    ).toBeNull();
    expect(readSnapshot(null)).toBeNull();
  });

  it("asks a reason for adjust and stop, not for scale", () => {
    expect([needsReason("scale"), needsReason("adjust"), needsReason("stop")]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it("groups learnings by kind in the order given", () => {
    const groups = groupLearnings([
      { id: "1", kind: "risk" },
      { id: "2", kind: "went_well" },
      { id: "3", kind: "risk" },
    ]);
    expect(groups.risk.map((l) => l.id)).toEqual(["1", "3"]);
    expect(groups.went_well.map((l) => l.id)).toEqual(["2"]);
    expect(groups.to_change).toEqual([]);
  });

  it("sums planned and actual money per phase, every phase listed", () => {
    expect(
      budgetByPhase([
        { phase: "pilot", plannedCents: 100, actualCents: 80 },
        { phase: "pilot", plannedCents: 50, actualCents: 90 },
        { phase: "scale", plannedCents: 10, actualCents: 0 },
      ]),
    ).toEqual([
      { kind: "analysis", position: 1, budget: { plannedCents: 0, actualCents: 0 } },
      { kind: "pilot", position: 2, budget: { plannedCents: 150, actualCents: 170 } },
      { kind: "scale", position: 3, budget: { plannedCents: 10, actualCents: 0 } },
    ]);
  });
});
