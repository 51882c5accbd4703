import { z } from "zod";
import { ID_PATTERN, multilineText, readCount, readDate, text, version } from "~/lib/fields";
import type { MessageParams } from "~/lib/i18n";
import { IdParamSchema } from "~/lib/params";
import { isIsoDate } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { isDueDateInRoadmap } from "../calendar/phase-dates";
import type { RoadmapSpan } from "../calendar/phase-dates";
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
  /** The use case's roadmap: no review before its start. Null: no roadmap. */
  roadmap: RoadmapSpan | null;
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

/**
 * A field read by hand below (a count, a date, an id), with the vocabulary's readers: as
 * typed, only trimmed, so that "12\u0000" is refused like "12x", not cleaned into 12.
 */
const typed = (max: number) =>
  z
    .string({ message: "validation.invalid" })
    .max(max)
    .optional()
    .transform((v) => (v ?? "").trim());

const RawReview = z.object({
  date: typed(20),
  reviewerId: typed(40),
  reviewedCount: typed(20),
  approvedCount: typed(20),
  correctedCount: typed(20),
  rejectedCount: typed(20),
  note: multilineText({ max: OVERSIGHT_LIMITS.note, optional: true }),
  hasIncident: typed(10),
  incidentSeverity: typed(10),
  incidentDescription: multilineText({ max: OVERSIGHT_LIMITS.description, optional: true }),
  createFollowUp: typed(10),
  followUpTitle: text({ max: 200, optional: true }),
  followUpOwnerId: typed(40),
  followUpDueDate: typed(20),
});

type Ctx = z.RefinementCtx;

function fail(ctx: Ctx, field: string, message: string, params?: MessageParams): undefined {
  ctx.addIssue({ code: "custom", path: [field], message, params });
  return undefined;
}

/** A whole, non-negative count; null when empty and optional; undefined after a field error. */
function countOf(ctx: Ctx, field: string, raw: string, required: boolean) {
  if (raw === "" && !required) return null;
  const count = readCount(raw, { max: OVERSIGHT_LIMITS.count });
  if (!count.ok) {
    ctx.addIssue({ code: "custom", path: [field], message: count.message, params: count.params });
    return undefined;
  }
  return count.value;
}

function dateOf(ctx: Ctx, raw: string, rules: ReviewRules): IsoDate | undefined {
  const date = readDate(raw);
  if (!date.ok) {
    ctx.addIssue({ code: "custom", path: ["date"], message: date.message, params: date.params });
    return undefined;
  }
  if (date.value > rules.today) return fail(ctx, "date", "oversight.errors.futureDate");
  if (rules.roadmap && date.value < rules.roadmap.startDate)
    return fail(ctx, "date", "oversight.errors.beforeRoadmap");
  return date.value;
}

function readFollowUp(ctx: Ctx, raw: z.infer<typeof RawReview>, rules: ReviewRules) {
  if (!rules.roadmap || raw.createFollowUp !== "on") return null;
  const title = raw.followUpTitle;
  if (title === "") fail(ctx, "followUpTitle", "validation.required");
  const ownerId = raw.followUpOwnerId;
  if (ownerId !== "" && !ID_PATTERN.test(ownerId))
    fail(ctx, "followUpOwnerId", "oversight.errors.choice");
  const due = raw.followUpDueDate;
  const dueDate = readDate(due);
  if (!dueDate.ok) fail(ctx, "followUpDueDate", dueDate.message, dueDate.params);
  else if (!isDueDateInRoadmap(rules.roadmap, due))
    fail(ctx, "followUpDueDate", "tasks.errors.dueOutsideRoadmap");
  return { title, ownerId: ownerId === "" ? null : ownerId, dueDate: due };
}

function checkReview(raw: z.infer<typeof RawReview>, ctx: Ctx, rules: ReviewRules) {
  const date = dateOf(ctx, raw.date, rules);
  const reviewerOk = ID_PATTERN.test(raw.reviewerId);
  if (!reviewerOk)
    fail(
      ctx,
      "reviewerId",
      raw.reviewerId === "" ? "validation.required" : "oversight.errors.choice",
    );
  const reviewed = countOf(ctx, "reviewedCount", raw.reviewedCount, true);
  const approved = countOf(ctx, "approvedCount", raw.approvedCount, false);
  const corrected = countOf(ctx, "correctedCount", raw.correctedCount, false) ?? 0;
  const rejected = countOf(ctx, "rejectedCount", raw.rejectedCount, false) ?? 0;
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
  return RawReview.extend({ version: version() }).transform(
    (raw, ctx): ReviewInput & { version: number } => ({
      ...checkReview(raw, ctx, rules),
      version: raw.version,
    }),
  );
}

export const DeleteReviewSchema = z.object({ version: version() });

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
