import { describe, expect, it } from "vitest";
import { captureStatements, db } from "~/lib/db.server";
import {
  addMember,
  createOrgWithMember,
  createTemplateRoadmap,
  createUser,
} from "~/test/factories";
import type { UseCaseFormInput } from "./schema";
import {
  getUseCase,
  getUseCaseFormOptions,
  listMatrixUseCases,
  listUseCases,
} from "./use-cases.server";
import {
  changeUseCaseStatus,
  createUseCase,
  setUseCaseArchived,
  updateUseCase,
} from "./edit.server";

function input(overrides: Partial<UseCaseFormInput> = {}): UseCaseFormInput {
  return {
    title: "Antwortentwürfe",
    area: "customer_service",
    description: "",
    hoursSavedPerWeek: 5,
    hourlyCostCents: 4500,
    extraRevenueCents: 0,
    errorReductionPct: 10,
    ratingValue: 4,
    ratingDataQuality: 3,
    ratingDataProtection: 2,
    ratingTeamReadiness: 4,
    ratingEffort: 3,
    roadmapId: null,
    ownerId: null,
    ...overrides,
  };
}

async function created(actor: { orgId: string; actorId: string }, overrides = {}) {
  const result = await createUseCase({ ...actor, input: input(overrides) });
  if (!result.ok) throw new Error("create failed");
  return result.id;
}

describe("use cases", () => {
  it("creates a candidate with its benefit and score, and records the audit event", async () => {
    const { org, actor } = await createOrgWithMember("manager");
    const id = await created(actor);
    const useCase = await getUseCase({ orgId: org.id, useCaseId: id });
    expect(useCase).toMatchObject({
      status: "candidate",
      score: 56,
      feasibility: 3.5,
      quadrant: "quick_win",
      // 5 h × €45 × 46 weeks
      annualHoursValueCents: 1_035_000,
      version: 1,
    });
    const audit = await db.auditEvent.findFirst({
      where: { orgId: org.id, entity: "use_case", entityId: id, action: "create" },
    });
    expect(audit?.actorId).toBe(actor.actorId);
  });

  it("lists the best priority first and leaves archived ones out", async () => {
    const { org, actor } = await createOrgWithMember("manager");
    const low = await created(actor, { title: "Low", ratingValue: 1 });
    const high = await created(actor, { title: "High", ratingValue: 5 });
    const archived = await created(actor, { title: "Archived", ratingValue: 5 });
    await setUseCaseArchived({ ...actor, useCaseId: archived, version: 1, archived: true });
    const list = await listUseCases({ orgId: org.id });
    expect(list.map((u) => u.id)).toEqual([high, low]);
    const archivedList = await listUseCases({ orgId: org.id, archived: true });
    expect(archivedList.map((u) => u.id)).toEqual([archived]);
    expect((await listMatrixUseCases({ orgId: org.id })).map((u) => u.id)).not.toContain(archived);
  });

  it("lists each use case as its page shows it (owner, roadmap, newest completed tier), filtered by status, in one statement", async () => {
    const { org, user, actor } = await createOrgWithMember("manager");
    const roadmap = await createTemplateRoadmap(actor, { title: "Eigen" });
    const id = await created(actor, { roadmapId: roadmap.id, ownerId: user.id });
    const plain = await created(actor, { title: "Ohne alles", ratingValue: 1 });
    const assessment = (tier: string | null, status: "draft" | "completed", day: string) =>
      db.assessment.create({
        data: {
          orgId: org.id,
          useCaseId: id,
          status,
          tier,
          answers: {},
          rulesetVersion: "test",
          completedAt: status === "completed" ? new Date(`${day}T10:00:00Z`) : null,
        },
      });
    await assessment("minimal", "completed", "2026-03-01");
    await assessment("limited", "completed", "2026-03-05");
    await assessment("high_risk", "draft", "2026-03-09");

    let list: Awaited<ReturnType<typeof listUseCases>> = [];
    const statements = await captureStatements(async () => {
      list = await listUseCases({ orgId: org.id });
    });
    expect(statements).toHaveLength(1);
    let page: Awaited<ReturnType<typeof getUseCase>> = null;
    expect(
      await captureStatements(async () => {
        page = await getUseCase({ orgId: org.id, useCaseId: id });
      }),
    ).toHaveLength(2);
    expect(page!.latestAssessment).toMatchObject({ tier: "limited", authorName: null });
    const {
      createdAt: _c,
      updatedAt: _u,
      latestAssessment: _l,
      hasDraft,
      assessmentCount,
      ...shown
    } = page!;
    expect({ hasDraft, assessmentCount }).toEqual({ hasDraft: true, assessmentCount: 2 });
    expect(list).toEqual([
      { ...shown, tier: "limited" },
      expect.objectContaining({ id: plain, ownerName: null, roadmapTitle: null, tier: null }),
    ]);
    expect(list[0]).toMatchObject({ ownerName: user.name, roadmapTitle: "Eigen" });
    expect(
      (await listUseCases({ orgId: org.id, status: "candidate" })).map((u) => u.id).sort(),
    ).toEqual([id, plain].sort());
    expect(await listUseCases({ orgId: org.id, status: "selected" })).toEqual([]);
  });

  it("keeps rejected use cases off the matrix", async () => {
    const { org, actor } = await createOrgWithMember("manager");
    const id = await created(actor);
    expect(
      await changeUseCaseStatus({ ...actor, useCaseId: id, version: 1, status: "rejected" }),
    ).toEqual({ ok: true });
    expect(await listMatrixUseCases({ orgId: org.id })).toEqual([]);
  });

  it("refuses a stale edit with the current values and applies a fresh one", async () => {
    const { org, actor } = await createOrgWithMember("manager");
    const id = await created(actor);
    const first = await updateUseCase({
      ...actor,
      useCaseId: id,
      version: 1,
      input: input({ title: "Erste Änderung" }),
    });
    expect(first).toEqual({ ok: true });
    const stale = await updateUseCase({
      ...actor,
      useCaseId: id,
      version: 1,
      input: input({ title: "Veraltete Änderung" }),
    });
    expect(stale.ok).toBe(false);
    if (stale.ok || stale.reason !== "conflict") throw new Error("expected a conflict");
    expect(stale.current).toMatchObject({ title: "Erste Änderung", version: 2 });
    const after = await getUseCase({ orgId: org.id, useCaseId: id });
    expect(after?.title).toBe("Erste Änderung");
    const audits = await db.auditEvent.count({
      where: { orgId: org.id, entityId: id, action: "update" },
    });
    expect(audits).toBe(1);
  });

  it("links only roadmaps and owners of the same organisation", async () => {
    const { org, user, actor } = await createOrgWithMember("manager");
    const other = await createOrgWithMember("owner");
    const foreignRoadmap = await createTemplateRoadmap(other.actor, { title: "Fremd" });
    const outsider = await createUser();
    const result = await createUseCase({
      ...actor,
      input: input({ roadmapId: foreignRoadmap.id, ownerId: outsider.id }),
    });
    expect(result).toEqual({ ok: false, invalid: ["roadmapId", "ownerId"] });
    const own = await createTemplateRoadmap(actor, { title: "Eigen" });
    const ok = await createUseCase({
      ...actor,
      input: input({ roadmapId: own.id, ownerId: user.id }),
    });
    expect(ok.ok).toBe(true);
    const options = await getUseCaseFormOptions({ orgId: org.id });
    expect(options.roadmaps.map((r) => r.id)).toEqual([own.id]);
    expect(options.members.map((m) => m.id)).toEqual([user.id]);
  });

  it("offers roadmaps newest first without the archived and members by name, in one statement", async () => {
    const { org, user, actor } = await createOrgWithMember("manager");
    await db.user.update({ where: { id: user.id }, data: { name: "Mia Manager" } });
    const zoe = await addMember(org.id, "member", "Zoe Zimmer");
    const anna = await addMember(org.id, "viewer", "Anna Alt");
    const older = await createTemplateRoadmap(actor, { title: "Alt", startDate: "2026-01-05" });
    const newer = await createTemplateRoadmap(actor, { title: "Neu", startDate: "2026-04-06" });
    const archived = await createTemplateRoadmap(actor, {
      title: "Archiviert",
      startDate: "2026-06-01",
    });
    await db.roadmap.update({ where: { id: archived.id }, data: { status: "archived" } });

    const statements = await captureStatements(async () => {
      const options = await getUseCaseFormOptions({ orgId: org.id });
      expect(options.roadmaps).toEqual([
        { id: newer.id, title: "Neu" },
        { id: older.id, title: "Alt" },
      ]);
      expect(options.members).toEqual([
        { id: anna.id, name: "Anna Alt" },
        { id: user.id, name: "Mia Manager" },
        { id: zoe.id, name: "Zoe Zimmer" },
      ]);
    });
    expect(statements).toHaveLength(1);
  });

  it("moves along the status path and refuses jumps", async () => {
    const { actor } = await createOrgWithMember("manager");
    const id = await created(actor);
    expect(
      await changeUseCaseStatus({ ...actor, useCaseId: id, version: 1, status: "scaled" }),
    ).toEqual({ ok: false, reason: "invalid_transition" });
    expect(
      await changeUseCaseStatus({ ...actor, useCaseId: id, version: 1, status: "selected" }),
    ).toEqual({ ok: true });
    // The version moved on: a second click from the old page is a conflict, not a double move.
    expect(
      await changeUseCaseStatus({ ...actor, useCaseId: id, version: 1, status: "piloting" }),
    ).toEqual({ ok: false, reason: "conflict" });
  });

  it("another organisation can neither read nor change a use case", async () => {
    const { actor } = await createOrgWithMember("manager");
    const id = await created(actor);
    const other = await createOrgWithMember("owner");
    const intruder = { orgId: other.org.id, actorId: other.user.id };
    expect(await getUseCase({ orgId: other.org.id, useCaseId: id })).toBeNull();
    expect(await listUseCases({ orgId: other.org.id })).toEqual([]);
    expect(
      await updateUseCase({ ...intruder, useCaseId: id, version: 1, input: input({ title: "X" }) }),
    ).toEqual({ ok: false, reason: "not_found" });
    expect(
      await changeUseCaseStatus({ ...intruder, useCaseId: id, version: 1, status: "selected" }),
    ).toEqual({ ok: false, reason: "not_found" });
    expect(
      await setUseCaseArchived({ ...intruder, useCaseId: id, version: 1, archived: true }),
    ).toEqual({ ok: false, reason: "not_found" });
    const untouched = await getUseCase({ orgId: actor.orgId, useCaseId: id });
    expect(untouched).toMatchObject({ title: "Antwortentwürfe", status: "candidate", version: 1 });
    expect(untouched?.isArchived).toBe(false);
  });
});
