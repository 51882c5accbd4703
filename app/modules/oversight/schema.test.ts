import { describe, expect, it } from "vitest";
import { parseForm } from "~/lib/forms.server";
import { createT } from "~/lib/i18n";
import { templateSpan } from "../calendar/phase-dates";
import { correctionRateKpiLine } from "./kpi-offer";
import { editReviewSchema, parseReviewFilter, reviewSchema } from "./schema";

const t = createT("en");
const rules = { today: "2026-03-20", roadmap: templateSpan("2026-03-02") };
const REVIEWER = "cm0reviewer000000001";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const valid = {
  date: "2026-03-18",
  reviewerId: REVIEWER,
  reviewedCount: "20",
  correctedCount: "3",
  rejectedCount: "1",
  approvedCount: "",
};

function errorsOf(fields: Record<string, string>) {
  const result = parseForm(form(fields), reviewSchema(rules), t);
  if (result.ok) throw new Error("expected a failure");
  return result;
}

describe("reviewSchema", () => {
  it("takes a session and counts the rest as approved when 'approved' is empty", () => {
    const result = parseForm(form(valid), reviewSchema(rules), t);
    expect(result).toMatchObject({
      ok: true,
      data: {
        date: "2026-03-18",
        reviewedCount: 20,
        approvedCount: 16,
        correctedCount: 3,
        rejectedCount: 1,
        incident: null,
        followUp: null,
      },
    });
  });

  it("refuses negative counts, more corrected + rejected than reviewed, a wrong sum", () => {
    expect(errorsOf({ ...valid, correctedCount: "-2" }).fieldErrors.correctedCount).toBe(
      "This cannot be negative.",
    );
    expect(errorsOf({ ...valid, correctedCount: "15", rejectedCount: "6" }).fieldErrors).toEqual({
      correctedCount: "Corrected and rejected together cannot be more than were checked.",
    });
    expect(errorsOf({ ...valid, approvedCount: "10" }).fieldErrors).toEqual({
      approvedCount: "Approved, corrected and rejected must add up to the outputs checked.",
    });
    expect(errorsOf({ ...valid, reviewedCount: "0" }).fieldErrors.reviewedCount).toBe(
      "At least one output must have been checked.",
    );
    expect(errorsOf({ ...valid, reviewedCount: "2,5" }).fieldErrors.reviewedCount).toBe(
      "Please enter a whole number, e.g. 12.",
    );
  });

  it("refuses dates in the future and before the roadmap's start, and keeps the values", () => {
    const future = errorsOf({ ...valid, date: "2026-03-21" });
    expect(future.fieldErrors.date).toBe("The date cannot be in the future.");
    expect(future.values).toMatchObject({ date: "2026-03-21", reviewedCount: "20" });
    expect(errorsOf({ ...valid, date: "2026-03-01" }).fieldErrors.date).toBe(
      "The date is before the start of the use case's roadmap.",
    );
    // Without a roadmap only the future is closed.
    const free = parseForm(
      form({ ...valid, date: "2025-01-01" }),
      reviewSchema({ today: rules.today, roadmap: null }),
      t,
    );
    expect(free.ok).toBe(true);
  });

  it("reports every problem at once", () => {
    const result = errorsOf({
      ...valid,
      date: "2030-01-01",
      correctedCount: "-1",
      hasIncident: "on",
    });
    expect(Object.keys(result.fieldErrors).sort()).toEqual([
      "correctedCount",
      "date",
      "incidentDescription",
      "incidentSeverity",
    ]);
  });

  it("needs severity and description for an incident; a follow-up only for a high one", () => {
    const incident = { ...valid, hasIncident: "on", incidentSeverity: "high" };
    expect(errorsOf(incident).fieldErrors).toEqual({
      incidentDescription: "Please describe what happened.",
    });
    const withTask = parseForm(
      form({
        ...incident,
        incidentDescription: "Wrong customer's address in a draft",
        createFollowUp: "on",
        followUpTitle: "Exclude merged tickets",
        followUpOwnerId: REVIEWER,
        followUpDueDate: "2026-03-27",
      }),
      reviewSchema(rules),
      t,
    );
    expect(withTask).toMatchObject({
      ok: true,
      data: {
        incident: { severity: "high", description: "Wrong customer's address in a draft" },
        followUp: { title: "Exclude merged tickets", ownerId: REVIEWER, dueDate: "2026-03-27" },
      },
    });
    // A due date outside the roadmap is refused like on the task form.
    expect(
      errorsOf({
        ...incident,
        incidentDescription: "x",
        createFollowUp: "on",
        followUpTitle: "x",
        followUpDueDate: "2026-12-31",
      }).fieldErrors.followUpDueDate,
    ).toBeDefined();
    // A low incident asks for no task, whatever the form sent.
    const low = parseForm(
      form({
        ...incident,
        incidentSeverity: "low",
        incidentDescription: "x",
        createFollowUp: "on",
      }),
      reviewSchema(rules),
      t,
    );
    expect(low).toMatchObject({ ok: true, data: { followUp: null } });
    // Without the tick, severity and description are not kept.
    const none = parseForm(form({ ...valid, incidentSeverity: "high" }), reviewSchema(rules), t);
    expect(none).toMatchObject({ ok: true, data: { incident: null } });
  });

  it("needs the version on an edit", () => {
    expect(parseForm(form(valid), editReviewSchema(rules), t).ok).toBe(false);
    expect(parseForm(form({ ...valid, version: "3" }), editReviewSchema(rules), t)).toMatchObject({
      ok: true,
      data: { version: 3 },
    });
  });
});

describe("parseReviewFilter", () => {
  it("keeps valid filters and ignores malformed ones", () => {
    expect(
      parseReviewFilter(
        new URLSearchParams("from=2026-03-01&to=2026-02-30&reviewer=x';--&incidents=1"),
      ),
    ).toEqual({ from: "2026-03-01", to: null, reviewerId: null, incidentsOnly: true });
  });
});

describe("correctionRateKpiLine", () => {
  it("runs from the roadmap's start to its end, from the first week's rate to 10 %", () => {
    expect(
      correctionRateKpiLine({
        roadmap: templateSpan("2026-03-02"),
        today: "2026-03-20",
        firstWeekRate: 27.5,
      }),
    ).toEqual({
      baseline: 27.5,
      target: 10,
      baselineDate: "2026-03-02",
      targetDate: "2026-05-30",
    });
    // No reviews yet: an assumed 30 %; never below the target; no roadmap: from today.
    expect(
      correctionRateKpiLine({ roadmap: null, today: "2026-03-20", firstWeekRate: null }),
    ).toEqual({ baseline: 30, target: 10, baselineDate: "2026-03-20", targetDate: "2026-06-17" });
    expect(
      correctionRateKpiLine({ roadmap: null, today: "2026-03-20", firstWeekRate: 4 }).baseline,
    ).toBe(10);
  });
});
