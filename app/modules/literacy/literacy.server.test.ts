import { describe, expect, it } from "vitest";
import { captureStatements, db, getRoundTrips } from "~/lib/db.server";
import { createOrgWithMember, createUser } from "~/test/factories";
import { createOrganisation } from "../orgs/orgs.server";
import { addDaysIso, isoToUtcDate, todayIso } from "../calendar/dates";
import { listMembersByName } from "../members/queries.server";
import { getUseCasePage } from "../use-cases/page.server";
import { deleteCompletion, getRecordPage, recordCompletions } from "./completions.server";
import { getLiteracyCoverage, getLiteracyOverview } from "./coverage.server";
import type { LiteracyOverview } from "./coverage.server";
import { addMember } from "~/test/factories";
import {
  createUseCase,
  literacyOrg,
  ormLiteracyOverview,
  ormRecentCompletions,
  ormTrainingChoices,
  richLiteracyOrg,
} from "./literacy.test-helpers";
import { addTeamMember, removeTeamMember } from "./team.server";
import {
  createTraining,
  ensureTrainingCatalogue,
  listTrainings,
  setTrainingArchived,
  updateTraining,
} from "./trainings.server";

const TODAY = todayIso();

function completion(
  actor: { orgId: string; actorId: string },
  trainingId: string,
  userIds: string[],
  completedOn = addDaysIso(TODAY, -10),
) {
  return recordCompletions({
    ...actor,
    today: TODAY,
    input: { trainingId, userIds, completedOn, note: "" },
  });
}

describe("training catalogue", () => {
  it("a new organisation starts with five trainings in its language, one per topic", async () => {
    const user = await createUser();
    const org = await createOrganisation({
      name: "Catalogue GmbH",
      industry: "",
      employeeBand: "E10_49",
      locale: "en",
      userId: user.id,
    });
    const trainings = await listTrainings({ orgId: org.id });
    expect(trainings).toHaveLength(5);
    expect(new Set(trainings.map((t) => t.topic)).size).toBe(5);
    expect(trainings.map((t) => t.title)).toContain("AI basics: what AI can and cannot do");
    const seedEvents = await db.auditEvent.count({
      where: { orgId: org.id, entity: "training", action: "seed" },
    });
    expect(seedEvents).toBe(1);
  });

  it("an existing organisation gets the defaults once, however often it is ensured", async () => {
    const { org } = await createOrgWithMember("owner");
    await ensureTrainingCatalogue({ orgId: org.id, locale: "de" });
    await ensureTrainingCatalogue({ orgId: org.id, locale: "de" });
    await Promise.all([
      ensureTrainingCatalogue({ orgId: org.id, locale: "de" }),
      ensureTrainingCatalogue({ orgId: org.id, locale: "de" }),
    ]);
    const trainings = await listTrainings({ orgId: org.id });
    expect(trainings).toHaveLength(5);
    expect(trainings.map((t) => t.title)).toContain("KI-Grundlagen: Was KI kann und was nicht");
  });

  it("an archived default is not seeded again", async () => {
    const { actor, basics, org } = await literacyOrg({ roadmapStart: null });
    await setTrainingArchived({ ...actor, trainingId: basics.id, version: 1, archived: true });
    await ensureTrainingCatalogue({ orgId: org.id, locale: "de" });
    expect(await db.training.count({ where: { orgId: org.id } })).toBe(5);
  });

  it("a stale edit is refused with the current values; nothing is overwritten", async () => {
    const { actor } = await literacyOrg({ roadmapStart: null });
    const input = {
      title: "Prompting für den Kundenservice",
      topic: "tool_use" as const,
      format: "workshop" as const,
      durationMinutes: 120,
      provider: "Intern",
      validityMonths: 12,
      link: "",
    };
    const { id } = await createTraining({ ...actor, input });
    const first = await updateTraining({
      ...actor,
      trainingId: id,
      input: { ...input, title: "Prompting I", version: 1 },
    });
    expect(first).toEqual({ ok: true });
    const stale = await updateTraining({
      ...actor,
      trainingId: id,
      input: { ...input, title: "Prompting II", version: 1 },
    });
    expect(stale).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { title: "Prompting I", version: 2 },
    });
    const events = await db.auditEvent.findMany({
      where: { orgId: actor.orgId, entityId: id },
      select: { action: true },
    });
    expect(events.map((e) => e.action).sort()).toEqual(["create", "update"]);
  });

  it("another organisation's training cannot be edited", async () => {
    const a = await literacyOrg({ roadmapStart: null });
    const b = await literacyOrg({ roadmapStart: null });
    const result = await setTrainingArchived({
      ...a.actor,
      trainingId: b.basics.id,
      version: 1,
      archived: true,
    });
    expect(result).toEqual({ ok: false, reason: "not_found" });
  });
});

describe("recording completions", () => {
  it("records one training for many people on one day, each with its audit event, never twice", async () => {
    const { actor, basics, org } = await literacyOrg({ roadmapStart: null });
    const a = await addMember(org.id, "member");
    const b = await addMember(org.id, "member");
    expect(await completion(actor, basics.id, [a.id, b.id])).toEqual({
      ok: true,
      created: 2,
      alreadyRecorded: 0,
      tasksCompleted: 0,
    });
    expect(await completion(actor, basics.id, [a.id, b.id])).toMatchObject({
      created: 0,
      alreadyRecorded: 2,
    });
    expect(
      await db.auditEvent.count({
        where: { orgId: org.id, entity: "training_completion", action: "create" },
      }),
    ).toBe(2);
  });

  it("refuses another organisation's training, archived trainings and people outside the organisation", async () => {
    const a = await literacyOrg({ roadmapStart: null });
    const b = await literacyOrg({ roadmapStart: null });
    const member = await addMember(a.org.id, "member");
    const outsider = await addMember(b.org.id, "member");
    expect(await completion(a.actor, b.basics.id, [member.id])).toEqual({
      ok: false,
      reason: "training",
    });
    expect(await completion(a.actor, a.basics.id, [member.id, outsider.id])).toEqual({
      ok: false,
      reason: "members",
    });
    await setTrainingArchived({
      ...a.actor,
      trainingId: a.dataProtection.id,
      version: 1,
      archived: true,
    });
    expect(await completion(a.actor, a.dataProtection.id, [member.id])).toEqual({
      ok: false,
      reason: "training",
    });
    expect(
      await db.trainingCompletion.count({ where: { orgId: { in: [a.org.id, b.org.id] } } }),
    ).toBe(0);
  });
});

describe("coverage", () => {
  it("counts the use case team's valid basics trainings: owner and members", async () => {
    const { actor, basics, dataProtection, org, manager } = await literacyOrg({
      roadmapStart: null,
    });
    const owner = await addMember(org.id, "member", "Aylin");
    const lukas = await addMember(org.id, "member", "Lukas");
    const sabine = await addMember(org.id, "member", "Sabine");
    const useCase = await createUseCase(org.id, owner.id);
    await addTeamMember({ ...actor, useCaseId: useCase.id, userId: lukas.id });
    await addTeamMember({ ...actor, useCaseId: useCase.id, userId: sabine.id });
    await completion(actor, basics.id, [owner.id]);
    // Expired: 24 months' validity, completed three years ago.
    await completion(actor, basics.id, [lukas.id], addDaysIso(TODAY, -3 * 366));
    // Another topic does not make someone trained.
    await completion(actor, dataProtection.id, [sabine.id]);

    const coverage = await getLiteracyCoverage({
      orgId: org.id,
      useCaseIds: [useCase.id],
      today: TODAY,
    });
    expect(coverage[useCase.id]).toEqual({ trained: 1, teamSize: 3, missing: ["Lukas", "Sabine"] });

    // The use case page's team section: the same people, in its two statements.
    let page: Awaited<ReturnType<typeof getUseCasePage>> = null;
    const statements = await captureStatements(async () => {
      page = await getUseCasePage({ orgId: org.id, useCaseId: useCase.id, today: TODAY });
    });
    expect(statements).toHaveLength(2);
    const team = page!.team;
    expect(team!.team.map((p) => [p.name, p.isOwner, p.literacy.state])).toEqual([
      ["Aylin", true, "trained"],
      ["Lukas", false, "expired"],
      ["Sabine", false, "missing"],
    ]);
    // Everyone else in the organisation may join the team.
    expect(team!.candidates.map((p) => p.name)).not.toContain("Lukas");
    expect(team!.candidates.length).toBeGreaterThan(0);
    expect(team!.candidates).toEqual([{ id: manager.id, name: manager.name }]);
    expect(team!.coverage).toEqual(coverage[useCase.id]);
  });

  it("another organisation's completions never count, even for a person in both", async () => {
    const a = await literacyOrg({ roadmapStart: null });
    const b = await literacyOrg({ roadmapStart: null });
    const both = await addMember(a.org.id, "member", "Beide");
    await db.membership.create({ data: { orgId: b.org.id, userId: both.id, role: "member" } });
    const useCase = await createUseCase(a.org.id, both.id);
    await completion(b.actor, b.basics.id, [both.id]);

    expect(
      await getLiteracyCoverage({ orgId: a.org.id, useCaseIds: [useCase.id], today: TODAY }),
    ).toEqual({ [useCase.id]: { trained: 0, teamSize: 1, missing: ["Beide"] } });
    const overview = await getLiteracyOverview({ orgId: a.org.id, today: TODAY });
    expect(overview.members.find((m) => m.userId === both.id)?.literacy.state).toBe("missing");
    // Even a completion row carrying org A's id but B's training does not count.
    await db.trainingCompletion.create({
      data: {
        orgId: a.org.id,
        trainingId: b.basics.id,
        userId: both.id,
        completedOn: isoToUtcDate(TODAY),
      },
    });
    expect(
      (await getLiteracyCoverage({ orgId: a.org.id, useCaseIds: [useCase.id], today: TODAY }))[
        useCase.id
      ]?.trained,
    ).toBe(0);
  });

  it("leaves out another organisation's use cases and people who left the organisation", async () => {
    const a = await literacyOrg({ roadmapStart: null });
    const b = await literacyOrg({ roadmapStart: null });
    const foreign = await createUseCase(b.org.id, null);
    const leaver = await addMember(a.org.id, "member", "Weg");
    const own = await createUseCase(a.org.id, null);
    await addTeamMember({ ...a.actor, useCaseId: own.id, userId: leaver.id });
    await db.membership.deleteMany({ where: { orgId: a.org.id, userId: leaver.id } });
    const coverage = await getLiteracyCoverage({
      orgId: a.org.id,
      useCaseIds: [own.id, foreign.id],
      today: TODAY,
    });
    expect(coverage).toEqual({ [own.id]: { trained: 0, teamSize: 0, missing: [] } });
  });

  it("needs the same number of round trips for one use case as for many", async () => {
    const { org, actor, basics } = await literacyOrg({ roadmapStart: null });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const owner = await addMember(org.id, "member");
      ids.push((await createUseCase(org.id, owner.id, `UC ${i}`)).id);
      await completion(actor, basics.id, [owner.id]);
    }
    const count = async (useCaseIds: string[]) => {
      const before = getRoundTrips();
      await getLiteracyCoverage({ orgId: org.id, useCaseIds, today: TODAY });
      return getRoundTrips() - before;
    };
    expect(await count(ids)).toBe(await count(ids.slice(0, 1)));
    expect(await count([])).toBe(0);
  });
});

describe("use case team", () => {
  it("adds and removes members of the organisation only, with audit events", async () => {
    const a = await literacyOrg({ roadmapStart: null });
    const b = await literacyOrg({ roadmapStart: null });
    const owner = await addMember(a.org.id, "member");
    const colleague = await addMember(a.org.id, "member");
    const outsider = await addMember(b.org.id, "member");
    const useCase = await createUseCase(a.org.id, owner.id);
    const args = { ...a.actor, useCaseId: useCase.id };
    expect(await addTeamMember({ ...args, userId: colleague.id })).toEqual({
      ok: true,
      changed: true,
    });
    expect(await addTeamMember({ ...args, userId: colleague.id })).toEqual({
      ok: true,
      changed: false,
    });
    expect(await addTeamMember({ ...args, userId: owner.id })).toEqual({
      ok: false,
      reason: "is_owner",
    });
    expect(await addTeamMember({ ...args, userId: outsider.id })).toEqual({
      ok: false,
      reason: "not_member",
    });
    const foreign = await createUseCase(b.org.id, null);
    expect(
      await addTeamMember({ ...a.actor, useCaseId: foreign.id, userId: colleague.id }),
    ).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await removeTeamMember({ ...args, userId: colleague.id })).toEqual({
      ok: true,
      changed: true,
    });
    const actions = await db.auditEvent.findMany({
      where: { orgId: a.org.id, entity: "use_case", entityId: useCase.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((e) => e.action)).toEqual(["team_add", "team_remove"]);
  });
});

describe("deleting a completion", () => {
  it("is scoped to the organisation", async () => {
    const a = await literacyOrg({ roadmapStart: null });
    const b = await literacyOrg({ roadmapStart: null });
    const person = await addMember(b.org.id, "member");
    await completion(b.actor, b.basics.id, [person.id]);
    const row = await db.trainingCompletion.findFirstOrThrow({
      where: { orgId: b.org.id },
      select: { id: true },
    });
    expect(await deleteCompletion({ ...a.actor, completionId: row.id, today: TODAY })).toEqual({
      ok: false,
    });
    expect(await db.trainingCompletion.count({ where: { id: row.id } })).toBe(1);
  });
});

describe("the literacy pages' reads", () => {
  it("the coverage page: the ORM's figures, in three round trips with the catalogue check", async () => {
    const { org, today, basics, dataProtection, prompting, people } = await richLiteracyOrg();
    let overview: LiteracyOverview | null = null;
    const statements = await captureStatements(async () => {
      // What its loader reads (literacyPage, then the overview): with the session's
      // lookup, four statements of the page's five.
      await ensureTrainingCatalogue({ orgId: org.id, locale: "de" });
      overview = await getLiteracyOverview({ orgId: org.id, today });
    });
    expect(statements).toHaveLength(3);
    const page = overview!;
    expect(page).toEqual(await ormLiteracyOverview({ orgId: org.id, today }));

    expect(page.summary).toEqual({
      members: 6,
      trained: 3,
      expired: 1,
      missing: 2,
      due: 3,
      overdue: 1,
    });
    expect(page.members.map((m) => m.name)).not.toContain("Weg");
    expect(page.useCases.map((u) => [u.title, u.coverage])).toEqual([
      ["Angebotsentwürfe", { trained: 1, teamSize: 3, missing: ["Lukas Schmidt", "Zoë Weber"] }],
      ["Chatbot intern", { trained: 1, teamSize: 1, missing: [] }],
      ["Beschwerde-Triage", { trained: 0, teamSize: 0, missing: [] }],
    ]);
    const person = (userId: string) => page.members.find((m) => m.userId === userId)!;
    // The other organisation's completion of Zoë counts for nothing here.
    expect(person(people.zoe.id).literacy.state).toBe("missing");
    expect(
      person(people.zoe.id)
        .trainings.map((t) => [t.status, t.trainingId])
        .sort(),
    ).toEqual(
      [
        ["done", dataProtection.id],
        ["done", prompting.id],
        ["due", basics.id],
      ].sort(),
    );
    expect(person(people.lukas.id).trainings).toMatchObject([
      { status: "due", trainingId: basics.id, dueDate: addDaysIso(today, -3), isOverdue: true },
    ]);
    // An archived training's completion keeps its title.
    const archivedTitle = (
      await db.training.findUniqueOrThrow({ where: { id: dataProtection.id } })
    ).title;
    expect(
      person(people.anna.id)
        .trainings.map((t) => [t.status, t.title])
        .sort(),
    ).toEqual(
      [
        ["done", "KI-Grundlagen: Was KI kann und was nicht"],
        ["expired", archivedTitle],
      ].sort(),
    );
  });

  it("the record page: the ORM's trainings and latest completions, in three round trips with the catalogue check and the members", async () => {
    const { org, today, manager, people, dataProtection } = await richLiteracyOrg();
    let page: Awaited<ReturnType<typeof getRecordPage>> | null = null;
    const statements = await captureStatements(async () => {
      await ensureTrainingCatalogue({ orgId: org.id, locale: "de" });
      [page] = await Promise.all([getRecordPage({ orgId: org.id }), listMembersByName(org.id)]);
    });
    expect(statements).toHaveLength(3);
    const all = page!;
    expect(all).toEqual({
      trainings: await ormTrainingChoices(org.id),
      recent: await ormRecentCompletions({ orgId: org.id }),
    });
    // The active trainings: the defaults but the archived one, and the custom one.
    expect(all.trainings).toHaveLength(5);
    expect(all.trainings.map((t) => t.id)).not.toContain(dataProtection.id);
    expect(all.trainings.map((t) => t.title)).toContain("Prompting-Workshop");
    const day = (n: number) => addDaysIso(today, n);
    expect(all.recent.map((r) => [r.person, r.completedOn, r.recordedBy])).toEqual([
      [manager.name, day(-1), manager.name],
      ["Zoë Weber", day(-5), manager.name],
      ["Özlem Yıldız", day(-5), manager.name],
      ["Anna Berg", day(-10), manager.name],
      ["Özlem Yıldız", day(-20), manager.name],
      ["Weg", day(-30), manager.name],
      ["Zoë Weber", day(-40), manager.name],
      ["Anna Berg", day(-400), manager.name],
      ["Lukas Schmidt", day(-3 * 366), manager.name],
    ]);
    expect(all.recent[2]).toMatchObject({
      training: "Prompting-Workshop",
      note: "Workshop im Mai",
      validityMonths: 12,
    });

    const own = await getRecordPage({ orgId: org.id, userId: people.oezlem.id });
    expect(own.recent).toEqual(
      await ormRecentCompletions({ orgId: org.id, userId: people.oezlem.id }),
    );
    expect(own.recent.map((r) => r.completedOn)).toEqual([day(-5), day(-20)]);
    expect(own.trainings).toEqual(all.trainings);
    const first = await getRecordPage({ orgId: org.id, take: 3 });
    expect(first.recent).toEqual(all.recent.slice(0, 3));
  });

  it("the record page never shows another organisation's training", async () => {
    const a = await literacyOrg({ roadmapStart: null });
    const b = await literacyOrg({ roadmapStart: null });
    const person = await addMember(a.org.id, "member");
    await completion(a.actor, a.basics.id, [person.id]);
    // A completion row carrying org A's id but B's training.
    await db.trainingCompletion.create({
      data: {
        orgId: a.org.id,
        trainingId: b.basics.id,
        userId: person.id,
        completedOn: isoToUtcDate(TODAY),
      },
    });
    const page = await getRecordPage({ orgId: a.org.id });
    expect(page.recent).toHaveLength(1);
    expect(page.trainings.map((t) => t.id)).not.toContain(b.basics.id);
    expect((await getRecordPage({ orgId: b.org.id })).recent).toEqual([]);
  });
});
