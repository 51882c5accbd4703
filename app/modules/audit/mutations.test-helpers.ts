import { db } from "~/lib/db.server";
import type { Action } from "~/lib/permissions";
import { addMember, createOrgWithMember, createTemplateRoadmap } from "~/test/factories";
import { addDaysIso, isoToUtcDate, todayIso } from "../calendar/dates";

/*
 * The world every audit case runs in (a fresh organisation with one person per role and
 * an active template roadmap that started two weeks ago), and the shape of a case: one
 * module mutation, the permission that allows it, and the audit event it must write.
 * The cases are in mutations-*.test-helpers.ts; every-mutation-audited.server.test.ts
 * runs them against the permission map.
 */

export async function makeWorld() {
  const { org, user: manager } = await createOrgWithMember("manager");
  const [owner, member, viewer] = await Promise.all([
    addMember(org.id, "owner"),
    addMember(org.id, "member"),
    addMember(org.id, "viewer"),
  ]);
  const start = addDaysIso(todayIso(), -14);
  const roadmap = await createTemplateRoadmap(
    { orgId: org.id, actorId: manager.id },
    { startDate: start, ownerIds: [manager.id, member.id] },
  );
  return { org, owner, manager, member, viewer, roadmapId: roadmap.id, start, today: todayIso() };
}
export type World = Awaited<ReturnType<typeof makeWorld>>;

/** The organisation's owner acting in it, with the case's request id. */
export function asOwner(w: World, requestId: string) {
  return { orgId: w.org.id, actorId: w.owner.id, requestId };
}

export type MutationCase = {
  /** The permission the mutation needs, or "account" for a person's own account and session. */
  permission: Action | "account";
  /** The module function, as a reader searches for it. */
  name: string;
  /** The one audit event it writes (entity, action). */
  writes: readonly [string, string];
  /** Events of records it creates alongside (the template's tasks), any number. */
  also?: readonly (readonly [string, string])[];
  run: (w: World, requestId: string) => Promise<unknown>;
};

/** The first open pilot task of the roadmap, owned by the manager. */
export async function pilotTask(w: World) {
  return db.task.findFirstOrThrow({
    where: {
      roadmapId: w.roadmapId,
      ownerId: w.manager.id,
      status: "todo",
      phase: { kind: "pilot" },
    },
    orderBy: { position: "asc" },
    select: { id: true, version: true },
  });
}

/** A use case on the roadmap, owned by the member (optionally with a data source). */
export async function aUseCase(w: World, options: { status?: "piloting" } = {}) {
  return db.useCase.create({
    data: {
      orgId: w.org.id,
      roadmapId: w.roadmapId,
      ownerId: w.member.id,
      title: "Antwortentwürfe",
      status: options.status,
    },
    select: { id: true },
  });
}

/** A data source of a use case, its completeness checked. */
export async function dataSourceOf(w: World) {
  const useCase = await aUseCase(w);
  const source = await db.dataSource.create({
    data: {
      orgId: w.org.id,
      useCaseId: useCase.id,
      name: "Tickets",
      kind: "customer",
      personalData: "none",
      checks: { create: { orgId: w.org.id, aspect: "completeness", checkedOn: new Date() } },
    },
    select: { id: true },
  });
  return { useCaseId: useCase.id, dataSourceId: source.id };
}

/** A training in the catalogue, completed by the member a month ago and assigned to the viewer. */
export async function trainingOf(w: World) {
  const training = await db.training.create({
    data: { orgId: w.org.id, title: "Grundlagen", topic: "basics", format: "webinar" },
    select: { id: true },
  });
  const completion = await db.trainingCompletion.create({
    data: {
      orgId: w.org.id,
      trainingId: training.id,
      userId: w.member.id,
      completedOn: isoToUtcDate(addDaysIso(w.today, -30)),
    },
    select: { id: true },
  });
  const assignment = await db.trainingAssignment.create({
    data: { orgId: w.org.id, trainingId: training.id, userId: w.viewer.id, dueDate: new Date() },
    select: { id: true },
  });
  return { trainingId: training.id, completionId: completion.id, assignmentId: assignment.id };
}
