import { describe, expect, it } from "vitest";
import { diffDaysIso } from "../calendar/dates";
import { planNextRoadmap, suggestTitle } from "./next-roadmap";
import type { NextRoadmapInput, NextRoadmapPlan } from "./next-roadmap";
import { readTargets } from "./next-roadmap-schema";

const today = "2026-04-10";

function input(overrides: Partial<NextRoadmapInput> = {}): NextRoadmapInput {
  return {
    previous: { id: "r1", title: "Fahrplan 1", startDate: "2026-01-05", lengthDays: 90 },
    locale: "de",
    useCases: [
      { id: "uc-a", title: "Angebote", ownerId: "u-anna" },
      { id: "uc-b", title: "Belege", ownerId: "u-ben" },
      { id: "uc-c", title: "Chatbot", ownerId: "u-cem" },
    ],
    decisions: [
      { useCaseId: "uc-a", decision: "scale", reason: "Ziel erreicht", rolloutUnits: 3 },
      { useCaseId: "uc-b", decision: "adjust", reason: "Vorlagen passen nicht", rolloutUnits: 1 },
      { useCaseId: "uc-c", decision: "stop", reason: "Kein Nutzen", rolloutUnits: 1 },
    ],
    kpis: [
      {
        id: "k-time",
        useCaseId: "uc-a",
        ownerId: "u-anna",
        name: "Bearbeitungszeit",
        category: "efficiency",
        unit: "Minuten",
        direction: "lower_is_better",
        valueKind: "non_negative",
        source: "manual",
        baseline: 12,
        target: 8,
        measurements: [
          { date: "2026-02-01", value: 10 },
          { date: "2026-03-20", value: 9 },
          { date: "2026-03-20", value: 7.5 },
        ],
      },
      {
        id: "k-quote",
        useCaseId: "uc-a",
        ownerId: "u-gone",
        name: "Abschlussquote",
        category: "revenue",
        unit: "%",
        direction: "higher_is_better",
        valueKind: "percent",
        source: "manual",
        baseline: 20,
        target: 24,
        measurements: [],
      },
      {
        id: "k-stop",
        useCaseId: "uc-c",
        ownerId: "u-cem",
        name: "Antwortquote",
        category: "quality",
        unit: "%",
        direction: "higher_is_better",
        valueKind: "percent",
        source: "manual",
        baseline: 50,
        target: 80,
        measurements: [{ date: "2026-03-01", value: 55 }],
      },
    ],
    learnings: [
      {
        id: "l-change",
        kind: "to_change",
        text: "Vorlagen vereinfachen",
        authorId: "u-ben",
        phase: "pilot",
      },
      {
        id: "l-change2",
        kind: "to_change",
        text: "Früher schulen",
        authorId: null,
        phase: "analysis",
      },
      {
        id: "l-risk",
        kind: "risk",
        text: "Datenschutz der Belege",
        authorId: "u-gone",
        phase: "pilot",
      },
      {
        id: "l-well",
        kind: "went_well",
        text: "Team motiviert",
        authorId: "u-anna",
        phase: "scale",
      },
    ],
    obligations: [
      {
        useCaseId: "uc-a",
        sourceKey: "obligation:uc-a:transparency",
        title: "Transparenz – Angebote",
        description: "Art. 50",
        suggestedPhase: "pilot",
        legalDate: "2026-08-02",
        inForce: false,
      },
      {
        useCaseId: "uc-b",
        sourceKey: "obligation:uc-b:literacy",
        title: "KI-Kompetenz – Belege",
        description: "Art. 4",
        suggestedPhase: "analysis",
        legalDate: "2025-02-02",
        inForce: true,
      },
      {
        useCaseId: "uc-c",
        sourceKey: "obligation:uc-c:literacy",
        title: "KI-Kompetenz – Chatbot",
        description: "Art. 4",
        suggestedPhase: "analysis",
        legalDate: null,
        inForce: true,
      },
    ],
    actuals: [
      { phase: "analysis", actualCents: 90_000 },
      { phase: "pilot", actualCents: 450_000 },
      { phase: "pilot", actualCents: 0 },
    ],
    assignable: ["u-anna", "u-ben", "u-cem"],
    options: {},
    today,
    ...overrides,
  };
}

function plan(overrides: Partial<NextRoadmapInput> = {}): NextRoadmapPlan {
  const result = planNextRoadmap(input(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.plan;
}

describe("the next roadmap's phases", () => {
  it("matches the 90-day template exactly at 90 days", () => {
    const { phases } = plan({ options: { startDate: "2026-04-06", lengthDays: 90 } });
    expect(phases.map((p) => [p.kind, p.startDate, p.endDate])).toEqual([
      ["analysis", "2026-04-06", "2026-04-26"],
      ["pilot", "2026-04-27", "2026-05-31"],
      ["scale", "2026-06-01", "2026-07-04"],
    ]);
    expect(phases.map((p) => [p.startWeek, p.endWeek])).toEqual([
      [1, 3],
      [4, 8],
      [9, 12],
    ]);
  });

  it("starts after a previous roadmap of another length, and scales its costs by the lengths", () => {
    const previous = { id: "r1", title: "Fahrplan 1", startDate: "2026-01-05", lengthDays: 60 };
    const actuals = [{ phase: "pilot" as const, actualCents: 600_000 }];
    const p = plan({ previous, actuals, options: { lengthDays: 120 } });
    expect(p.startDate).toBe("2026-03-06");
    expect(p.endDate).toBe("2026-07-03");
    // 6,000 € spent in the 60-day pilot: 12,000 € suggested for a 120-day roadmap.
    expect(p.budgetLines.find((l) => l.phase === "pilot")?.plannedCents).toBe(1_200_000);
  });

  it.each([
    [60, [14, 23, 23]],
    [90, [21, 35, 34]],
    [120, [28, 47, 45]],
  ])("keeps the template's proportions over %i days", (length, days) => {
    const p = plan({ options: { startDate: "2026-04-06", lengthDays: length } });
    expect(p.phases.map((phase) => phase.days)).toEqual(days);
    // Back to back, covering every day from the start to the end.
    expect(p.phases[0]!.startDate).toBe("2026-04-06");
    expect(p.phases[2]!.endDate).toBe(p.endDate);
    expect(diffDaysIso(p.startDate, p.endDate) + 1).toBe(length);
    for (let i = 1; i < 3; i++) {
      expect(diffDaysIso(p.phases[i - 1]!.endDate, p.phases[i]!.startDate)).toBe(1);
    }
    // Every task is due inside the plan (an obligation's later legal date aside).
    for (const task of p.tasks.filter((t) => !t.sourceKey.startsWith("obligation:"))) {
      const phase = p.phases.find((ph) => ph.kind === task.phase)!;
      expect(task.dueDate >= phase.startDate && task.dueDate <= phase.endDate, task.title).toBe(
        true,
      );
    }
  });
});

describe("what the review's decisions carry", () => {
  it("starts the day after the old end, 90 days long, titled after the scaled use cases", () => {
    const p = plan();
    expect(p.startDate).toBe("2026-04-05");
    expect(p.lengthDays).toBe(90);
    expect(p.title).toBe("Skalierung: Angebote");
    expect(suggestTitle({ ...input(), locale: "en" })).toBe("Scaling: Angebote");
  });

  it("plans one rollout task per more team or site in the pilot phase, owned by the use case's owner", () => {
    const rollout = plan().tasks.filter((t) => t.sourceKey.startsWith("rollout:"));
    expect(rollout.map((t) => t.sourceKey)).toEqual([
      "rollout:uc-a:1",
      "rollout:uc-a:2",
      "rollout:uc-a:3",
    ]);
    expect(new Set(rollout.map((t) => t.phase))).toEqual(new Set(["pilot"]));
    expect(new Set(rollout.map((t) => t.ownerId))).toEqual(new Set(["u-anna"]));
    expect(rollout[0]!.dueDate < rollout[2]!.dueDate).toBe(true);
  });

  it("carries the scaled use cases' KPIs with the last value as baseline, or the old baseline without values", () => {
    const kpis = plan({ options: { targets: { "k-time": 6 } } }).kpis;
    expect(kpis.map((k) => [k.carriedFromId, k.baseline, k.target, k.baselineFromLast])).toEqual([
      ["k-quote", 20, 24, false],
      // One value per day, the latest wins: 7.5 on 20 March.
      ["k-time", 7.5, 6, true],
    ]);
    // An owner who left the organisation is not carried.
    expect(kpis.map((k) => k.ownerId)).toEqual([null, "u-anna"]);
    expect(kpis[0]!.baselineDate).toBe("2026-04-05");
  });

  it("turns the 'to change' learnings into analysis tasks when a use case is adjusted, and risks into tasks of their phase", () => {
    const learningTasks = plan().tasks.filter((t) => t.sourceKey.startsWith("learning:"));
    expect(learningTasks.map((t) => [t.sourceKey, t.phase, t.ownerId])).toEqual([
      ["learning:l-change", "analysis", "u-ben"],
      ["learning:l-change2", "analysis", "u-ben"],
      ["learning:l-risk", "pilot", "u-anna"],
    ]);
    const noAdjust = plan({
      decisions: input().decisions.map((d) =>
        d.useCaseId === "uc-b" ? { ...d, decision: "stop" as const } : d,
      ),
    });
    expect(noAdjust.tasks.map((t) => t.sourceKey)).not.toContain("learning:l-change");
  });

  it("plans the open obligations of carried use cases, keeping a legal date that lies ahead", () => {
    const obligations = plan().tasks.filter((t) => t.sourceKey.startsWith("obligation:"));
    expect(obligations.map((t) => [t.sourceKey, t.phase, t.dueDate])).toEqual([
      ["obligation:uc-a:transparency", "pilot", "2026-08-02"],
      ["obligation:uc-b:literacy", "analysis", "2026-04-24"],
    ]);
  });

  it("carries nothing of a stopped use case", () => {
    const p = plan();
    const text = JSON.stringify(p);
    expect(text).not.toContain("uc-c");
    expect(text).not.toContain("k-stop");
    expect(p.carriedUseCaseIds).toEqual(["uc-a", "uc-b"]);
    const allStopped = plan({
      decisions: input().decisions.map((d) => ({ ...d, decision: "stop" as const })),
    });
    expect(allStopped.tasks).toEqual([]);
    expect(allStopped.kpis).toEqual([]);
    expect(allStopped.carriedUseCaseIds).toEqual([]);
    expect(allStopped.title).toBe("Nächster Fahrplan nach Fahrplan 1");
  });

  it("sets no due date in the past, even for a plan starting long ago", () => {
    const p = plan({ today: "2026-06-30" });
    expect(p.startDate).toBe("2026-04-05");
    for (const task of p.tasks) expect(task.dueDate >= "2026-06-30", task.title).toBe(true);
  });

  it("adds one 'holds the target in breadth' criterion per scaled use case to the scale gate", () => {
    const p = plan();
    expect(p.exitCriteria.scale.at(-1)).toBe(
      "Angebote: Abschlussquote, Bearbeitungszeit hält das Ziel in der Breite.",
    );
    expect(p.exitCriteria.analysis.length).toBeGreaterThan(3);
  });

  it("suggests budget lines from the actual costs, scaled by length", () => {
    expect(plan({ options: { lengthDays: 60 } }).budgetLines).toEqual([
      {
        phase: "analysis",
        label: "Vorschlag aus „Fahrplan 1“ (Analyse & Fokus)",
        plannedCents: 60_000,
      },
      {
        phase: "pilot",
        label: "Vorschlag aus „Fahrplan 1“ (Pilot mit Governance)",
        plannedCents: 300_000,
      },
    ]);
  });

  it("is deterministic: the same review in another order gives the same plan", () => {
    const a = plan();
    const shuffled = input();
    const b = plan({
      useCases: [...shuffled.useCases].reverse(),
      decisions: [...shuffled.decisions].reverse(),
      kpis: [...shuffled.kpis].reverse(),
      learnings: [...shuffled.learnings].reverse(),
      obligations: [...shuffled.obligations].reverse(),
    });
    expect(b).toEqual(a);
  });
});

describe("refused options", () => {
  it.each([0, 29, 366, 1000, 45.5])("refuses a length of %s days", (lengthDays) => {
    const result = planNextRoadmap(input({ options: { lengthDays } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors)).toEqual(["lengthDays"]);
  });

  it("refuses a start before the previous roadmap's start, and a target its KPI cannot take", () => {
    const result = planNextRoadmap(
      input({ options: { startDate: "2026-01-04", targets: { "k-quote": 120, "k-time": -1 } } }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors).toEqual({
        startDate: { key: "nextRoadmap.errors.startBeforeOld", params: { date: "2026-01-05" } },
        "target.k-quote": { key: "kpis.errors.percentRange" },
        "target.k-time": { key: "kpis.errors.negative" },
      });
    }
  });
});

describe("reading the confirmed targets", () => {
  it("takes typed numbers, keeps the target when empty, and refuses what is no number", () => {
    const { targets, errors } = readTargets({
      title: "x",
      "target.k-time": "6,5",
      "target.k-quote": "",
      "target.k-other": "viel",
    });
    expect(targets).toEqual({ "k-time": 6.5 });
    expect(Object.keys(errors)).toEqual(["target.k-other"]);
  });
});
