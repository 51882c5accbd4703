import { z } from "zod";
import { IdParamSchema } from "~/lib/params";
import { isIsoDate } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { isDueDateInRoadmap } from "../calendar/phase-dates";
import { VersionField } from "../roadmaps/schema";
import { INCIDENT_SEVERITIES, OVERSIGHT_LIMITS } from "./fields";
import type { IncidentSeverity } from "./fields";

/*
 * The review form, shared by "record" and "edit". Every field arrives as text; all rules
 * run in one pass so the person sees every problem at once, beside its field. Message
 * keys ("oversight.errors.…") are translated by parseForm.
 *
 * DECISION: approved + corrected + rejected must equal the outputs reviewed (each
 * reviewed output is approved unchanged, corrected or rejected). "Approved" may be left
 * empty: it is then the remainder, which saves typing the most common number.
 */

export type ReviewRules = {
  today: IsoDate;
  /** The start of the use case's roadmap: no review before it. Null: no roadmap. */
  roadmapStart: IsoDate | null;
};

export type ReviewInput = {
  date: IsoDate;
  reviewerId: string;
  reviewedCount: number;
  approvedCount: number;
  correctedCount: number;
  rejectedCount: number;
  note: string;
  incident: { severity: IncidentSeverity; description: string } | null;
  /** Only for a high-severity incident of a use case on a roadmap, when asked for. */
  followUp: { title: string; ownerId: string | null; dueDate: IsoDate } | null;
};

const text = (max: number) => z.string().trim().max(max).optional().default("");

const RawReview = z.object({
  date: text(20),
  reviewerId: text(40),
  reviewedCount: text(20),
  approvedCount: text(20),
  correctedCount: text(20),
  rejectedCount: text(20),
  note: text(OVERSIGHT_LIMITS.note),
  hasIncident: text(10),
  incidentSeverity: text(10),
  incidentDescription: text(OVERSIGHT_LIMITS.description),
  createFollowUp: text(10),
  followUpTitle: text(200),
  followUpOwnerId: text(40),
  followUpDueDate: text(20),
});

type Ctx = z.RefinementCtx;

function fail(ctx: Ctx, field: string, message: string): undefined {
  ctx.addIssue({ code: "custom", path: [field], message });
  return undefined;
}

/** A whole, non-negative count; undefined (with a field error) when it is not one. */
function readCount(ctx: Ctx, field: string, raw: string, required: boolean) {
  if (raw === "") {
    if (required) fail(ctx, field, "validation.required");
    return required ? undefined : null;
  }
  if (!/^[-−]?\d+$/.test(raw)) return fail(ctx, field, "oversight.errors.wholeNumber");
  if (/^[-−]/.test(raw) && !/^[-−]0+$/.test(raw))
    return fail(ctx, field, "oversight.errors.negative");
  const value = Number(raw.replace("−", "-"));
  if (value > OVERSIGHT_LIMITS.count) return fail(ctx, field, "oversight.errors.tooLarge");
  return Math.abs(value);
}

function readDate(ctx: Ctx, raw: string, rules: ReviewRules): IsoDate | undefined {
  if (raw === "") return fail(ctx, "date", "validation.required");
  if (!isIsoDate(raw)) return fail(ctx, "date", "oversight.errors.date");
  if (raw > rules.today) return fail(ctx, "date", "oversight.errors.futureDate");
  if (rules.roadmapStart && raw < rules.roadmapStart)
    return fail(ctx, "date", "oversight.errors.beforeRoadmap");
  if (raw < "2000-01-01") return fail(ctx, "date", "oversight.errors.date");
  return raw;
}

function readFollowUp(ctx: Ctx, raw: z.infer<typeof RawReview>, rules: ReviewRules) {
  if (!rules.roadmapStart || raw.createFollowUp !== "on") return null;
  const title = raw.followUpTitle;
  if (title === "") fail(ctx, "followUpTitle", "validation.required");
  const ownerId = raw.followUpOwnerId;
  if (ownerId !== "" && !IdParamSchema.safeParse(ownerId).success)
    fail(ctx, "followUpOwnerId", "oversight.errors.choice");
  const due = raw.followUpDueDate;
  if (due === "") fail(ctx, "followUpDueDate", "validation.required");
  else if (!isIsoDate(due)) fail(ctx, "followUpDueDate", "oversight.errors.date");
  else if (!isDueDateInRoadmap(rules.roadmapStart, due))
    fail(ctx, "followUpDueDate", "tasks.errors.dueOutsideRoadmap");
  return { title, ownerId: ownerId === "" ? null : ownerId, dueDate: due };
}

function checkReview(raw: z.infer<typeof RawReview>, ctx: Ctx, rules: ReviewRules) {
  const date = readDate(ctx, raw.date, rules);
  const reviewerOk = IdParamSchema.safeParse(raw.reviewerId).success;
  if (!reviewerOk)
    fail(
      ctx,
      "reviewerId",
      raw.reviewerId === "" ? "validation.required" : "oversight.errors.choice",
    );
  const reviewed = readCount(ctx, "reviewedCount", raw.reviewedCount, true);
  const approved = readCount(ctx, "approvedCount", raw.approvedCount, false);
  const corrected = readCount(ctx, "correctedCount", raw.correctedCount, false) ?? 0;
  const rejected = readCount(ctx, "rejectedCount", raw.rejectedCount, false) ?? 0;
  if (reviewed === 0) fail(ctx, "reviewedCount", "oversight.errors.nothingReviewed");

  let approvedCount: number | undefined;
  if (typeof reviewed === "number" && reviewed > 0) {
    if (corrected + rejected > reviewed) {
      fail(ctx, "correctedCount", "oversight.errors.changedExceedsReviewed");
    } else if (approved === null) {
      approvedCount = reviewed - corrected - rejected;
    } else if (typeof approved === "number") {
      if (approved + corrected + rejected !== reviewed)
        fail(ctx, "approvedCount", "oversight.errors.sumMismatch");
      else approvedCount = approved;
    }
  }

  let incident: ReviewInput["incident"] = null;
  if (raw.hasIncident === "on") {
    const severity = (INCIDENT_SEVERITIES as readonly string[]).includes(raw.incidentSeverity)
      ? (raw.incidentSeverity as IncidentSeverity)
      : null;
    if (!severity) fail(ctx, "incidentSeverity", "oversight.errors.severity");
    if (raw.incidentDescription === "")
      fail(ctx, "incidentDescription", "oversight.errors.description");
    if (severity) incident = { severity, description: raw.incidentDescription };
  }
  const followUp = incident?.severity === "high" ? readFollowUp(ctx, raw, rules) : null;

  return {
    date: date!,
    reviewerId: raw.reviewerId,
    reviewedCount: reviewed!,
    approvedCount: approvedCount!,
    correctedCount: corrected,
    rejectedCount: rejected,
    note: raw.note,
    incident,
    followUp,
  } satisfies ReviewInput;
}

/** The form to record a review session, with the date rules of its use case. */
export function reviewSchema(rules: ReviewRules) {
  return RawReview.transform((raw, ctx): ReviewInput => checkReview(raw, ctx, rules));
}

/** The edit form: the same fields and the version it was loaded with. */
export function editReviewSchema(rules: ReviewRules) {
  return RawReview.extend({ version: VersionField }).transform(
    (raw, ctx): ReviewInput & { version: number } => ({
      ...checkReview(raw, ctx, rules),
      version: raw.version,
    }),
  );
}

export const DeleteReviewSchema = z.object({ version: VersionField });

/** The list's filters from the URL; anything malformed is simply ignored. */
export type ReviewFilter = {
  from: IsoDate | null;
  to: IsoDate | null;
  reviewerId: string | null;
  incidentsOnly: boolean;
};

export function parseReviewFilter(search: URLSearchParams): ReviewFilter {
  const date = (key: string) => {
    const value = search.get(key) ?? "";
    return isIsoDate(value) ? value : null;
  };
  const reviewer = search.get("reviewer") ?? "";
  return {
    from: date("from"),
    to: date("to"),
    reviewerId: IdParamSchema.safeParse(reviewer).success ? reviewer : null,
    incidentsOnly: search.get("incidents") === "1",
  };
}
