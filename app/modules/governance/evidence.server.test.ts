import { describe, expect, it } from "vitest";
import { captureStatements, db } from "~/lib/db.server";
import { isoToUtcDate } from "../calendar/dates";
import { getDataReadiness } from "../data-sources/data-sources.server";
import { getLiteracyCoverage } from "../literacy/coverage.server";
import { oversightSetup, TODAY } from "../oversight/oversight.test-helpers";
import { getOversightSummaries } from "../oversight/summaries.server";
import { createUser } from "~/test/factories";
import { listRegister } from "../assessments/register.server";
import type { RegisterRow } from "../assessments/register";
import { NO_EVIDENCE } from "./evidence";

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

/** Each use case's evidence in the organisation's register, by id. */
async function registerEvidence(orgId: string) {
  const rows = await listRegister({ orgId, today: TODAY });
  return new Map(rows.map((row) => [row.id, row.evidence]));
}

describe("governance evidence per use case (the AI register's)", () => {
  it("gathers oversight, AI literacy and data basis, each counted within the organisation", async () => {
    const mine = await recordEvidence("Eigene GmbH");
    const theirs = await recordEvidence("Fremde GmbH");
    const bare = await db.useCase.create({
      data: { orgId: mine.org.id, title: "Noch nichts erfasst" },
      select: { id: true },
    });

    const evidence = await registerEvidence(mine.org.id);

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
    // A use case without records; the other organisation's use case (with the same
    // records) is not listed and its records do not count above.
    expect(evidence.get(bare.id)).toEqual(NO_EVIDENCE);
    expect(evidence.has(theirs.useCase.id)).toBe(false);
    expect([...evidence.keys()].sort()).toEqual([mine.useCase.id, bare.id].sort());
  });

  it("counts as each record's own module counts, in one statement", async () => {
    const setup = await recordEvidence("Vergleich GmbH");
    const { org, manager, member, useCase } = setup;
    const orgId = org.id;
    const day = (iso: string) => isoToUtcDate(iso);
    // A second use case: owned by the manager, a team with a member, a former member
    // and someone of no organisation; incidents whose follow-up is done, open or deleted.
    const other = await db.useCase.create({
      data: { orgId, title: "Rechnungen prüfen", ownerId: manager.id },
      select: { id: true },
    });
    const former = await createUser();
    const stranger = await createUser();
    await db.membership.create({ data: { orgId, userId: former.id, role: "member" } });
    await db.useCaseMember.createMany({
      data: [member, former, stranger, manager].map((u) => ({
        orgId,
        useCaseId: other.id,
        userId: u.id,
      })),
    });
    await db.membership.deleteMany({ where: { orgId, userId: former.id } });
    const incident = (
      date: string,
      severity: "low" | "medium" | "high",
      followUpTaskId: string | null = null,
    ) => ({
      orgId,
      useCaseId: other.id,
      date: day(date),
      reviewedCount: 4,
      approvedCount: 1,
      correctedCount: 2,
      rejectedCount: 1,
      hasIncident: true,
      incidentSeverity: severity,
      followUpTaskId,
    });
    const phase = await db.phase.findFirstOrThrow({
      where: { orgId, roadmapId: setup.roadmap.id },
      select: { id: true },
    });
    const followUp = async (status: "done" | "todo", deleted = false) =>
      (
        await db.task.create({
          data: {
            orgId,
            roadmapId: setup.roadmap.id,
            phaseId: phase.id,
            title: `Folgeaufgabe ${status}`,
            status,
            dueDate: day("2026-03-31"),
            deletedAt: deleted ? new Date() : null,
          },
          select: { id: true },
        })
      ).id;
    await db.oversightReview.createMany({
      data: [
        incident("2026-03-24", "low"),
        incident("2026-03-23", "medium"),
        incident("2026-02-01", "high"),
        incident("2026-03-01", "high", await followUp("done")),
        incident("2026-03-02", "high", await followUp("todo")),
        incident("2026-03-03", "high", await followUp("done", true)),
      ],
    });
    // An expired completion (12 months) for the manager, a valid one for the member.
    const refresher = await db.training.create({
      data: {
        orgId,
        title: "Auffrischung",
        topic: "basics",
        format: "e_learning",
        validityMonths: 12,
      },
      select: { id: true },
    });
    await db.trainingCompletion.create({
      data: { orgId, trainingId: refresher.id, userId: manager.id, completedOn: day("2024-01-10") },
    });
    await db.dataSource.create({
      data: {
        orgId,
        useCaseId: other.id,
        name: "Belege",
        kind: "supplier",
        personalData: "special",
        sentToVendor: true,
      },
    });

    const ids = [useCase.id, other.id];
    let rows: RegisterRow[] = [];
    const statements = await captureStatements(async () => {
      rows = await listRegister({ orgId, today: TODAY });
    });
    expect(statements).toHaveLength(1);
    const evidence = new Map(rows.map((row) => [row.id, row.evidence]));
    expect(evidence.size).toBe(2);
    const [oversight, literacy, data] = await Promise.all([
      getOversightSummaries({ orgId, useCaseIds: ids, today: TODAY }),
      getLiteracyCoverage({ orgId, useCaseIds: ids, today: TODAY }),
      getDataReadiness({ orgId, useCaseIds: ids }),
    ]);
    for (const [i, id] of ids.entries()) {
      const { useCaseId: _id, ...summary } = oversight[i]!;
      const readiness = data[id]!;
      expect(evidence.get(id)).toEqual({
        oversight: summary,
        literacy: literacy[id],
        data: {
          sources: readiness.sources,
          fullyChecked: readiness.fullyChecked,
          openChecks: readiness.openChecks,
          openQuestions: readiness.openQuestions.length,
          state: readiness.state,
        },
      });
    }
    expect(evidence.get(other.id)?.literacy.teamSize).toBe(2);
    expect(evidence.get(other.id)?.oversight.lastIncident).toEqual({
      date: "2026-03-24",
      severity: "low",
    });
  });

  it("lists no use case, and reads in one statement, for an organisation without any", async () => {
    const { org, useCase } = await oversightSetup();
    await db.useCase.delete({ where: { id: useCase.id } });
    const statements = await captureStatements(async () => {
      expect(await listRegister({ orgId: org.id, today: TODAY })).toEqual([]);
    });
    expect(statements).toHaveLength(1);
  });
});
