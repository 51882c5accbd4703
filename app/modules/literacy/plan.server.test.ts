import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { addDaysIso, todayIso, utcDateToIso } from "../calendar/dates";
import { currentPhase, spanOf } from "../calendar/phase-dates";
import { deleteCompletion, recordCompletions } from "./completions.server";
import { addMember } from "~/test/factories";
import { captureStatements } from "~/lib/db.server";
import { listMembersByName } from "../members/queries.server";
import {
  literacyOrg,
  ormPlanEntries,
  ormPlanRoadmap,
  ormTrainingChoices,
  richLiteracyOrg,
} from "./literacy.test-helpers";
import { assignTraining, deleteAssignment, getTrainingPlan, listAssignments } from "./plan.server";
import { ensureTrainingCatalogue } from "./trainings.server";

const TODAY = todayIso();

describe("training plan", () => {
  it("gives each person an owned task in the active roadmap's current phase, with its audit event", async () => {
    const { actor, basics, org, roadmapId } = await literacyOrg();
    const a = await addMember(org.id, "member", "Aylin");
    const b = await addMember(org.id, "member", "Lukas");
    const due = addDaysIso(TODAY, 14);
    const result = await assignTraining({
      ...actor,
      orgSlug: org.slug,
      today: TODAY,
      input: { trainingId: basics.id, userIds: [a.id, b.id], dueDate: due },
    });
    expect(result).toMatchObject({
      ok: true,
      created: 2,
      withTask: 2,
      alreadyPlanned: [],
      viewersWithoutTask: [],
      noTaskReason: null,
      roadmap: { id: roadmapId },
    });
    const assignments = await db.trainingAssignment.findMany({
      where: { orgId: org.id },
      select: {
        userId: true,
        taskId: true,
        task: {
          select: {
            ownerId: true,
            dueDate: true,
            title: true,
            description: true,
            roadmapId: true,
            phase: { select: { kind: true } },
          },
        },
      },
    });
    expect(assignments).toHaveLength(2);
    const roadmap = await db.roadmap.findUniqueOrThrow({ where: { id: roadmapId! } });
    for (const assignment of assignments) {
      expect(assignment.task).toMatchObject({ ownerId: assignment.userId, roadmapId });
      expect(assignment.task?.phase.kind).toBe(currentPhase(spanOf(roadmap), TODAY));
      expect(utcDateToIso(assignment.task!.dueDate)).toBe(due);
      expect(assignment.task?.title).toBe(
        "Schulung absolvieren: KI-Grundlagen: Was KI kann und was nicht",
      );
      expect(assignment.task?.description).toContain(
        `/o/${org.slug}/governance/literacy/record?training=${basics.id}`,
      );
    }
    const taskEvents = await db.auditEvent.count({
      where: {
        orgId: org.id,
        entity: "task",
        action: "create",
        entityId: { in: assignments.map((x) => x.taskId!) },
      },
    });
    expect(taskEvents).toBe(2);
    expect(
      await db.auditEvent.count({
        where: { orgId: org.id, entity: "training_assignment", action: "create" },
      }),
    ).toBe(2);

    // Planning the same people again leaves them as they are.
    const again = await assignTraining({
      ...actor,
      orgSlug: org.slug,
      today: TODAY,
      input: { trainingId: basics.id, userIds: [a.id], dueDate: due },
    });
    expect(again).toMatchObject({ ok: true, created: 0, alreadyPlanned: ["Aylin"] });
  });

  it("recording the completion ticks the task off; deleting it opens the task again", async () => {
    const { actor, basics, org } = await literacyOrg();
    const a = await addMember(org.id, "member");
    await assignTraining({
      ...actor,
      orgSlug: org.slug,
      today: TODAY,
      input: { trainingId: basics.id, userIds: [a.id], dueDate: addDaysIso(TODAY, 7) },
    });
    const recorded = await recordCompletions({
      ...actor,
      today: TODAY,
      input: { trainingId: basics.id, userIds: [a.id], completedOn: TODAY, note: "" },
    });
    expect(recorded).toMatchObject({ ok: true, created: 1, tasksCompleted: 1 });
    const { taskId } = await db.trainingAssignment.findFirstOrThrow({
      where: { orgId: org.id, userId: a.id },
      select: { taskId: true },
    });
    const task = () =>
      db.task.findUniqueOrThrow({ where: { id: taskId! }, select: { status: true } });
    expect((await task()).status).toBe("done");
    expect((await listAssignments({ orgId: org.id, today: TODAY }))[0]).toMatchObject({
      isDone: true,
    });

    const completion = await db.trainingCompletion.findFirstOrThrow({
      where: { orgId: org.id, userId: a.id },
      select: { id: true },
    });
    await deleteCompletion({ ...actor, completionId: completion.id, today: TODAY });
    expect((await task()).status).toBe("todo");
    expect((await listAssignments({ orgId: org.id, today: TODAY }))[0]).toMatchObject({
      isDone: false,
    });
  });

  it("an expired completion leaves the task open", async () => {
    const { actor, dataProtection, org } = await literacyOrg();
    const a = await addMember(org.id, "member");
    await assignTraining({
      ...actor,
      orgSlug: org.slug,
      today: TODAY,
      input: { trainingId: dataProtection.id, userIds: [a.id], dueDate: TODAY },
    });
    const recorded = await recordCompletions({
      ...actor,
      today: TODAY,
      input: {
        trainingId: dataProtection.id,
        userIds: [a.id],
        completedOn: addDaysIso(TODAY, -400),
        note: "",
      },
    });
    expect(recorded).toMatchObject({ ok: true, created: 1, tasksCompleted: 0 });
  });

  it("without an active roadmap, or due outside it, the plan is kept without tasks; viewers get none", async () => {
    const none = await literacyOrg({ roadmapStart: null });
    const a = await addMember(none.org.id, "member");
    expect(
      await assignTraining({
        ...none.actor,
        orgSlug: none.org.slug,
        today: TODAY,
        input: { trainingId: none.basics.id, userIds: [a.id], dueDate: TODAY },
      }),
    ).toMatchObject({
      ok: true,
      created: 1,
      withTask: 0,
      noTaskReason: "no_roadmap",
      roadmap: null,
    });

    const some = await literacyOrg();
    const b = await addMember(some.org.id, "member");
    const viewer = await addMember(some.org.id, "viewer", "Dr. Hoffmann");
    expect(
      await assignTraining({
        ...some.actor,
        orgSlug: some.org.slug,
        today: TODAY,
        input: { trainingId: some.basics.id, userIds: [b.id], dueDate: addDaysIso(TODAY, 200) },
      }),
    ).toMatchObject({ ok: true, created: 1, withTask: 0, noTaskReason: "outside_roadmap" });
    expect(
      await assignTraining({
        ...some.actor,
        orgSlug: some.org.slug,
        today: TODAY,
        input: { trainingId: some.dataProtection.id, userIds: [viewer.id], dueDate: TODAY },
      }),
    ).toMatchObject({
      ok: true,
      created: 1,
      withTask: 0,
      viewersWithoutTask: ["Dr. Hoffmann"],
      noTaskReason: null,
    });
    expect(
      await db.task.count({
        where: { orgId: { in: [none.org.id, some.org.id] }, title: { startsWith: "Schulung" } },
      }),
    ).toBe(0);
  });

  it("removing a plan entry deletes its open task; another organisation's entry is not found", async () => {
    const { actor, basics, org } = await literacyOrg();
    const other = await literacyOrg();
    const a = await addMember(org.id, "member");
    await assignTraining({
      ...actor,
      orgSlug: org.slug,
      today: TODAY,
      input: { trainingId: basics.id, userIds: [a.id], dueDate: addDaysIso(TODAY, 3) },
    });
    const entry = await db.trainingAssignment.findFirstOrThrow({
      where: { orgId: org.id },
      select: { id: true, taskId: true },
    });
    expect(await deleteAssignment({ ...other.actor, assignmentId: entry.id })).toEqual({
      ok: false,
    });
    expect(await deleteAssignment({ ...actor, assignmentId: entry.id })).toEqual({ ok: true });
    const task = await db.task.findUniqueOrThrow({
      where: { id: entry.taskId! },
      select: { deletedAt: true },
    });
    expect(task.deletedAt).not.toBeNull();
    expect(await listAssignments({ orgId: org.id, today: TODAY })).toEqual([]);
  });

  it("refuses another organisation's training and people", async () => {
    const a = await literacyOrg();
    const b = await literacyOrg();
    const outsider = await addMember(b.org.id, "member");
    const own = await addMember(a.org.id, "member");
    const input = { userIds: [own.id], dueDate: TODAY };
    expect(
      await assignTraining({
        ...a.actor,
        orgSlug: a.org.slug,
        today: TODAY,
        input: { ...input, trainingId: b.basics.id },
      }),
    ).toEqual({ ok: false, reason: "training" });
    expect(
      await assignTraining({
        ...a.actor,
        orgSlug: a.org.slug,
        today: TODAY,
        input: { ...input, trainingId: a.basics.id, userIds: [own.id, outsider.id] },
      }),
    ).toEqual({ ok: false, reason: "members" });
  });
});

describe("the plan page's reads", () => {
  it("the ORM's entries, choices and roadmap, in three round trips with the catalogue check and the members", async () => {
    const { org, today, roadmapId, other } = await richLiteracyOrg();
    let plan: Awaited<ReturnType<typeof getTrainingPlan>> | null = null;
    const statements = await captureStatements(async () => {
      // What its loader reads (literacyPage, then the plan and the members): with the
      // session's lookup, four statements of the page's five.
      await ensureTrainingCatalogue({ orgId: org.id, locale: "de" });
      [plan] = await Promise.all([
        getTrainingPlan({ orgId: org.id, today }),
        listMembersByName(org.id),
      ]);
    });
    expect(statements).toHaveLength(3);
    const page = plan!;
    expect(page).toEqual({
      entries: await ormPlanEntries({ orgId: org.id, today }),
      trainings: await ormTrainingChoices(org.id),
      roadmap: await ormPlanRoadmap({ orgId: org.id, today }),
    });
    expect(await listAssignments({ orgId: org.id, today })).toEqual(page.entries);

    // Open entries first, each part by due date; a deleted task is no task.
    expect(
      page.entries.map((e) => [e.person, e.isDone, e.isOverdue, e.task?.status ?? null]),
    ).toEqual([
      ["Lukas Schmidt", false, true, "todo"],
      ["Zoë Weber", false, false, "todo"],
      ["Dr. Hoffmann", false, false, null],
      ["Özlem Yıldız", true, false, "done"],
      ["Weg", true, false, "done"],
      ["Anna Berg", true, false, null],
    ]);
    expect(page.entries[0]).toMatchObject({
      training: "KI-Grundlagen: Was KI kann und was nicht",
      dueDate: addDaysIso(today, -3),
      task: { roadmapId },
    });
    // The newest active roadmap, not the older one.
    expect(page.roadmap).toMatchObject({
      id: roadmapId,
      startDate: addDaysIso(today, -35),
      lengthDays: 90,
    });
    expect(page.trainings).toHaveLength(5);

    const theirs = await getTrainingPlan({ orgId: other.org.id, today });
    expect(theirs.entries).toHaveLength(1);
    expect(theirs.entries).toEqual(await ormPlanEntries({ orgId: other.org.id, today }));
  });

  it("without an active roadmap there is none to show", async () => {
    const { org } = await literacyOrg({ roadmapStart: null });
    expect(await getTrainingPlan({ orgId: org.id, today: TODAY })).toMatchObject({
      entries: [],
      roadmap: null,
    });
  });
});
