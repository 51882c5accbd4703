import { describe, expect, it } from "vitest";
import { templateSpan } from "../calendar/phase-dates";
import { countByTier, gateState, overdueByOwner, pilotValue, weeksSinceStart } from "./dashboard";

describe("countByTier", () => {
  it("counts every tier in reading order and puts unknown or missing tiers under 'not assessed'", () => {
    const result = countByTier([
      { tier: "high_risk" },
      { tier: "minimal" },
      { tier: "minimal" },
      { tier: null },
      { tier: "something-new" },
    ]);
    expect(result).toEqual([
      { tier: "prohibited", count: 0 },
      { tier: "high_risk", count: 1 },
      { tier: "limited", count: 0 },
      { tier: "minimal", count: 2 },
      { tier: "outside", count: 0 },
      { tier: "not_assessed", count: 2 },
    ]);
  });
});

describe("weeksSinceStart", () => {
  it("is 0 before the start and stops at the roadmap's 90 days", () => {
    expect(weeksSinceStart(templateSpan("2026-03-02"), "2026-03-01")).toBe(0);
    expect(weeksSinceStart(templateSpan("2026-03-02"), "2026-03-02")).toBe(0);
    expect(weeksSinceStart(templateSpan("2026-03-02"), "2026-03-16")).toBe(2);
    expect(weeksSinceStart(templateSpan("2026-03-02"), "2027-01-01")).toBeCloseTo(90 / 7);
  });
});

describe("pilotValue", () => {
  const useCases = [
    { id: "a", title: "Replies", status: "piloting", hoursSavedPerWeek: 22, hourlyCostCents: 5200 },
    { id: "b", title: "Offers", status: "candidate", hoursSavedPerWeek: 12, hourlyCostCents: 6500 },
    { id: "c", title: "Stock", status: "scaled", hoursSavedPerWeek: 6, hourlyCostCents: 4800 },
    { id: "d", title: "Nothing", status: "piloting", hoursSavedPerWeek: 0, hourlyCostCents: 4800 },
  ];

  it("values the hours of piloted and scaled use cases since the roadmap's start", () => {
    // Four weeks: 22 h × €52 × 4 = €4,576; 6 h × €48 × 4 = €1,152.
    const value = pilotValue(useCases, templateSpan("2026-03-02"), "2026-03-30");
    expect(value.soFarCents).toBe(457_600 + 115_200);
    expect(value.hoursSoFar).toBe(112);
    expect(value.weeks).toBe(4);
    expect(value.useCases.map((u) => u.id)).toEqual(["a", "c"]);
    // 46 working weeks a year.
    expect(value.perYearCents).toBe(22 * 5200 * 46 + 6 * 4800 * 46);
  });

  it("is zero before the roadmap starts", () => {
    expect(pilotValue(useCases, templateSpan("2026-03-02"), "2026-02-01").soFarCents).toBe(0);
  });
});

describe("overdueByOwner", () => {
  const task = (id: string, ownerId: string | null, dueDate: string, status = "todo" as const) => ({
    id,
    title: `Task ${id}`,
    status,
    dueDate,
    ownerId,
    ownerName: ownerId ? `Person ${ownerId}` : null,
  });

  it("groups overdue work by owner, most overdue first, and ignores done or future tasks", () => {
    const groups = overdueByOwner(
      [
        task("1", "anna", "2026-03-05"),
        task("2", "ben", "2026-03-01"),
        task("3", "ben", "2026-03-03"),
        task("4", null, "2026-03-04"),
        { ...task("5", "anna", "2026-03-01"), status: "done" as const },
        task("6", "anna", "2026-03-10"),
      ],
      "2026-03-10",
    );
    expect(groups.map((g) => [g.ownerId, g.count, g.oldestDueDate])).toEqual([
      ["ben", 2, "2026-03-01"],
      [null, 1, "2026-03-04"],
      ["anna", 1, "2026-03-05"],
    ]);
    expect(groups[0]!.tasks.map((t) => t.id)).toEqual(["2", "3"]);
  });

  it("lists the same tasks whatever order the database returns them in", () => {
    const rows = [
      task("b", "anna", "2026-03-02"),
      task("a", "anna", "2026-03-02"),
      task("c", "ben", "2026-03-02"),
      task("d", "anna", "2026-03-01"),
    ];
    const forwards = overdueByOwner(rows, "2026-03-10", 2);
    const backwards = overdueByOwner([...rows].reverse(), "2026-03-10", 2);
    expect(backwards).toEqual(forwards);
    expect(forwards[0]!.tasks.map((t) => t.id)).toEqual(["d", "a"]);
  });
});

describe("gateState", () => {
  const gate = { status: "open", phaseStart: "2026-03-02", phaseEnd: "2026-03-22" };
  it("tells upcoming, due, overdue and approved gates apart", () => {
    expect(gateState(gate, "2026-03-01")).toBe("upcoming");
    expect(gateState(gate, "2026-03-22")).toBe("due");
    expect(gateState(gate, "2026-03-23")).toBe("overdue");
    expect(gateState({ ...gate, status: "approved" }, "2026-04-30")).toBe("approved");
    expect(gateState({ ...gate, status: "requested" }, "2026-03-01")).toBe("due");
  });
});
