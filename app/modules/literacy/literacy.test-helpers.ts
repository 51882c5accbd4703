import { db } from "~/lib/db.server";
import { addMember, createOrgWithMember, createTemplateRoadmap } from "~/test/factories";
import type { Role } from "~/lib/permissions";
import { addDaysIso, todayIso, utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { phaseForToday, roadmapEndDate, spanOf } from "../calendar/phase-dates";
import { byUser, personLiteracy, teamCoverage, trainingStatuses } from "./coverage";
import type { CompletionFact } from "./coverage";
import { completionValidity } from "./expiry";
import { recordCompletions } from "./completions.server";
import { assignTraining } from "./plan.server";
import { addTeamMember } from "./team.server";
import { createTraining, seedTrainingCatalogue, setTrainingArchived } from "./trainings.server";

/**
 * An organisation with a manager (`actor`), its default catalogue and, unless
 * `roadmapStart` is null, an active roadmap that started five weeks ago.
 */
export async function literacyOrg(options: { roadmapStart?: IsoDate | null } = {}) {
  const { org, user: manager, actor } = await createOrgWithMember("manager");
  await db.$transaction((tx) =>
    seedTrainingCatalogue(tx, { orgId: org.id, locale: "de", actorId: null }),
  );
  const trainings = await db.training.findMany({
    where: { orgId: org.id },
    select: { id: true, topic: true },
  });
  const basics = trainings.find((t) => t.topic === "basics")!;
  const dataProtection = trainings.find((t) => t.topic === "data_protection")!;
  const start =
    options.roadmapStart === undefined ? addDaysIso(todayIso(), -35) : options.roadmapStart;
  const roadmapId = start ? (await createTemplateRoadmap(actor, { startDate: start })).id : null;
  return { org, manager, actor, basics, dataProtection, roadmapId };
}

export async function createUseCase(
  orgId: string,
  ownerId: string | null,
  title = "Antwortentwürfe",
) {
  return db.useCase.create({ data: { orgId, ownerId, title }, select: { id: true } });
}

/*
 * The pages' reads as they were written with Prisma's ORM before they became one
 * hand-written statement each (queries.server.ts): the tests hold the statements to
 * the same figures, in the same order, on both providers.
 */

type RefPerson = { userId: string; name: string; role: Role };

async function refMembers(orgId: string): Promise<Map<string, RefPerson>> {
  const rows = await db.membership.findMany({
    where: { orgId },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  return new Map(
    rows.map((r) => [r.user.id, { userId: r.user.id, name: r.user.name, role: r.role }]),
  );
}

function refTeamOf(
  row: { ownerId: string | null; team: { userId: string }[] },
  members: Map<string, RefPerson>,
): RefPerson[] {
  const owner = row.ownerId ? members.get(row.ownerId) : undefined;
  const others = row.team
    .map((m) => members.get(m.userId))
    .filter((p): p is RefPerson => p !== undefined && p.userId !== row.ownerId)
    .sort((a, b) => a.name.localeCompare(b.name, "de"));
  return owner ? [owner, ...others] : others;
}

/** getLiteracyOverview as the ORM read it (seven statements). */
export async function ormLiteracyOverview({ orgId, today }: { orgId: string; today: IsoDate }) {
  const [members, trainings, completionRows, assignmentRows, useCases] = await Promise.all([
    refMembers(orgId),
    db.training.findMany({ where: { orgId }, select: { id: true, title: true } }),
    db.trainingCompletion.findMany({
      where: { orgId, training: { orgId } },
      select: {
        userId: true,
        trainingId: true,
        completedOn: true,
        training: { select: { topic: true, validityMonths: true } },
      },
    }),
    db.trainingAssignment.findMany({
      where: { orgId, training: { orgId } },
      select: { id: true, userId: true, trainingId: true, dueDate: true, taskId: true },
    }),
    db.useCase.findMany({
      where: { orgId, archivedAt: null },
      orderBy: { title: "asc" },
      select: {
        id: true,
        ownerId: true,
        title: true,
        team: { where: { orgId }, select: { userId: true } },
      },
    }),
  ]);
  const titles = new Map(trainings.map((t) => [t.id, t.title]));
  const completions = byUser(
    completionRows.map((row): CompletionFact => ({
      userId: row.userId,
      trainingId: row.trainingId,
      topic: row.training.topic,
      completedOn: utcDateToIso(row.completedOn),
      validityMonths: row.training.validityMonths,
    })),
  );
  const assignments = byUser(
    assignmentRows.map((a) => ({ ...a, dueDate: utcDateToIso(a.dueDate) })),
  );
  const order: Record<Role, number> = { owner: 0, manager: 1, member: 2, viewer: 3 };
  const people = [...members.values()]
    .sort((a, b) => a.name.localeCompare(b.name, "de") || order[a.role] - order[b.role])
    .map((p) => ({
      ...p,
      literacy: personLiteracy(completions.get(p.userId) ?? [], today),
      trainings: trainingStatuses(
        completions.get(p.userId) ?? [],
        assignments.get(p.userId) ?? [],
        today,
      ).map((s) => ({ ...s, title: titles.get(s.trainingId) ?? "" })),
    }));
  const trained = new Set(
    people.filter((p) => p.literacy.state === "trained").map((p) => p.userId),
  );
  const due = people.flatMap((p) => p.trainings.filter((t) => t.status === "due"));
  return {
    members: people,
    useCases: useCases
      .map((u) => ({
        id: u.id,
        title: u.title,
        coverage: teamCoverage(refTeamOf(u, members), (id) => trained.has(id)),
      }))
      .sort((a, b) => Number(a.coverage.teamSize === 0) - Number(b.coverage.teamSize === 0)),
    summary: {
      members: people.length,
      trained: trained.size,
      expired: people.filter((p) => p.literacy.state === "expired").length,
      missing: people.filter((p) => p.literacy.state === "missing").length,
      due: due.length,
      overdue: due.filter((t) => t.status === "due" && t.isOverdue).length,
    },
  };
}

/** The plan's entries as the ORM read them (listAssignments, six statements). */
export async function ormPlanEntries({ orgId, today }: { orgId: string; today: IsoDate }) {
  const [rows, completions] = await Promise.all([
    db.trainingAssignment.findMany({
      where: { orgId },
      orderBy: { dueDate: "asc" },
      select: {
        id: true,
        userId: true,
        trainingId: true,
        dueDate: true,
        taskId: true,
        user: { select: { name: true } },
        training: { select: { title: true } },
        task: { select: { status: true, roadmapId: true, deletedAt: true } },
      },
    }),
    db.trainingCompletion.findMany({
      where: { orgId, training: { orgId, assignments: { some: {} } } },
      select: {
        userId: true,
        trainingId: true,
        completedOn: true,
        training: { select: { validityMonths: true } },
      },
    }),
  ]);
  const valid = new Set(
    completions
      .filter(
        (c) =>
          completionValidity(utcDateToIso(c.completedOn), c.training.validityMonths, today).isValid,
      )
      .map((c) => `${c.trainingId}:${c.userId}`),
  );
  const entries = rows.map((r) => {
    const dueDate = utcDateToIso(r.dueDate);
    const isDone = valid.has(`${r.trainingId}:${r.userId}`);
    return {
      id: r.id,
      person: r.user.name,
      training: r.training.title,
      dueDate,
      isDone,
      isOverdue: !isDone && dueDate < today,
      task:
        r.taskId && r.task && !r.task.deletedAt
          ? { id: r.taskId, roadmapId: r.task.roadmapId, status: r.task.status }
          : null,
    };
  });
  return [...entries.filter((e) => !e.isDone), ...entries.filter((e) => e.isDone)];
}

/** The forms' choice of active trainings as the ORM read it. */
export function ormTrainingChoices(orgId: string) {
  return db.training.findMany({
    where: { orgId, archivedAt: null },
    orderBy: { title: "asc" },
    select: { id: true, title: true, topic: true, validityMonths: true },
  });
}

/** The plan's roadmap as the ORM read it. */
export async function ormPlanRoadmap({ orgId, today }: { orgId: string; today: IsoDate }) {
  const roadmap = await db.roadmap.findFirst({
    where: { orgId, status: "active" },
    orderBy: { startDate: "desc" },
    select: { id: true, title: true, startDate: true, lengthDays: true },
  });
  if (!roadmap) return null;
  const span = spanOf(roadmap);
  return {
    id: roadmap.id,
    title: roadmap.title,
    ...span,
    endDate: roadmapEndDate(span),
    phase: phaseForToday(span, today),
  };
}

/** The record page's latest completions as the ORM read them (five statements). */
export async function ormRecentCompletions({
  orgId,
  userId,
  take = 25,
}: {
  orgId: string;
  userId?: string;
  take?: number;
}) {
  const rows = await db.trainingCompletion.findMany({
    where: { orgId, ...(userId ? { userId } : {}) },
    orderBy: [{ completedOn: "desc" }, { createdAt: "desc" }],
    take,
    select: {
      id: true,
      completedOn: true,
      note: true,
      user: { select: { name: true } },
      recordedBy: { select: { name: true } },
      training: { select: { title: true, validityMonths: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    completedOn: utcDateToIso(r.completedOn),
    note: r.note,
    person: r.user.name,
    recordedBy: r.recordedBy?.name ?? null,
    training: r.training.title,
    validityMonths: r.training.validityMonths,
  }));
}

/**
 * An organisation with several rows of every kind the literacy pages read: members
 * (one who left), valid, expired and other-topic completions (two on one day), a
 * custom and an archived training, plan entries open, overdue, done, without a task and
 * with a deleted task, use cases with a team, without one and archived, an older active
 * roadmap; and a second organisation with its own records and a person in both.
 */
export async function richLiteracyOrg() {
  const today = todayIso();
  const day = (n: number) => addDaysIso(today, n);
  const base = await literacyOrg();
  const { org, actor, basics, dataProtection } = base;
  await createTemplateRoadmap(actor, { title: "Alt", startDate: day(-200) });
  const anna = await addMember(org.id, "member", "Anna Berg");
  const lukas = await addMember(org.id, "member", "Lukas Schmidt");
  const oezlem = await addMember(org.id, "member", "Özlem Yıldız");
  const zoe = await addMember(org.id, "member", "Zoë Weber");
  const viewer = await addMember(org.id, "viewer", "Dr. Hoffmann");
  const leaver = await addMember(org.id, "member", "Weg");
  const prompting = await createTraining({
    ...actor,
    input: {
      title: "Prompting-Workshop",
      topic: "tool_use",
      format: "workshop",
      durationMinutes: 120,
      provider: "Intern",
      validityMonths: 12,
      link: "",
    },
  });
  const record = (trainingId: string, userId: string, completedOn: IsoDate, note = "") =>
    recordCompletions({
      ...actor,
      today,
      input: { trainingId, userIds: [userId], completedOn, note },
    });
  const plan = (trainingId: string, userId: string, dueDate: IsoDate) =>
    assignTraining({
      ...actor,
      orgSlug: org.slug,
      today,
      input: { trainingId, userIds: [userId], dueDate },
    });
  await plan(basics.id, lukas.id, day(-3));
  await plan(basics.id, zoe.id, day(14));
  await plan(basics.id, leaver.id, day(20));
  await plan(dataProtection.id, viewer.id, day(100));
  await plan(prompting.id, oezlem.id, day(7));
  await plan(basics.id, anna.id, day(30));
  const annas = await db.trainingAssignment.findFirstOrThrow({
    where: { orgId: org.id, userId: anna.id },
    select: { taskId: true },
  });
  await db.task.update({ where: { id: annas.taskId! }, data: { deletedAt: new Date() } });

  await record(basics.id, actor.actorId, day(-1));
  await record(prompting.id, oezlem.id, day(-5), "Workshop im Mai");
  // Same day, recorded later: comes first among the day's completions.
  await new Promise((resolve) => setTimeout(resolve, 5));
  await record(prompting.id, zoe.id, day(-5));
  await record(basics.id, anna.id, day(-10));
  await record(basics.id, oezlem.id, day(-20));
  await record(basics.id, leaver.id, day(-30));
  await record(dataProtection.id, zoe.id, day(-40));
  await record(dataProtection.id, anna.id, day(-400));
  await record(basics.id, lukas.id, day(-3 * 366));
  await setTrainingArchived({
    ...actor,
    trainingId: dataProtection.id,
    version: 1,
    archived: true,
  });

  const withTeam = await createUseCase(org.id, anna.id, "Angebotsentwürfe");
  const noTeam = await createUseCase(org.id, null, "Beschwerde-Triage");
  const ownerOnly = await createUseCase(org.id, oezlem.id, "Chatbot intern");
  const archived = await createUseCase(org.id, anna.id, "Archiviert");
  await db.useCase.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  for (const userId of [zoe.id, lukas.id]) {
    await addTeamMember({ ...actor, useCaseId: withTeam.id, userId });
  }
  await addTeamMember({ ...actor, useCaseId: ownerOnly.id, userId: leaver.id });
  await db.membership.deleteMany({ where: { orgId: org.id, userId: leaver.id } });

  const other = await literacyOrg();
  await db.membership.create({ data: { orgId: other.org.id, userId: zoe.id, role: "member" } });
  await recordCompletions({
    ...other.actor,
    today,
    input: { trainingId: other.basics.id, userIds: [zoe.id], completedOn: day(-2), note: "" },
  });
  await assignTraining({
    ...other.actor,
    orgSlug: other.org.slug,
    today,
    input: { trainingId: other.basics.id, userIds: [other.actor.actorId], dueDate: day(5) },
  });
  await createUseCase(other.org.id, zoe.id, "Fremder Anwendungsfall");

  return {
    ...base,
    today,
    people: { anna, lukas, oezlem, zoe, viewer, leaver },
    prompting,
    useCases: { withTeam, noTeam, ownerOnly, archived },
    other,
  };
}
