import { describe, expect, it } from "vitest";
import { personLiteracy, teamCoverage, trainingStatuses } from "./coverage";
import type { AssignmentFact, CompletionFact } from "./coverage";

const TODAY = "2026-12-05";

function done(overrides: Partial<CompletionFact> = {}): CompletionFact {
  return {
    userId: "u1",
    trainingId: "basics",
    topic: "basics",
    completedOn: "2026-06-01",
    validityMonths: 12,
    ...overrides,
  };
}

function plan(overrides: Partial<AssignmentFact> = {}): AssignmentFact {
  return {
    id: "a1",
    userId: "u1",
    trainingId: "basics",
    dueDate: "2026-12-20",
    taskId: null,
    ...overrides,
  };
}

describe("personLiteracy", () => {
  it("is missing without any completion", () => {
    expect(personLiteracy([], TODAY)).toEqual({
      state: "missing",
      validUntil: null,
      isExpiringSoon: false,
    });
  });

  it("is trained with a valid basics completion, until its last day", () => {
    expect(personLiteracy([done()], TODAY)).toEqual({
      state: "trained",
      validUntil: "2027-06-01",
      isExpiringSoon: false,
    });
  });

  it("does not count other topics: a data-protection course alone is no AI literacy", () => {
    const other = done({ trainingId: "dp", topic: "data_protection", validityMonths: null });
    expect(personLiteracy([other], TODAY).state).toBe("missing");
  });

  it("is expired when every basics completion has run out, naming the latest end", () => {
    const old = [
      done({ completedOn: "2024-01-10" }),
      done({ completedOn: "2025-03-31", validityMonths: 6 }),
    ];
    expect(personLiteracy(old, TODAY)).toEqual({
      state: "expired",
      validUntil: "2025-09-30",
      isExpiringSoon: false,
    });
  });

  it("takes the completion that counts longest; one without an end beats all", () => {
    const soon = done({ completedOn: "2025-12-20" });
    expect(personLiteracy([soon], TODAY)).toMatchObject({
      state: "trained",
      validUntil: "2026-12-20",
      isExpiringSoon: true,
    });
    expect(personLiteracy([soon, done({ completedOn: "2026-11-01" })], TODAY)).toMatchObject({
      validUntil: "2027-11-01",
      isExpiringSoon: false,
    });
    expect(
      personLiteracy([soon, done({ trainingId: "b2", validityMonths: null })], TODAY),
    ).toMatchObject({ state: "trained", validUntil: null, isExpiringSoon: false });
  });

  it("expires on the day after month-end clamping: 31 Jan + 1 month", () => {
    const c = done({ completedOn: "2026-01-31", validityMonths: 1 });
    expect(personLiteracy([c], "2026-02-28").state).toBe("trained");
    expect(personLiteracy([c], "2026-03-01").state).toBe("expired");
  });
});

describe("trainingStatuses", () => {
  it("lists due before expired before done", () => {
    const statuses = trainingStatuses(
      [done({ trainingId: "t-done" }), done({ trainingId: "t-old", completedOn: "2024-01-01" })],
      [plan({ trainingId: "t-plan" })],
      TODAY,
    );
    expect(statuses.map((s) => [s.trainingId, s.status])).toEqual([
      ["t-plan", "due"],
      ["t-old", "expired"],
      ["t-done", "done"],
    ]);
  });

  it("a valid completion fulfils the plan; an expired one leaves the refresher due", () => {
    expect(trainingStatuses([done()], [plan()], TODAY)).toEqual([
      {
        status: "done",
        trainingId: "basics",
        completedOn: "2026-06-01",
        validUntil: "2027-06-01",
        isExpiringSoon: false,
      },
    ]);
    expect(
      trainingStatuses(
        [done({ completedOn: "2025-01-15" })],
        [plan({ dueDate: "2026-12-01" })],
        TODAY,
      ),
    ).toEqual([
      {
        status: "due",
        trainingId: "basics",
        dueDate: "2026-12-01",
        isOverdue: true,
        assignmentId: "a1",
        expiredOn: "2026-01-15",
      },
    ]);
  });

  it("judges a training by its latest completion", () => {
    const statuses = trainingStatuses(
      [done({ completedOn: "2024-02-01" }), done({ completedOn: "2026-02-01" })],
      [],
      TODAY,
    );
    expect(statuses).toMatchObject([{ status: "done", completedOn: "2026-02-01" }]);
  });

  it("is not overdue on the due day itself", () => {
    expect(trainingStatuses([], [plan({ dueDate: TODAY })], TODAY)).toMatchObject([
      { status: "due", isOverdue: false, expiredOn: null },
    ]);
  });
});

describe("teamCoverage", () => {
  const team = [
    { userId: "owner", name: "Aylin" },
    { userId: "b", name: "Lukas" },
    { userId: "c", name: "Sabine" },
  ];

  it("counts the trained and names the others in team order", () => {
    expect(teamCoverage(team, (id) => id === "c")).toEqual({
      trained: 1,
      teamSize: 3,
      missing: ["Aylin", "Lukas"],
    });
  });

  it("counts a person once, even as owner and member", () => {
    expect(teamCoverage([...team, { userId: "owner", name: "Aylin" }], () => true)).toEqual({
      trained: 3,
      teamSize: 3,
      missing: [],
    });
  });

  it("an empty team has nobody missing", () => {
    expect(teamCoverage([], () => false)).toEqual({ trained: 0, teamSize: 0, missing: [] });
  });
});
