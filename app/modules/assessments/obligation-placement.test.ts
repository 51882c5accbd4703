import { describe, expect, it } from "vitest";
import { templateSpan } from "../calendar/phase-dates";
import { placeObligation } from "./obligation-placement";
import type { PlacementPhase } from "./obligation-placement";

// Start Monday 2 March 2026: analysis 2–22 March, pilot 23 March–26 April,
// scale 27 April–30 May (the roadmap's last day).
const startDate = "2026-03-02";
const phases = (approved: string[] = []): PlacementPhase[] =>
  (["analysis", "pilot", "scale"] as const).map((kind) => ({
    kind,
    gateApproved: approved.includes(kind),
  }));

describe("placeObligation", () => {
  it("keeps the suggested phase while it is ahead, due before its gate", () => {
    expect(
      placeObligation({
        roadmap: templateSpan(startDate),
        today: "2026-03-10",
        suggested: "pilot",
        phases: phases(),
      }),
    ).toEqual({ phase: "pilot", dueDate: "2026-04-24" });
  });

  it("never plans into a phase that has ended: today's phase instead, never due in the past", () => {
    // Today is in the scale phase; the suggested analysis phase ended weeks ago.
    const placed = placeObligation({
      roadmap: templateSpan(startDate),
      today: "2026-05-06",
      suggested: "analysis",
      phases: phases(["analysis"]),
    });
    // Due on the last working day before the scale gate (30 May is a Saturday).
    expect(placed).toEqual({ phase: "scale", dueDate: "2026-05-29" });
  });

  it("never plans into a phase whose gate is approved, even while it still runs", () => {
    const placed = placeObligation({
      roadmap: templateSpan(startDate),
      today: "2026-03-18",
      suggested: "analysis",
      phases: phases(["analysis"]),
    });
    expect(placed).toEqual({ phase: "pilot", dueDate: "2026-04-24" });
  });

  it("is due no later than the day the duty applies from, and not before today", () => {
    expect(
      placeObligation({
        roadmap: templateSpan(startDate),
        today: "2026-03-25",
        suggested: "pilot",
        phases: phases(),
        appliesFrom: "2026-04-02",
      }),
    ).toEqual({ phase: "pilot", dueDate: "2026-04-02" });
    // A duty already in force: as soon as possible within the phase, not in the past.
    expect(
      placeObligation({
        roadmap: templateSpan(startDate),
        today: "2026-03-25",
        suggested: "pilot",
        phases: phases(),
        appliesFrom: "2025-02-02",
      }),
    ).toEqual({ phase: "pilot", dueDate: "2026-04-24" });
  });

  it("a legal date before the suggested phase pulls the task into the phase it falls in", () => {
    expect(
      placeObligation({
        roadmap: templateSpan(startDate),
        today: "2026-03-04",
        suggested: "scale",
        phases: phases(),
        appliesFrom: "2026-03-30",
      }),
    ).toEqual({ phase: "pilot", dueDate: "2026-03-30" });
  });

  it("a task due today at the latest when the phase's last Friday has passed", () => {
    // Saturday 25 April, the pilot's last weekend: due today, still inside the phase.
    expect(
      placeObligation({
        roadmap: templateSpan(startDate),
        today: "2026-04-25",
        suggested: "pilot",
        phases: phases(),
      }),
    ).toEqual({ phase: "pilot", dueDate: "2026-04-25" });
  });

  it("has nowhere to go when every gate is approved or the roadmap is over", () => {
    expect(
      placeObligation({
        roadmap: templateSpan(startDate),
        today: "2026-03-10",
        suggested: "pilot",
        phases: phases(["analysis", "pilot", "scale"]),
      }),
    ).toBeNull();
    expect(
      placeObligation({
        roadmap: templateSpan(startDate),
        today: "2026-06-15",
        suggested: "scale",
        phases: phases(),
      }),
    ).toBeNull();
  });
});
