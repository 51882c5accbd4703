import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { isoToUtcDate } from "../calendar/dates";
import { oversightSetup, TODAY } from "../oversight/oversight.test-helpers";
import { NO_EVIDENCE } from "./evidence";
import { getGovernanceEvidence } from "./evidence.server";

/** One organisation's records on its use case: reviews, a trained team, checked data. */
async function recordEvidence(label: string) {
  const setup = await oversightSetup(label);
  const { org, manager, member, useCase } = setup;
  const orgId = org.id;
  const day = (iso: string) => isoToUtcDate(iso);
  await db.oversightReview.createMany({
    data: [
      // 20 reviewed, 2 corrected + 1 rejected in the last 30 days; an older one outside.
      {
        orgId,
        useCaseId: useCase.id,
        date: day("2026-03-10"),
        reviewerId: member.id,
        reviewedCount: 12,
        approvedCount: 10,
        correctedCount: 2,
        rejectedCount: 0,
      },
      {
        orgId,
        useCaseId: useCase.id,
        date: day("2026-03-20"),
        reviewerId: member.id,
        reviewedCount: 8,
        approvedCount: 7,
        correctedCount: 0,
        rejectedCount: 1,
        hasIncident: true,
        incidentSeverity: "high",
        incidentDescription: "Falsche Frist genannt",
      },
      {
        orgId,
        useCaseId: useCase.id,
        date: day("2026-01-05"),
        reviewerId: member.id,
        reviewedCount: 50,
        approvedCount: 0,
        correctedCount: 50,
        rejectedCount: 0,
      },
    ],
  });
  // Team: the owner (member) and the manager; only the member is trained.
  await db.useCaseMember.create({ data: { orgId, useCaseId: useCase.id, userId: manager.id } });
  const training = await db.training.create({
    data: { orgId, title: `${label} Grundlagen`, topic: "basics", format: "workshop" },
    select: { id: true },
  });
  await db.trainingCompletion.create({
    data: { orgId, trainingId: training.id, userId: member.id, completedOn: day("2026-03-01") },
  });
  // Two data sources, one fully checked.
  const checked = await db.dataSource.create({
    data: {
      orgId,
      useCaseId: useCase.id,
      name: "Tickets",
      kind: "customer",
      personalData: "ordinary",
    },
    select: { id: true },
  });
  await db.dataSource.create({
    data: { orgId, useCaseId: useCase.id, name: "FAQ", kind: "public", personalData: "none" },
  });
  await db.dataSourceCheck.createMany({
    data: (["completeness", "accuracy", "timeliness", "representativeness"] as const).map(
      (aspect) => ({ orgId, dataSourceId: checked.id, aspect, checkedOn: day("2026-03-05") }),
    ),
  });
  return setup;
}

describe("governance evidence per use case", () => {
  it("gathers oversight, AI literacy and data basis, each counted within the organisation", async () => {
    const mine = await recordEvidence("Eigene GmbH");
    const theirs = await recordEvidence("Fremde GmbH");
    const bare = await db.useCase.create({
      data: { orgId: mine.org.id, title: "Noch nichts erfasst" },
      select: { id: true },
    });

    const evidence = await getGovernanceEvidence({
      orgId: mine.org.id,
      useCaseIds: [mine.useCase.id, bare.id, theirs.useCase.id],
      today: TODAY,
    });

    expect(evidence.get(mine.useCase.id)).toEqual({
      oversight: {
        reviewsLast30Days: 2,
        outputsReviewedLast30Days: 20,
        correctionRateLast30Days: 15,
        lastIncident: { date: "2026-03-20", severity: "high" },
        openHighIncidents: 1,
      },
      literacy: { trained: 1, teamSize: 2, missing: [expect.any(String)] },
      data: {
        sources: 2,
        fullyChecked: 1,
        openChecks: 4,
        openQuestions: expect.any(Number),
        state: "checks_open",
      },
    });
    // A use case without records, and another organisation's use case asked for by id:
    // nothing of the other organisation is read.
    expect(evidence.get(bare.id)).toEqual(NO_EVIDENCE);
    expect(evidence.get(theirs.useCase.id)).toEqual(NO_EVIDENCE);
  });

  it("asks nothing for no use cases", async () => {
    const { org } = await oversightSetup();
    expect(await getGovernanceEvidence({ orgId: org.id, useCaseIds: [], today: TODAY })).toEqual(
      new Map(),
    );
  });
});
