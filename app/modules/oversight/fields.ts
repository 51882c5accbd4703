// The oversight form's choices and limits, without zod, so components can import them.
export const INCIDENT_SEVERITIES = ["low", "medium", "high"] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export const OVERSIGHT_LIMITS = {
  /** Outputs one review session covers at most: more is a typo, not a session. */
  count: 100_000,
  note: 2000,
  description: 2000,
  /** Rows the list shows at once; a period filter narrows it. */
  listRows: 200,
} as const;

/** The fields of the review form, in the order the keyboard walks them. */
export type ReviewFormValues = Partial<
  Record<
    | "date"
    | "reviewerId"
    | "reviewedCount"
    | "approvedCount"
    | "correctedCount"
    | "rejectedCount"
    | "note"
    | "hasIncident"
    | "incidentSeverity"
    | "incidentDescription"
    | "createFollowUp"
    | "followUpTitle"
    | "followUpOwnerId"
    | "followUpDueDate"
    | "version",
    string
  >
>;
