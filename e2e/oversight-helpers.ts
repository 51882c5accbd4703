// Helpers for the human-oversight specs (issue 14).
import { isoToUtcDate, todayIso } from "../app/modules/calendar/dates";
import { e2eDb } from "./factories";
import type { TestOrg } from "./factories";

/** A piloting use case on the org's roadmap, owned by the member. */
export async function createPilotUseCase(org: TestOrg, title = "Antwortentwürfe Kundenservice") {
  return e2eDb().useCase.create({
    data: {
      orgId: org.org.id,
      roadmapId: org.roadmapId ?? null,
      ownerId: org.users.member.id,
      title,
      area: "customer_service",
      status: "piloting",
    },
    select: { id: true, title: true },
  });
}

/** One stored review session (10 checked, 2 corrected) by the member, today. */
export async function createReviewRow(org: TestOrg, useCaseId: string) {
  return e2eDb().oversightReview.create({
    data: {
      orgId: org.org.id,
      useCaseId,
      date: isoToUtcDate(todayIso()),
      reviewerId: org.users.member.id,
      recordedById: org.users.member.id,
      reviewedCount: 10,
      approvedCount: 8,
      correctedCount: 2,
      rejectedCount: 0,
    },
    select: { id: true },
  });
}

/** The fields of a valid review form. */
export function reviewForm(org: TestOrg, fields: Record<string, string> = {}) {
  return {
    intent: "save",
    date: todayIso(),
    reviewerId: org.users.member.id,
    reviewedCount: "12",
    correctedCount: "3",
    rejectedCount: "1",
    approvedCount: "",
    note: "",
    ...fields,
  };
}
