import { describe, expect, it } from "vitest";
import { templateSpan } from "../calendar/phase-dates";
import { db } from "~/lib/db.server";
import { createOrgWithMember } from "~/test/factories";
import { addBudgetLine, removeBudgetLine, updateBudgetLine } from "../budget/budget.server";
import { utcDateToIso } from "../calendar/dates";
import {
  addCriterion,
  decideGate,
  removeCriterion,
  requestGateApproval,
  setCriterionMet,
} from "./gates.server";
import { addLearning, getRoadmapLedger } from "./learnings.server";
import {
  createRoadmap,
  getRoadmapForEdit,
  listRoadmaps,
  previewStartDateChange,
  updateRoadmap,
} from "./roadmaps.server";

async function setup(mode: "template" | "blank" = "template") {
  const { org, user, actor } = await createOrgWithMember("manager");
  const created = await createRoadmap({
    ...actor,
    data: {
      mode,
      title: "KI-Fahrplan",
      ambition: "",
      focusArea: "Kundenservice",
      startDate: "2026-03-02",
      locale: "de",
      ownerId: user.id,
    },
  });
  if (created.status !== "ok") throw new Error("not created");
  return { org, user, actor, roadmapId: created.id };
}

async function dueDates(roadmapId: string) {
  const tasks = await db.task.findMany({
    where: { roadmapId },
    orderBy: { id: "asc" },
    select: { dueDate: true },
  });
  return tasks.map((t) => utcDateToIso(t.dueDate));
}

describe("creating roadmaps", () => {
  it("from the template: three dated phases, exit criteria and at least 20 owned tasks", async () => {
    const { org, user, roadmapId } = await setup();
    const tasks = await db.task.findMany({
      where: { orgId: org.id, roadmapId },
      select: { ownerId: true },
    });
    expect(tasks.length).toBeGreaterThanOrEqual(20);
    expect(tasks.every((t) => t.ownerId === user.id)).toBe(true);
    expect(await db.phase.count({ where: { roadmapId } })).toBe(3);
    expect(await db.exitCriterion.count({ where: { orgId: org.id } })).toBeGreaterThan(0);
  });

  it("blank: the three phases and nothing else; several roadmaps per organisation", async () => {
    const { org, actor } = await setup("blank");
    const list1 = await listRoadmaps({ orgId: org.id });
    expect(list1).toHaveLength(1);
    expect(list1[0]).toMatchObject({ total: 0, status: "draft", endDate: "2026-05-30" });
    await createRoadmap({
      ...actor,
      data: {
        mode: "template",
        title: "Zweiter",
        ambition: "",
        focusArea: "Angebote",
        startDate: "2026-06-01",
        locale: "en",
        ownerId: "",
      },
    });
    const list2 = await listRoadmaps({ orgId: org.id });
    expect(list2.map((r) => r.title)).toEqual(["Zweiter", "KI-Fahrplan"]);
    expect(list2[0]!.total).toBeGreaterThanOrEqual(20);
  });

  it("refuses a task owner from outside the organisation", async () => {
    const { actor } = await setup("blank");
    const { user: stranger } = await createOrgWithMember("owner");
    const result = await createRoadmap({
      ...actor,
      data: {
        mode: "template",
        title: "X",
        ambition: "",
        focusArea: "Y",
        startDate: "2026-03-02",
        locale: "de",
        ownerId: stranger.id,
      },
    });
    expect(result).toEqual({ status: "invalid_owner" });
  });
});

describe("moving the start date", () => {
  it("previews, then moves every task by the same number of days, each with an audit event", async () => {
    const { org, actor, roadmapId } = await setup();
    const before = await dueDates(roadmapId);
    const preview = await previewStartDateChange({
      orgId: org.id,
      roadmapId,
      old: templateSpan("2026-03-02"),
      newStart: "2026-03-16",
    });
    expect(preview.shiftDays).toBe(14);
    expect(preview.tasks).toHaveLength(before.length);

    const edit = (await getRoadmapForEdit({ orgId: org.id, roadmapId }))!;
    const result = await updateRoadmap({
      ...actor,
      roadmapId,
      data: {
        title: "Neu",
        ambition: "",
        focusArea: "",
        startDate: "2026-03-16",
        plannedBudget: 500_000,
        version: edit.version,
      },
    });
    expect(result).toEqual({ status: "ok", movedTasks: before.length });
    const after = await dueDates(roadmapId);
    expect(after).toEqual(
      preview.tasks.length ? before.map((d) => preview.tasks.find((t) => t.from === d)!.to) : [],
    );
    expect(
      await db.auditEvent.count({ where: { orgId: org.id, action: "reschedule", entity: "task" } }),
    ).toBe(before.length);
    expect(await getRoadmapForEdit({ orgId: org.id, roadmapId })).toMatchObject({
      title: "Neu",
      startDate: "2026-03-16",
      plannedBudgetCents: 500_000,
      version: edit.version + 1,
    });
  });

  it("moves the KPI dates tied to the plan with it, and leaves other KPI dates alone", async () => {
    const { org, actor, roadmapId } = await setup();
    const kpi = (name: string, baselineDate: string, targetDate: string) =>
      db.kpi.create({
        data: {
          orgId: org.id,
          roadmapId,
          name,
          category: "efficiency",
          direction: "lower_is_better",
          baseline: 20,
          target: 10,
          baselineDate: new Date(`${baselineDate}T00:00:00Z`),
          targetDate: new Date(`${targetDate}T00:00:00Z`),
        },
        select: { id: true },
      });
    // On the start and the last day (2026-05-30); on nothing of the plan.
    const tied = await kpi("Bearbeitungszeit", "2026-03-02", "2026-05-30");
    const free = await kpi("Umsatz", "2026-01-15", "2026-12-31");
    const preview = await previewStartDateChange({
      orgId: org.id,
      roadmapId,
      old: templateSpan("2026-03-02"),
      newStart: "2026-03-09",
    });
    expect(preview.kpis.map((k) => k.name)).toEqual(["Bearbeitungszeit"]);

    const edit = (await getRoadmapForEdit({ orgId: org.id, roadmapId }))!;
    const base = { title: "X", ambition: "", focusArea: "", plannedBudget: 0 };
    await updateRoadmap({
      ...actor,
      roadmapId,
      data: { ...base, startDate: "2026-03-09", version: edit.version },
    });
    const dates = async (id: string) => {
      const k = await db.kpi.findUniqueOrThrow({ where: { id } });
      return [utcDateToIso(k.baselineDate), utcDateToIso(k.targetDate), k.version];
    };
    expect(await dates(tied.id)).toEqual(["2026-03-09", "2026-06-06", 2]);
    expect(await dates(free.id)).toEqual(["2026-01-15", "2026-12-31", 1]);
    const audit = await db.auditEvent.findMany({
      where: { orgId: org.id, entity: "kpi", action: "reschedule" },
      select: { entityId: true, before: true, after: true },
    });
    expect(audit).toEqual([
      {
        entityId: tied.id,
        before: { baselineDate: "2026-03-02", targetDate: "2026-05-30" },
        after: { baselineDate: "2026-03-09", targetDate: "2026-06-06" },
      },
    ]);
  });

  it("moves back earlier just as exactly", async () => {
    const { org, actor, roadmapId } = await setup();
    const before = await dueDates(roadmapId);
    const edit = (await getRoadmapForEdit({ orgId: org.id, roadmapId }))!;
    const base = { title: "X", ambition: "", focusArea: "", plannedBudget: 0 };
    await updateRoadmap({
      ...actor,
      roadmapId,
      data: { ...base, startDate: "2026-02-23", version: edit.version },
    });
    await updateRoadmap({
      ...actor,
      roadmapId,
      data: { ...base, startDate: "2026-03-02", version: edit.version + 1 },
    });
    expect(await dueDates(roadmapId)).toEqual(before);
  });

  it("refuses a stale save and changes nothing", async () => {
    const { org, actor, roadmapId } = await setup();
    const edit = (await getRoadmapForEdit({ orgId: org.id, roadmapId }))!;
    const data = {
      title: "A",
      ambition: "",
      focusArea: "",
      startDate: "2026-03-09",
      plannedBudget: 0,
      version: edit.version,
    };
    expect((await updateRoadmap({ ...actor, roadmapId, data })).status).toBe("ok");
    const before = await dueDates(roadmapId);
    const second = await updateRoadmap({
      ...actor,
      roadmapId,
      data: { ...data, title: "B", startDate: "2026-04-06" },
    });
    expect(second).toMatchObject({
      status: "conflict",
      current: { title: "A", startDate: "2026-03-09" },
    });
    expect(await dueDates(roadmapId)).toEqual(before);
  });
});

describe("gates", () => {
  it("request → approve, decided once, with who, when and the comment", async () => {
    const { org, user, actor, roadmapId } = await setup();
    const ref = { ...actor, roadmapId, phase: "analysis" as const };
    expect(await decideGate({ ...ref, decision: "approve", comment: "" })).toEqual({
      status: "not_allowed",
    });
    expect(await requestGateApproval(ref)).toEqual({ status: "ok" });
    expect(await requestGateApproval(ref)).toEqual({ status: "not_allowed" });
    expect(await decideGate({ ...ref, decision: "approve", comment: "Passt." })).toEqual({
      status: "ok",
    });
    expect(await decideGate({ ...ref, decision: "reject", comment: "Doch nicht" })).toEqual({
      status: "not_allowed",
    });
    const phase = await db.phase.findFirstOrThrow({ where: { roadmapId, kind: "analysis" } });
    expect(phase).toMatchObject({
      gateStatus: "approved",
      gateDecidedById: user.id,
      gateComment: "Passt.",
      gateRequestedById: user.id,
    });
    expect(
      (
        await db.auditEvent.findMany({
          where: { orgId: org.id, entity: "gate" },
          orderBy: { createdAt: "asc" },
        })
      ).map((e) => e.action),
    ).toEqual(["request", "approve"]);
  });

  it("a rejected gate can be requested again; criteria lock once approved", async () => {
    const { actor, roadmapId } = await setup();
    const ref = { ...actor, roadmapId, phase: "pilot" as const };
    await requestGateApproval(ref);
    await decideGate({ ...ref, decision: "reject", comment: "Monitoring fehlt" });
    expect(await requestGateApproval(ref)).toEqual({ status: "ok" });
    const criterion = await db.exitCriterion.findFirstOrThrow({
      where: { phase: { roadmapId, kind: "pilot" } },
    });
    expect(
      await setCriterionMet({ ...ref, criterionId: criterion.id, isMet: true, version: 1 }),
    ).toEqual({ status: "ok" });
    expect(await addCriterion({ ...ref, text: "Extra" })).toEqual({ status: "ok" });
    await decideGate({ ...ref, decision: "approve", comment: "" });
    expect(
      await setCriterionMet({ ...ref, criterionId: criterion.id, isMet: false, version: 2 }),
    ).toEqual({ status: "not_allowed" });
    expect(await removeCriterion({ ...ref, criterionId: criterion.id, version: 2 })).toEqual({
      status: "not_allowed",
    });
    // The criterion belongs to the pilot phase: named with another phase it is not found.
    expect(
      await setCriterionMet({
        ...ref,
        phase: "scale",
        criterionId: criterion.id,
        isMet: false,
        version: 2,
      }),
    ).toEqual({ status: "not_found" });
  });
});

describe("learnings and budget", () => {
  it("adds learnings and budget lines per phase, in cents, all scoped", async () => {
    const { org, actor, roadmapId } = await setup();
    await addLearning({
      ...actor,
      roadmapId,
      phase: "pilot",
      kind: "risk",
      text: "Daten uneinheitlich",
    });
    await addBudgetLine({
      ...actor,
      roadmapId,
      phase: "pilot",
      label: "Lizenzen",
      plannedCents: 180_000,
      actualCents: 60_000,
    });
    const ledger = (await getRoadmapLedger({ orgId: org.id, roadmapId }))!;
    expect(ledger.learnings).toMatchObject([
      { phase: "pilot", kind: "risk", text: "Daten uneinheitlich" },
    ]);
    expect(ledger.budgetLines).toMatchObject([
      { phase: "pilot", label: "Lizenzen", plannedCents: 180_000, actualCents: 60_000 },
    ]);
    const lineId = ledger.budgetLines[0]!.id;
    await updateBudgetLine({
      ...actor,
      roadmapId,
      lineId,
      version: 1,
      label: "Lizenzen",
      plannedCents: 180_000,
      actualCents: 90_000,
    });

    const { org: other, user } = await createOrgWithMember();
    const foreign = { orgId: other.id, actorId: user.id, roadmapId };
    expect(await getRoadmapLedger({ orgId: other.id, roadmapId })).toBeNull();
    expect(await addLearning({ ...foreign, phase: "pilot", kind: "risk", text: "x" })).toEqual({
      status: "not_found",
    });
    expect(
      await updateBudgetLine({
        ...foreign,
        lineId,
        version: 2,
        label: "x",
        plannedCents: 0,
        actualCents: 0,
      }),
    ).toEqual({ status: "not_found" });
    expect(await removeBudgetLine({ ...foreign, lineId, version: 2 })).toEqual({
      status: "not_found",
    });

    expect(
      (await getRoadmapLedger({ orgId: org.id, roadmapId }))!.budgetLines[0]!.actualCents,
    ).toBe(90_000);
    // A page still showing the line before its change may not remove it unseen.
    expect(await removeBudgetLine({ ...actor, roadmapId, lineId, version: 1 })).toMatchObject({
      status: "conflict",
      current: { actualCents: 90_000, version: 2 },
    });
    await removeBudgetLine({ ...actor, roadmapId, lineId, version: 2 });
    expect((await getRoadmapLedger({ orgId: org.id, roadmapId }))!.budgetLines).toEqual([]);
    expect(
      await db.auditEvent.count({
        where: { orgId: org.id, entity: { in: ["learning", "budget_line"] } },
      }),
    ).toBe(4);
  });
});
