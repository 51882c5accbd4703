import { describe, expect, it } from "vitest";
import { captureStatements, db, getRoundTrips } from "~/lib/db.server";
import { addMember, createUser } from "~/test/factories";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import { roadmapEndDate } from "../calendar/phase-dates";
import { OVERSIGHT_LIMITS } from "./fields";
import {
  getOversightLog,
  getOversightUseCase,
  getReview,
  getReviewFormOptions,
} from "./oversight.server";
import type { ReviewFilter } from "./schema";
import { createReview, deleteReview, updateReview } from "./edit.server";
import type { UseCaseStatus } from "../use-cases/status";
import type { OversightUseCase } from "./oversight.server";
import { oversightSetup, review, TODAY } from "./oversight.test-helpers";
import type { ReviewInput } from "./schema";
import { listPilotOversight } from "./section.server";
import { getOversightSummaries } from "./summaries.server";
import { getUseCasePage } from "../use-cases/page.server";

const noFilter = { from: null, to: null, reviewerId: null, incidentsOnly: false };

/** The log's list (sessions and totals), as the log page reads it. */
async function listReviews(args: { orgId: string; useCaseId: string; filter: ReviewFilter }) {
  return (await getOversightLog({ ...args, today: TODAY })).list;
}

function record(
  org: { id: string },
  actorId: string,
  useCase: OversightUseCase,
  input: ReviewInput,
) {
  return createReview({
    orgId: org.id,
    actorId,
    useCase,
    input,
    today: TODAY,
    description: "Schwerer Vorfall",
  });
}

describe("oversight reviews", () => {
  it("records a session with its audit event; a high incident gets a follow-up task in the current phase", async () => {
    const { org, member, manager, roadmap, useCase } = await oversightSetup();
    const plain = await record(org, member.id, useCase, review("2026-03-23", member.id, 20, 4, 1));
    expect(plain).toMatchObject({ ok: true, followUpTaskId: null });

    const high = await record(
      org,
      member.id,
      useCase,
      review("2026-03-24", member.id, 10, 2, 1, {
        incident: { severity: "high", description: "Fremde Kundendaten im Entwurf" },
        followUp: { title: "Vorfall nachbereiten", ownerId: manager.id, dueDate: "2026-03-27" },
      }),
    );
    if (!high.ok) throw new Error("expected ok");
    const task = await db.task.findUniqueOrThrow({
      where: { id: high.followUpTaskId! },
      select: { title: true, ownerId: true, phaseId: true, priority: true, description: true },
    });
    expect(task).toMatchObject({
      title: "Vorfall nachbereiten",
      ownerId: manager.id,
      phaseId: roadmap.phaseIds.pilot,
      priority: "high",
      description: "Schwerer Vorfall",
    });
    const events = await db.auditEvent.findMany({
      where: { orgId: org.id, entityId: { in: [high.id, high.followUpTaskId!] } },
      select: { entity: true, action: true, actorId: true },
    });
    expect(events).toEqual(
      expect.arrayContaining([
        { entity: "oversight_review", action: "create", actorId: member.id },
        { entity: "task", action: "create", actorId: member.id },
      ]),
    );
    const stored = await getReview({ orgId: org.id, useCaseId: useCase.id, reviewId: high.id });
    expect(stored).toMatchObject({
      hasIncident: true,
      incidentSeverity: "high",
      followUpTask: { id: high.followUpTaskId, title: "Vorfall nachbereiten" },
    });
  });

  it("refuses a reviewer or task owner from another organisation and writes nothing", async () => {
    const { org, member, useCase } = await oversightSetup();
    const stranger = await createUser();
    const result = await record(org, member.id, useCase, review(TODAY, stranger.id, 5, 1));
    expect(result).toEqual({ ok: false, reason: "invalid_reference", fields: ["reviewerId"] });
    expect(await db.oversightReview.count({ where: { orgId: org.id } })).toBe(0);
  });

  it("edits with a version check and an audit trail of before and after; deletes likewise", async () => {
    const { org, member, manager, useCase } = await oversightSetup();
    const created = await record(org, member.id, useCase, review("2026-03-23", member.id, 20, 4));
    if (!created.ok) throw new Error("expected ok");
    const actor = { orgId: org.id, actorId: manager.id, useCase, today: TODAY, description: "" };
    const edit = (version: number, corrected: number) =>
      updateReview({
        ...actor,
        reviewId: created.id,
        input: { ...review("2026-03-23", member.id, 20, corrected), version },
      });
    expect(await edit(1, 2)).toMatchObject({ ok: true });
    // A second save from the same (now stale) form is refused with the current values.
    const stale = await edit(1, 9);
    expect(stale).toMatchObject({ ok: false, reason: "stale", current: { correctedCount: 2 } });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { orgId: org.id, entityId: created.id, action: "update" },
      select: { before: true, after: true, actorId: true },
    });
    expect(audit).toMatchObject({
      actorId: manager.id,
      before: { correctedCount: 4, approvedCount: 16 },
      after: { correctedCount: 2, approvedCount: 18 },
    });

    const del = (version: number) =>
      deleteReview({
        orgId: org.id,
        actorId: manager.id,
        useCaseId: useCase.id,
        reviewId: created.id,
        version,
      });
    expect(await del(1)).toMatchObject({ ok: false, reason: "stale" });
    expect(await del(2)).toMatchObject({ ok: true });
    expect(await db.oversightReview.count({ where: { id: created.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: created.id, action: "delete" } })).toBe(
      1,
    );
  });

  it("filters the list by period, reviewer and incidents, with totals of all that match", async () => {
    const { org, member, manager, useCase } = await oversightSetup();
    await record(org, member.id, useCase, review("2026-03-03", member.id, 10, 5));
    await record(org, member.id, useCase, review("2026-03-10", manager.id, 20, 2, 2));
    await record(
      org,
      member.id,
      useCase,
      review("2026-03-17", member.id, 10, 1, 0, {
        incident: { severity: "low", description: "Falscher Ton" },
      }),
    );
    const list = (filter = {}) =>
      listReviews({ orgId: org.id, useCaseId: useCase.id, filter: { ...noFilter, ...filter } });
    const all = await list();
    expect(all.reviews.map((r) => r.date)).toEqual(["2026-03-17", "2026-03-10", "2026-03-03"]);
    expect(all.totals).toEqual({ sessions: 3, reviewed: 40, changed: 10, correctionRate: 25 });
    expect((await list({ reviewerId: manager.id })).reviews.map((r) => r.date)).toEqual([
      "2026-03-10",
    ]);
    expect((await list({ incidentsOnly: true })).totals.sessions).toBe(1);
    const period = await list({ from: "2026-03-05", to: "2026-03-12" });
    expect(period.totals).toMatchObject({ sessions: 1, correctionRate: 20 });
  });

  it("remembers the last reviewer and batch size of the person recording", async () => {
    const { org, member, manager, useCase } = await oversightSetup();
    const fresh = await getReviewFormOptions({
      orgId: org.id,
      useCaseId: useCase.id,
      userId: member.id,
    });
    expect(fresh.last).toEqual({ reviewerId: member.id, reviewedCount: null });
    await record(org, member.id, useCase, review("2026-03-23", manager.id, 35, 3));
    const later = await getReviewFormOptions({
      orgId: org.id,
      useCaseId: useCase.id,
      userId: member.id,
    });
    expect(later.last).toEqual({ reviewerId: manager.id, reviewedCount: 35 });
    expect(later.people.find((p) => p.id === member.id)?.canOwnTasks).toBe(true);
  });

  it("never shows, changes or counts a record of another organisation", async () => {
    const a = await oversightSetup("A GmbH");
    const b = await oversightSetup("B GmbH");
    const own = await record(a.org, a.member.id, a.useCase, review(TODAY, a.member.id, 10, 5));
    if (!own.ok) throw new Error("expected ok");
    // A forged row of B that names A's use case must not count for A.
    await db.oversightReview.create({
      data: {
        orgId: b.org.id,
        useCaseId: a.useCase.id,
        date: isoToUtcDate(TODAY),
        reviewedCount: 100,
        approvedCount: 0,
        correctedCount: 100,
        rejectedCount: 0,
        hasIncident: true,
        incidentSeverity: "high",
        incidentDescription: "B",
      },
    });

    expect(await getReview({ orgId: b.org.id, useCaseId: a.useCase.id, reviewId: own.id })).toBe(
      null,
    );
    const listed = await listReviews({
      orgId: a.org.id,
      useCaseId: a.useCase.id,
      filter: noFilter,
    });
    expect(listed.totals).toMatchObject({ sessions: 1, reviewed: 10 });
    expect(
      (await listReviews({ orgId: b.org.id, useCaseId: a.useCase.id, filter: noFilter })).reviews,
    ).toHaveLength(1); // only B's forged row, never A's
    const [summary] = await getOversightSummaries({
      orgId: a.org.id,
      useCaseIds: [a.useCase.id],
      today: TODAY,
    });
    expect(summary).toMatchObject({
      reviewsLast30Days: 1,
      correctionRateLast30Days: 50,
      lastIncident: null,
      openHighIncidents: 0,
    });
    // B cannot edit or delete A's review through its own organisation.
    const bActor = { orgId: b.org.id, actorId: b.manager.id };
    expect(
      await updateReview({
        ...bActor,
        reviewId: own.id,
        useCase: { ...a.useCase },
        today: TODAY,
        description: "",
        input: { ...review(TODAY, b.member.id, 1, 1), version: 1 },
      }),
    ).toMatchObject({ ok: false });
    expect(
      await deleteReview({ ...bActor, useCaseId: a.useCase.id, reviewId: own.id, version: 1 }),
    ).toEqual({ ok: false, reason: "not_found" });
    expect(await db.oversightReview.findUnique({ where: { id: own.id } })).not.toBeNull();
  });
});

describe("getOversightSummaries", () => {
  it("gives each use case its last 30 days, last incident and open high incidents", async () => {
    const { org, member, manager, useCase } = await oversightSetup();
    const idle = await db.useCase.create({
      data: { orgId: org.id, title: "Ohne Prüfungen" },
      select: { id: true },
    });
    // Outside the 30 days (2026-02-24 … 2026-03-25): counts for nothing but its incident.
    await db.oversightReview.create({
      data: {
        orgId: org.id,
        useCaseId: useCase.id,
        date: isoToUtcDate("2026-02-20"),
        reviewedCount: 50,
        approvedCount: 0,
        correctedCount: 50,
        rejectedCount: 0,
      },
    });
    await record(org, member.id, useCase, review("2026-03-02", member.id, 30, 6, 3));
    const high = await record(
      org,
      member.id,
      useCase,
      review("2026-03-20", member.id, 10, 1, 0, {
        incident: { severity: "high", description: "Falsche Adresse" },
        followUp: { title: "Nachbereiten", ownerId: manager.id, dueDate: "2026-03-27" },
      }),
    );
    if (!high.ok) throw new Error("expected ok");
    const summaries = () =>
      getOversightSummaries({ orgId: org.id, useCaseIds: [idle.id, useCase.id], today: TODAY });
    expect(await summaries()).toEqual([
      {
        useCaseId: idle.id,
        reviewsLast30Days: 0,
        outputsReviewedLast30Days: 0,
        correctionRateLast30Days: null,
        lastIncident: null,
        openHighIncidents: 0,
      },
      {
        useCaseId: useCase.id,
        reviewsLast30Days: 2,
        outputsReviewedLast30Days: 40,
        correctionRateLast30Days: 25,
        lastIncident: { date: "2026-03-20", severity: "high" },
        openHighIncidents: 1,
      },
    ]);
    // Open until its follow-up task is done …
    await db.task.update({ where: { id: high.followUpTaskId! }, data: { status: "done" } });
    expect((await summaries())[1]!.openHighIncidents).toBe(0);
    // … and open again when that task is deleted (nobody follows it up any more).
    await db.task.update({
      where: { id: high.followUpTaskId! },
      data: { status: "todo", deletedAt: new Date() },
    });
    expect((await summaries())[1]!.openHighIncidents).toBe(1);
    expect(await getOversightSummaries({ orgId: org.id, useCaseIds: [], today: TODAY })).toEqual(
      [],
    );
  });
});

describe("the pilot board's oversight entry", () => {
  it("lists the roadmap's selected and piloting use cases by title with the figures getOversightSummaries gives, in one statement", async () => {
    const { org, member, manager, roadmap, useCase } = await oversightSetup();
    const onRoadmap = (title: string, status: UseCaseStatus, extra: object = {}) =>
      db.useCase.create({
        data: { orgId: org.id, roadmapId: roadmap.id, title, status, ...extra },
        select: { id: true },
      });
    const chosen = await onRoadmap("Angebotstexte", "selected");
    await onRoadmap("Eingangsrechnungen", "candidate");
    await onRoadmap("Chatbot", "rejected");
    await onRoadmap("Alte Vorlagen", "piloting", { archivedAt: new Date() });
    await db.useCase.create({
      data: { orgId: org.id, title: "Ohne Fahrplan", status: "piloting" },
    });
    await record(org, member.id, useCase, review("2026-03-02", member.id, 30, 6, 3));
    await record(
      org,
      member.id,
      useCase,
      review("2026-03-20", member.id, 10, 1, 0, {
        incident: { severity: "high", description: "Falsche Adresse" },
        followUp: { title: "Nachbereiten", ownerId: manager.id, dueDate: "2026-03-27" },
      }),
    );
    // The same use case's review in another organisation's rows cannot exist; another
    // organisation's own pilot must not show.
    const other = await oversightSetup("Andere GmbH");
    await record(other.org, other.member.id, other.useCase, review(TODAY, other.member.id, 5, 5));

    let pilot: Awaited<ReturnType<typeof listPilotOversight>> | null = null;
    const statements = await captureStatements(async () => {
      pilot = await listPilotOversight({
        orgId: org.id,
        roadmapId: roadmap.id,
        today: TODAY,
        canRecord: true,
      });
    });
    expect(statements).toHaveLength(1);
    const expected = await getOversightSummaries({
      orgId: org.id,
      useCaseIds: [chosen.id, useCase.id],
      today: TODAY,
    });
    expect(pilot).toEqual({
      canRecord: true,
      useCases: [
        { id: chosen.id, title: "Angebotstexte", status: "selected", summary: expected[0] },
        { id: useCase.id, title: "Antwortentwürfe", status: "piloting", summary: expected[1] },
      ],
    });
    expect(expected[1]).toMatchObject({
      reviewsLast30Days: 2,
      correctionRateLast30Days: 25,
      openHighIncidents: 1,
    });
    expect(
      await listPilotOversight({
        orgId: other.org.id,
        roadmapId: roadmap.id,
        today: TODAY,
        canRecord: false,
      }),
    ).toEqual({ canRecord: false, useCases: [] });
  });
});

describe("the use case page's oversight section", () => {
  it("shows the 30-day figures and the five latest sessions, newest first, with reviewer and changed outputs, in the page's two statements", async () => {
    const { org, member, useCase } = await oversightSetup();
    for (const [i, day] of ["03-16", "03-17", "03-18", "03-19", "03-20", "03-23"].entries()) {
      await record(org, member.id, useCase, review(`2026-${day}`, member.id, 10 + i, 2, 1));
    }
    let page: Awaited<ReturnType<typeof getUseCasePage>> = null;
    const statements = await captureStatements(async () => {
      page = await getUseCasePage({ orgId: org.id, useCaseId: useCase.id, today: TODAY });
    });
    expect(statements).toHaveLength(2);
    const section = page!.oversight;
    const [summary] = await getOversightSummaries({
      orgId: org.id,
      useCaseIds: [useCase.id],
      today: TODAY,
    });
    expect(section.summary).toEqual(summary);
    expect(section.summary).toEqual({
      useCaseId: useCase.id,
      reviewsLast30Days: 6,
      outputsReviewedLast30Days: 75,
      correctionRateLast30Days: 24,
      lastIncident: null,
      openHighIncidents: 0,
    });
    expect(section.recent.map((r) => [r.date, r.reviewed, r.changed, r.reviewerName])).toEqual([
      ["2026-03-23", 15, 3, member.name],
      ["2026-03-20", 14, 3, member.name],
      ["2026-03-19", 13, 3, member.name],
      ["2026-03-18", 12, 3, member.name],
      ["2026-03-17", 11, 3, member.name],
    ]);
    expect(section.kpis).toEqual([]);
    // Another organisation gets nothing of it: the page is not found.
    const other = await oversightSetup("Andere GmbH");
    expect(
      await getUseCasePage({ orgId: other.org.id, useCaseId: useCase.id, today: TODAY }),
    ).toBeNull();
  });
});

describe("the oversight pages' reads", () => {
  /** A use case with sessions of every kind, derived and other KPIs, and members of every role. */
  async function busyLog() {
    const setup = await oversightSetup();
    const { org, member, manager, useCase } = setup;
    const viewer = await addMember(org.id, "viewer", "Zora Viewer");
    const colleague = await addMember(org.id, "member", "Anna Kollegin");
    await db.oversightReview.create({
      data: {
        orgId: org.id,
        useCaseId: useCase.id,
        date: isoToUtcDate("2026-02-10"), // before the 30 days
        reviewedCount: 50,
        approvedCount: 10,
        correctedCount: 40,
        rejectedCount: 0,
      },
    });
    await record(org, member.id, useCase, review("2026-03-16", member.id, 20, 4, 1));
    await record(org, member.id, useCase, review("2026-03-16", colleague.id, 8, 0));
    await record(
      org,
      member.id,
      useCase,
      review("2026-03-18", manager.id, 12, 2, 0, {
        incident: { severity: "low", description: "Falscher Ton" },
      }),
    );
    const high = await record(
      org,
      member.id,
      useCase,
      review("2026-03-20", member.id, 10, 1, 1, {
        incident: { severity: "high", description: "Fremde Daten" },
        followUp: { title: "Nachbereiten", ownerId: manager.id, dueDate: "2026-03-27" },
      }),
    );
    const deleted = await record(
      org,
      member.id,
      useCase,
      review("2026-03-23", member.id, 15, 3, 0, {
        incident: { severity: "high", description: "Falsche Adresse" },
        followUp: { title: "Adresse prüfen", ownerId: manager.id, dueDate: "2026-03-27" },
      }),
    );
    if (!high.ok || !deleted.ok) throw new Error("expected ok");
    await db.task.update({ where: { id: high.followUpTaskId! }, data: { status: "done" } });
    await db.task.update({
      where: { id: deleted.followUpTaskId! },
      data: { deletedAt: new Date() },
    });
    const kpi = (name: string, source: string, extra: object = {}) =>
      db.kpi.create({
        data: {
          orgId: org.id,
          useCaseId: useCase.id,
          name,
          category: "quality",
          direction: "lower_is_better",
          baseline: 30,
          target: 10,
          baselineDate: isoToUtcDate("2026-03-02"),
          targetDate: isoToUtcDate("2026-05-30"),
          source: source as "manual",
          ...extra,
        },
      });
    const correction = await kpi("Korrekturquote", "oversight_correction_rate");
    await kpi("Von Hand", "manual");
    await kpi("Alt", "oversight_correction_rate", { archivedAt: new Date() });
    const approval = await kpi("Freigabequote", "oversight_approval_rate");
    return { ...setup, viewer, colleague, high, deleted, kpis: { correction, approval } };
  }

  /** The ORM's reading of the log's sessions, as the list used to be read. */
  async function ormReviews(orgId: string, useCaseId: string, filter: ReviewFilter) {
    const rows = await db.oversightReview.findMany({
      where: {
        orgId,
        useCaseId,
        ...(filter.from || filter.to
          ? {
              date: {
                ...(filter.from ? { gte: isoToUtcDate(filter.from) } : {}),
                ...(filter.to ? { lte: isoToUtcDate(filter.to) } : {}),
              },
            }
          : {}),
        ...(filter.reviewerId ? { reviewerId: filter.reviewerId } : {}),
        ...(filter.incidentsOnly ? { hasIncident: true } : {}),
      },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        useCaseId: true,
        date: true,
        reviewerId: true,
        reviewedCount: true,
        approvedCount: true,
        correctedCount: true,
        rejectedCount: true,
        note: true,
        hasIncident: true,
        incidentSeverity: true,
        incidentDescription: true,
        followUpTaskId: true,
        version: true,
        reviewer: { select: { name: true } },
        followUpTask: { select: { id: true, status: true, roadmapId: true, deletedAt: true } },
      },
    });
    return rows.map(({ reviewer, followUpTask, date, ...r }) => ({
      ...r,
      date: utcDateToIso(date),
      reviewerName: reviewer?.name ?? null,
      followUpTask:
        followUpTask && followUpTask.deletedAt === null
          ? { id: followUpTask.id, status: followUpTask.status, roadmapId: followUpTask.roadmapId }
          : null,
    }));
  }

  it("the log page reads the use case, its log and the form's people in three statements (four with the session's), with the ORM's figures", async () => {
    const { org, member, manager, viewer, colleague, useCase, roadmap, high, kpis } =
      await busyLog();
    const before = getRoundTrips();
    const read = await getOversightUseCase({ orgId: org.id, useCaseId: useCase.id });
    const [log, options] = await Promise.all([
      getOversightLog({ orgId: org.id, useCaseId: useCase.id, filter: noFilter, today: TODAY }),
      getReviewFormOptions({ orgId: org.id, useCaseId: useCase.id, userId: manager.id }),
    ]);
    expect(getRoundTrips() - before).toBe(3);
    expect(read).toEqual(useCase);

    // The sessions, newest first, each with its reviewer and its follow-up task unless deleted.
    expect(log.list.reviews).toEqual(await ormReviews(org.id, useCase.id, noFilter));
    expect(log.list.reviews.map((r) => [r.date, r.reviewerName])).toEqual([
      ["2026-03-23", member.name],
      ["2026-03-20", member.name],
      ["2026-03-18", manager.name],
      ["2026-03-16", colleague.name],
      ["2026-03-16", member.name],
      ["2026-02-10", null],
    ]);
    expect(log.list.reviews[0]!.followUpTask).toBeNull();
    expect(log.list.reviews[1]!.followUpTask).toEqual({
      id: high.ok ? high.followUpTaskId : null,
      status: "done",
      roadmapId: roadmap.id,
    });
    expect(log.list.reviews[2]).toMatchObject({
      hasIncident: true,
      incidentSeverity: "low",
      incidentDescription: "Falscher Ton",
    });
    expect(log.list.isTruncated).toBe(false);
    expect(log.list.totals).toEqual({
      sessions: 6,
      reviewed: 115,
      changed: 52,
      correctionRate: 45.2,
    });

    // The 30-day figures are getOversightSummaries', the KPIs the use case page's.
    const [summary] = await getOversightSummaries({
      orgId: org.id,
      useCaseIds: [useCase.id],
      today: TODAY,
    });
    expect(log.overview.summary).toEqual(summary);
    expect(summary).toMatchObject({
      reviewsLast30Days: 5,
      outputsReviewedLast30Days: 65,
      correctionRateLast30Days: 18.5,
      lastIncident: { date: "2026-03-23", severity: "high" },
      openHighIncidents: 1,
    });
    const page = await getUseCasePage({ orgId: org.id, useCaseId: useCase.id, today: TODAY });
    expect(log.overview.kpis).toEqual(page!.oversight.kpis);
    expect(log.overview.kpis).toEqual([
      { id: kpis.correction.id, name: "Korrekturquote", source: "oversight_correction_rate" },
      { id: kpis.approval.id, name: "Freigabequote", source: "oversight_approval_rate" },
    ]);

    // Every member by name; viewers may not own a follow-up task.
    const names = [manager, member, viewer, colleague]
      .map((u) => u.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(options.people.map((p) => p.name)).toEqual(names);
    expect(options.people.find((p) => p.id === viewer.id)?.canOwnTasks).toBe(false);
    expect(options.people.find((p) => p.id === colleague.id)?.canOwnTasks).toBe(true);
  });

  it("filters the log like the ORM did, and shows at most OVERSIGHT_LIMITS.listRows sessions", async () => {
    const { org, member, useCase } = await busyLog();
    const filters: ReviewFilter[] = [
      { ...noFilter, reviewerId: member.id },
      { ...noFilter, incidentsOnly: true },
      { ...noFilter, from: "2026-03-16", to: "2026-03-18" },
      { from: "2026-03-17", to: null, reviewerId: member.id, incidentsOnly: true },
    ];
    for (const filter of filters) {
      const { list } = await getOversightLog({
        orgId: org.id,
        useCaseId: useCase.id,
        filter,
        today: TODAY,
      });
      const expected = await ormReviews(org.id, useCase.id, filter);
      expect(list.reviews).toEqual(expected);
      const reviewed = expected.reduce((sum, r) => sum + r.reviewedCount, 0);
      const changed = expected.reduce((sum, r) => sum + r.correctedCount + r.rejectedCount, 0);
      expect(list.totals).toMatchObject({ sessions: expected.length, reviewed, changed });
    }
    expect(
      (
        await getOversightLog({
          orgId: org.id,
          useCaseId: useCase.id,
          filter: { ...noFilter, from: "2026-03-17", to: "2026-03-19" },
          today: TODAY,
        })
      ).list.totals,
    ).toEqual({ sessions: 1, reviewed: 12, changed: 2, correctionRate: 16.7 });

    const rows = OVERSIGHT_LIMITS.listRows + 1;
    await db.oversightReview.createMany({
      data: Array.from({ length: rows }, (_, i) => ({
        orgId: org.id,
        useCaseId: useCase.id,
        date: isoToUtcDate(i % 2 === 0 ? "2026-01-05" : "2026-01-06"),
        reviewedCount: 2,
        approvedCount: 1,
        correctedCount: 1,
        rejectedCount: 0,
      })),
    });
    const { list } = await getOversightLog({
      orgId: org.id,
      useCaseId: useCase.id,
      filter: { ...noFilter, to: "2026-01-31" },
      today: TODAY,
    });
    expect(list.reviews).toHaveLength(OVERSIGHT_LIMITS.listRows);
    expect(list.isTruncated).toBe(true);
    expect(list.totals).toMatchObject({ sessions: rows, reviewed: 2 * rows, changed: rows });
    expect(list.reviews[0]!.date).toBe("2026-01-06");
  });

  it("reads nothing of another organisation's use case, log, KPIs or people", async () => {
    const a = await busyLog();
    const b = await oversightSetup("B GmbH");
    expect(await getOversightUseCase({ orgId: b.org.id, useCaseId: a.useCase.id })).toBeNull();
    const foreign = await getOversightLog({
      orgId: b.org.id,
      useCaseId: a.useCase.id,
      filter: noFilter,
      today: TODAY,
    });
    expect(foreign).toEqual({
      list: {
        reviews: [],
        isTruncated: false,
        totals: { sessions: 0, reviewed: 0, changed: 0, correctionRate: null },
      },
      overview: {
        summary: {
          useCaseId: a.useCase.id,
          reviewsLast30Days: 0,
          outputsReviewedLast30Days: 0,
          correctionRateLast30Days: null,
          lastIncident: null,
          openHighIncidents: 0,
        },
        kpis: [],
      },
    });
    const options = await getReviewFormOptions({
      orgId: b.org.id,
      useCaseId: a.useCase.id,
      userId: a.member.id,
    });
    expect(options.people.map((p) => p.id).sort()).toEqual([b.manager.id, b.member.id].sort());
    // A's sessions recorded by A's member are not B's "last values".
    expect(options.last).toEqual({ reviewerId: a.member.id, reviewedCount: null });
    // A use case pointing at another organisation's roadmap shows no roadmap.
    const stray = await db.useCase.create({
      data: { orgId: b.org.id, roadmapId: a.roadmap.id, title: "Fremder Fahrplan" },
      select: { id: true },
    });
    expect(await getOversightUseCase({ orgId: b.org.id, useCaseId: stray.id })).toMatchObject({
      id: stray.id,
      status: "candidate",
      isArchived: false,
      ownerId: null,
      roadmap: null,
    });
  });

  it("the new-review page reads in two statements (three with the session's); the edit page in three", async () => {
    const { org, member, manager, useCase, roadmap, deleted, high } = await busyLog();
    await db.useCase.update({ where: { id: useCase.id }, data: { archivedAt: new Date() } });
    let before = getRoundTrips();
    const read = await getOversightUseCase({ orgId: org.id, useCaseId: useCase.id });
    const options = await getReviewFormOptions({
      orgId: org.id,
      useCaseId: useCase.id,
      userId: member.id,
    });
    expect(getRoundTrips() - before).toBe(2);
    expect(read).toEqual({
      id: useCase.id,
      title: "Antwortentwürfe",
      status: "piloting",
      isArchived: true,
      ownerId: member.id,
      roadmap: {
        id: roadmap.id,
        title: "Pilot Kundenservice",
        startDate: "2026-03-02",
        lengthDays: 90,
        endDate: roadmapEndDate({ startDate: "2026-03-02", lengthDays: 90 }),
      },
    });
    // The member's newest session here: reviewer and batch size.
    expect(options.last).toEqual({ reviewerId: member.id, reviewedCount: 15 });

    if (!deleted.ok || !high.ok) throw new Error("expected ok");
    before = getRoundTrips();
    await getOversightUseCase({ orgId: org.id, useCaseId: useCase.id });
    const [edited] = await Promise.all([
      getReview({ orgId: org.id, useCaseId: useCase.id, reviewId: high.id }),
      getReviewFormOptions({ orgId: org.id, useCaseId: useCase.id, userId: manager.id }),
    ]);
    expect(getRoundTrips() - before).toBe(3);
    const gone = await getReview({ orgId: org.id, useCaseId: useCase.id, reviewId: deleted.id });
    expect(edited).toMatchObject({
      id: high.id,
      useCaseId: useCase.id,
      date: "2026-03-20",
      reviewerId: member.id,
      reviewedCount: 10,
      approvedCount: 8,
      correctedCount: 1,
      rejectedCount: 1,
      hasIncident: true,
      incidentSeverity: "high",
      incidentDescription: "Fremde Daten",
      followUpTaskId: high.followUpTaskId,
      version: 1,
      reviewerName: member.name,
      recordedByName: member.name,
      followUpTask: {
        id: high.followUpTaskId,
        title: "Nachbereiten",
        status: "done",
        roadmapId: roadmap.id,
      },
    });
    expect(gone).toMatchObject({ followUpTaskId: deleted.followUpTaskId, followUpTask: null });
    const other = await oversightSetup("Andere GmbH");
    expect(
      await getReview({ orgId: other.org.id, useCaseId: useCase.id, reviewId: high.id }),
    ).toBeNull();
  });
});
