import { describe, expect, it } from "vitest";
import { cumulativeFigures, orderByChain, tallyKpis, timelineLayout } from "./portfolio";
import type { RoadmapFigures } from "./portfolio";

describe("tallyKpis", () => {
  it("counts the met KPIs, those with values, and all of them", () => {
    expect(tallyKpis(["met", "partly", "missed", "no_data", "met"])).toEqual({
      met: 2,
      withValues: 4,
      total: 5,
    });
    expect(tallyKpis([])).toEqual({ met: 0, withValues: 0, total: 0 });
  });
});

function figures(overrides: Partial<RoadmapFigures> = {}): RoadmapFigures {
  return {
    percentDone: 0,
    tasksDone: 0,
    tasksTotal: 0,
    kpis: { met: 0, withValues: 0, total: 0 },
    valueCents: 0,
    budget: { plannedCents: 0, actualCents: 0, percentUsed: 0 },
    decisions: null,
    ...overrides,
  };
}

describe("cumulativeFigures", () => {
  it("sums the value and the KPIs over every roadmap and counts the completed ones", () => {
    const total = cumulativeFigures([
      {
        status: "completed",
        figures: figures({
          valueCents: 1_200_000,
          kpis: { met: 2, withValues: 3, total: 4 },
          decisions: { scale: 1, adjust: 1, stop: 0 },
        }),
      },
      {
        status: "active",
        figures: figures({ valueCents: 300_050, kpis: { met: 1, withValues: 1, total: 2 } }),
      },
      { status: "draft", figures: figures() },
    ]);
    expect(total).toEqual({
      valueCents: 1_500_050,
      kpis: { met: 3, withValues: 4, total: 6 },
      completed: 1,
      roadmaps: 3,
    });
  });

  it("counts an archived roadmap closed by a review as completed, and its value", () => {
    const total = cumulativeFigures([
      {
        status: "archived",
        figures: figures({ valueCents: 500, decisions: { scale: 0, adjust: 0, stop: 2 } }),
      },
      { status: "archived", figures: figures({ valueCents: 0 }) },
    ]);
    expect(total.completed).toBe(1);
    expect(total.valueCents).toBe(500);
  });

  it("is all zero without roadmaps", () => {
    expect(cumulativeFigures([])).toEqual({
      valueCents: 0,
      kpis: { met: 0, withValues: 0, total: 0 },
      completed: 0,
      roadmaps: 0,
    });
  });
});

const r = (id: string, startDate: string, predecessorId: string | null = null) => ({
  id,
  startDate,
  predecessorId,
});

describe("orderByChain", () => {
  it("puts each successor right after its predecessor, chains by their first start", () => {
    const ordered = orderByChain([
      r("third", "2027-01-01", "second"),
      r("lone", "2026-06-01"),
      r("second", "2026-10-01", "first"),
      r("first", "2026-07-01"),
      r("early", "2026-01-01"),
    ]);
    expect(ordered.map((o) => [o.id, o.chain, o.step, o.length])).toEqual([
      ["early", 0, 1, 1],
      ["lone", 1, 1, 1],
      ["first", 2, 1, 3],
      ["second", 2, 2, 3],
      ["third", 2, 3, 3],
    ]);
  });

  it("orders roadmaps starting the same day by id, whatever order they came in", () => {
    const a = orderByChain([r("b", "2026-01-01"), r("a", "2026-01-01")]).map((o) => o.id);
    const b = orderByChain([r("a", "2026-01-01"), r("b", "2026-01-01")]).map((o) => o.id);
    expect(a).toEqual(["a", "b"]);
    expect(b).toEqual(["a", "b"]);
  });

  it("starts a chain at a roadmap whose predecessor is not in the list", () => {
    const ordered = orderByChain([r("next", "2026-04-01", "gone")]);
    expect(ordered).toEqual([{ ...r("next", "2026-04-01", "gone"), chain: 0, step: 1, length: 1 }]);
  });

  it("lists every roadmap once even if the links form a cycle", () => {
    const ordered = orderByChain([r("x", "2026-01-01", "y"), r("y", "2026-04-01", "x")]);
    expect(ordered.map((o) => o.id)).toEqual(["x", "y"]);
  });
});

describe("timelineLayout", () => {
  const first = {
    id: "first",
    predecessorId: null,
    startDate: "2026-03-02",
    endDate: "2026-05-30",
  };
  const second = {
    id: "second",
    predecessorId: "first",
    startDate: "2026-05-31",
    endDate: "2026-08-28",
  };

  it("spans whole months from the first start to the last end, today included", () => {
    const layout = timelineLayout([first, second], "2026-06-15");
    expect(layout.start).toBe("2026-03-01");
    expect(layout.end).toBe("2026-08-31");
    expect(layout.months.map((m) => m.date)).toEqual([
      "2026-03-01",
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
      "2026-07-01",
      "2026-08-01",
    ]);
    expect(layout.months.filter((m) => m.major).map((m) => m.date)).toEqual([
      "2026-04-01",
      "2026-07-01",
    ]);
    expect(layout.months[0]!.left).toBe(0);
    // 184 days from 1 March to 31 August; April starts after 31 days.
    expect(layout.months[1]!.left).toBeCloseTo((31 / 184) * 100, 2);
  });

  it("places each bar from its first to its last day and links a successor to its predecessor", () => {
    const layout = timelineLayout([first, second], "2026-06-15");
    const [a, b] = layout.bars;
    expect(a!.left).toBeCloseTo((1 / 184) * 100, 2);
    expect(a!.width).toBeCloseTo((90 / 184) * 100, 2);
    expect(a!.link).toBeNull();
    // The second starts the day after the first ends: the link runs straight down.
    expect(b!.left).toBeCloseTo(a!.left + a!.width, 2);
    expect(b!.link).toEqual({ from: b!.left, to: b!.left });
    expect(b!.left + b!.width).toBeCloseTo(100 - (3 / 184) * 100, 2);
  });

  it("puts the today marker in the middle of today, and widens the axis to reach it", () => {
    const layout = timelineLayout([first], "2027-01-10");
    expect(layout.end).toBe("2027-01-31");
    const days = 337; // 1 March 2026 – 31 January 2027
    expect(layout.today.left).toBeCloseTo(((315 + 0.5) / days) * 100, 2);
    expect(layout.today.left).toBeLessThan(100);
    const before = timelineLayout([first], "2026-01-20");
    expect(before.start).toBe("2026-01-01");
    expect(before.today.left).toBeCloseTo((19.5 / 151) * 100, 2);
  });

  it("links only a predecessor in the row directly above", () => {
    const lone = {
      id: "lone",
      predecessorId: null,
      startDate: "2026-04-01",
      endDate: "2026-06-29",
    };
    const layout = timelineLayout([first, lone, second], "2026-06-15");
    expect(layout.bars.map((b) => b.link)).toEqual([null, null, null]);
  });

  it("has an axis of its own month without any roadmap", () => {
    const layout = timelineLayout([], "2026-02-14");
    expect([layout.start, layout.end]).toEqual(["2026-02-01", "2026-02-28"]);
    expect(layout.bars).toEqual([]);
  });
});
