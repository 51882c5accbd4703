import { describe, expect, it } from "vitest";
import { db, getRoundTrips } from "~/lib/db.server";
import { addMember, createOrgWithMember, createOrgWithRoadmap, createUser } from "~/test/factories";
import { isoToUtcDate } from "../calendar/dates";
import { getPhaseBoard } from "./board.server";
import { getTaskDetail, listMyTasks } from "./detail.server";
import { columnOf } from "./ordering";
import { createTask, planTask, updateTask } from "./tasks.server";
import { deleteTask, restoreTask } from "./deletion.server";
import { moveTask, setTaskDone } from "./status.server";

async function taskState(id: string) {
  return db.task.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      version: true,
      dueDate: true,
      deletedAt: true,
      completedById: true,
      title: true,
    },
  });
}

async function historyOf(orgId: string, id: string) {
  return db.auditEvent.findMany({
    where: { orgId, entity: "task", entityId: id },
    orderBy: { createdAt: "asc" },
    select: { action: true, before: true, after: true },
  });
}

const form = {
  title: "Datenschutz prüfen",
  description: "",
  ownerId: "",
  dueDate: "2026-03-13",
  priority: "high" as const,
};

describe("tasks", () => {
  it("creates a task at the end of the phase's to-do column and records it", async () => {
    const { org, user, roadmap, actor } = await createOrgWithRoadmap();
    const result = await createTask({
      ...actor,
      roadmapId: roadmap.id,
      phase: "analysis",
      data: { ...form, ownerId: user.id },
    });
    expect(result).toMatchObject({ status: "ok", dueDate: "in_phase" });
    if (result.status !== "ok") return;
    const tasks = await db.task.findMany({
      where: { phaseId: roadmap.phaseIds.analysis, status: "todo" },
      select: { id: true, status: true, position: true },
    });
    expect(columnOf(tasks, "todo").at(-1)!.id).toBe(result.taskId);
    expect((await historyOf(org.id, result.taskId)).map((e) => e.action)).toEqual(["create"]);
  });

  it("warns (but saves) when the due date lies outside the phase", async () => {
    const { roadmap, actor } = await createOrgWithRoadmap();
    const result = await createTask({
      ...actor,
      roadmapId: roadmap.id,
      phase: "analysis",
      data: { ...form, dueDate: "2026-04-10" },
    });
    expect(result).toMatchObject({ status: "ok", dueDate: "outside_phase" });
  });

  it("refuses an owner who is not a member, or only a viewer", async () => {
    const { org, roadmap, actor } = await createOrgWithRoadmap();
    const stranger = await createUser();
    const viewer = await addMember(org.id, "viewer");
    for (const ownerId of [stranger.id, viewer.id]) {
      expect(
        await createTask({
          ...actor,
          roadmapId: roadmap.id,
          phase: "pilot",
          data: { ...form, ownerId },
        }),
      ).toEqual({ status: "invalid_owner" });
    }
  });

  it("refuses the second of two saves from the same version and returns the current values", async () => {
    const { org, roadmap, actor } = await createOrgWithRoadmap();
    const task = await db.task.findFirstOrThrow({
      where: { roadmapId: roadmap.id },
      select: { id: true, version: true },
    });
    const base = { ...form, status: "todo" as const, version: task.version };
    const first = await updateTask({
      ...actor,
      roadmapId: roadmap.id,
      taskId: task.id,
      data: { ...base, title: "Erste Änderung" },
    });
    expect(first.status).toBe("ok");
    const second = await updateTask({
      ...actor,
      roadmapId: roadmap.id,
      taskId: task.id,
      data: { ...base, title: "Zweite Änderung" },
    });
    expect(second).toMatchObject({
      status: "conflict",
      current: { title: "Erste Änderung", version: task.version + 1 },
    });
    expect((await taskState(task.id)).title).toBe("Erste Änderung");
    const events = await historyOf(org.id, task.id);
    // The template's task was created with its roadmap: "create", then the one update.
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    expect(events[1]!.before).toMatchObject({ title: expect.not.stringMatching("Erste") });
    expect(events[1]!.after).toMatchObject({ title: "Erste Änderung", priority: "high" });
  });

  it("assigns and reschedules from the board with the version check", async () => {
    const { org, user, roadmap, actor } = await createOrgWithRoadmap();
    const task = await db.task.findFirstOrThrow({
      where: { roadmapId: roadmap.id, phaseId: roadmap.phaseIds.analysis },
      select: { id: true, version: true },
    });
    const plan = { taskId: task.id, ownerId: "", dueDate: "2026-04-01", priority: "low" as const };
    const result = await planTask({
      ...actor,
      roadmapId: roadmap.id,
      data: { ...plan, version: task.version },
    });
    expect(result).toMatchObject({ status: "ok", dueDate: "outside_phase" });
    const stale = await planTask({
      ...actor,
      roadmapId: roadmap.id,
      data: { ...plan, ownerId: user.id, version: task.version },
    });
    expect(stale).toMatchObject({
      status: "conflict",
      current: { ownerId: null, dueDate: "2026-04-01" },
    });
    const [created, event] = await historyOf(org.id, task.id);
    expect(created).toMatchObject({ action: "create" });
    expect(event).toMatchObject({
      action: "update",
      after: { ownerId: null, dueDate: "2026-04-01", priority: "low" },
    });
  });

  it("ticks a task off once; a second tick is harmless and unticking reopens it", async () => {
    const { org, user, roadmap, actor } = await createOrgWithRoadmap();
    const task = await db.task.findFirstOrThrow({
      where: { roadmapId: roadmap.id },
      select: { id: true, version: true },
    });
    expect(await setTaskDone({ ...actor, taskId: task.id, done: true })).toMatchObject({
      status: "ok",
    });
    expect(await setTaskDone({ ...actor, taskId: task.id, done: true })).toMatchObject({
      status: "unchanged",
    });
    const done = await taskState(task.id);
    expect(done).toMatchObject({
      status: "done",
      completedById: user.id,
      version: task.version + 1,
    });
    expect(await setTaskDone({ ...actor, taskId: task.id, done: false })).toMatchObject({
      status: "ok",
    });
    expect(await taskState(task.id)).toMatchObject({ status: "todo", completedById: null });
    expect((await historyOf(org.id, task.id)).map((e) => e.action)).toEqual([
      "create",
      "complete",
      "reopen",
    ]);
  });

  it("moves by drag and drop and by keyboard, and a status change bumps the version", async () => {
    const { roadmap, actor } = await createOrgWithRoadmap();
    const phaseTasks = () =>
      db.task.findMany({
        where: { phaseId: roadmap.phaseIds.analysis, deletedAt: null },
        select: { id: true, status: true, position: true, version: true },
      });
    const [a, b, c] = columnOf(await phaseTasks(), "todo");
    await moveTask({ ...actor, taskId: c!.id, placement: { status: "todo", beforeId: a!.id } });
    expect(
      columnOf(await phaseTasks(), "todo")
        .slice(0, 3)
        .map((t) => t.id),
    ).toEqual([c!.id, a!.id, b!.id]);
    await moveTask({ ...actor, taskId: a!.id, move: "up" });
    expect(
      columnOf(await phaseTasks(), "todo")
        .slice(0, 2)
        .map((t) => t.id),
    ).toEqual([a!.id, c!.id]);
    await moveTask({ ...actor, taskId: b!.id, move: { status: "in_progress" } });
    const after = await phaseTasks();
    expect(columnOf(after, "in_progress").map((t) => t.id)).toEqual([b!.id]);
    expect(after.find((t) => t.id === b!.id)!.version).toBe(b!.version + 1);
    expect(after.find((t) => t.id === c!.id)!.version).toBe(c!.version);
    expect(await moveTask({ ...actor, taskId: a!.id, move: "up" })).toEqual({
      status: "unchanged",
    });
  });

  it("moving into done completes the task, moving out reopens it", async () => {
    const { user, roadmap, actor } = await createOrgWithRoadmap();
    const task = await db.task.findFirstOrThrow({
      where: { roadmapId: roadmap.id },
      select: { id: true },
    });
    await moveTask({ ...actor, taskId: task.id, placement: { status: "done", beforeId: null } });
    expect(await taskState(task.id)).toMatchObject({ status: "done", completedById: user.id });
    await moveTask({ ...actor, taskId: task.id, move: { status: "blocked" } });
    expect(await taskState(task.id)).toMatchObject({ status: "blocked", completedById: null });
  });

  it("deletes softly and restores with undo, each recorded", async () => {
    const { org, roadmap, actor } = await createOrgWithRoadmap();
    const task = await db.task.findFirstOrThrow({
      where: { roadmapId: roadmap.id },
      select: { id: true },
    });
    expect(await deleteTask({ ...actor, taskId: task.id })).toMatchObject({ status: "ok" });
    expect((await taskState(task.id)).deletedAt).not.toBeNull();
    expect(await setTaskDone({ ...actor, taskId: task.id, done: true })).toEqual({
      status: "not_found",
    });
    expect(await restoreTask({ ...actor, taskId: task.id })).toMatchObject({ status: "ok" });
    expect((await taskState(task.id)).deletedAt).toBeNull();
    expect((await historyOf(org.id, task.id)).map((e) => e.action)).toEqual([
      "create",
      "delete",
      "restore",
    ]);
  });

  it("never touches another organisation's task", async () => {
    const { roadmap } = await createOrgWithRoadmap();
    const { org: other, user: intruder } = await createOrgWithMember("owner");
    const task = await db.task.findFirstOrThrow({
      where: { roadmapId: roadmap.id },
      select: { id: true, version: true },
    });
    const foreign = { orgId: other.id, actorId: intruder.id };
    expect(await setTaskDone({ ...foreign, taskId: task.id, done: true })).toEqual({
      status: "not_found",
    });
    expect(await deleteTask({ ...foreign, taskId: task.id })).toEqual({ status: "not_found" });
    expect(await restoreTask({ ...foreign, taskId: task.id })).toEqual({ status: "not_found" });
    expect(await moveTask({ ...foreign, taskId: task.id, move: "down" })).toEqual({
      status: "not_found",
    });
    expect(
      await updateTask({
        ...foreign,
        roadmapId: roadmap.id,
        taskId: task.id,
        data: { ...form, status: "done", version: task.version },
      }),
    ).toEqual({ status: "not_found" });
    expect(
      await createTask({ ...foreign, roadmapId: roadmap.id, phase: "pilot", data: form }),
    ).toEqual({ status: "not_found" });
    expect(
      await getTaskDetail({ orgId: other.id, roadmapId: roadmap.id, taskId: task.id }),
    ).toBeNull();
    expect(await taskState(task.id)).toMatchObject({
      status: "todo",
      deletedAt: null,
      version: task.version,
    });
  });
});

describe("getPhaseBoard", () => {
  it("shows the phase's tasks, filtered by owner and status", async () => {
    const { org, user, roadmap } = await createOrgWithRoadmap();
    const boardWith = (filter: Parameters<typeof getPhaseBoard>[0]["filter"]) =>
      getPhaseBoard({
        orgId: org.id,
        roadmapId: roadmap.id,
        phase: "pilot",
        filter,
        userId: user.id,
        today: "2026-03-30",
      });
    const board = await boardWith({});
    expect(board!.tasks.length).toBeGreaterThan(3);
    expect(board!.phase).toMatchObject({
      kind: "pilot",
      startDate: "2026-03-23",
      endDate: "2026-04-26",
    });
    expect(board!.phase.exitCriteria.length).toBeGreaterThan(0);
    expect(board!.people).toEqual([{ id: user.id, name: user.name, canOwnTasks: true }]);
    expect((await boardWith({ owner: "none" }))!.tasks).toEqual([]);
    expect((await boardWith({ status: "done" }))!.tasks).toEqual([]);
    // The template's tasks are the creator's; one of them done: the owner and status
    // filters find exactly what they name, in the board's order.
    const [first] = board!.tasks;
    await db.task.update({ where: { id: first![0] }, data: { status: "done" } });
    const mine = await boardWith({ owner: "me" });
    expect(mine!.tasks.map(([id, , , , , ownerId]) => [id, ownerId])).toEqual(
      board!.tasks.map(([id]) => [id, user.id]),
    );
    const mineDone = await boardWith({ owner: user.id, status: "done" });
    expect(mineDone!.tasks.map(([id, , status]) => [id, status])).toEqual([[first![0], "done"]]);
  });

  it("needs at most 4 database round trips for 300 tasks (5 with the session's)", async () => {
    const { org, user, roadmap } = await createOrgWithRoadmap();
    await db.task.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        orgId: org.id,
        roadmapId: roadmap.id,
        phaseId: roadmap.phaseIds.pilot,
        title: `Task ${i}`,
        dueDate: isoToUtcDate("2026-04-01"),
        position: 100 + i,
        ownerId: user.id,
      })),
    });
    const before = getRoundTrips();
    const board = await getPhaseBoard({
      orgId: org.id,
      roadmapId: roadmap.id,
      phase: "pilot",
      filter: {},
      userId: user.id,
      today: "2026-03-30",
    });
    expect(getRoundTrips() - before).toBeLessThanOrEqual(4);
    expect(board!.tasks.length).toBeGreaterThan(300);
  });

  it("does not reveal another organisation's roadmap", async () => {
    const { roadmap } = await createOrgWithRoadmap();
    const { org: other, user } = await createOrgWithMember("owner");
    expect(
      await getPhaseBoard({
        orgId: other.id,
        roadmapId: roadmap.id,
        phase: "pilot",
        filter: {},
        userId: user.id,
        today: "2026-03-30",
      }),
    ).toBeNull();
  });
});

describe("task detail and my tasks", () => {
  it("shows the history of a task, newest first, with who did it", async () => {
    const { org, user, roadmap, actor } = await createOrgWithRoadmap();
    const task = await db.task.findFirstOrThrow({
      where: { roadmapId: roadmap.id },
      select: { id: true },
    });
    await setTaskDone({ ...actor, taskId: task.id, done: true });
    await setTaskDone({ ...actor, taskId: task.id, done: false });
    const detail = await getTaskDetail({ orgId: org.id, roadmapId: roadmap.id, taskId: task.id });
    expect(detail!.history.map((h) => h.action)).toEqual(["reopen", "complete", "create"]);
    expect(detail!.history[0]!.actorName).toBe(user.name);
  });

  it("lists only the user's live tasks in this organisation", async () => {
    const { org, user, roadmap, actor } = await createOrgWithRoadmap();
    const mine = await listMyTasks({ orgId: org.id, userId: user.id });
    expect(mine.length).toBeGreaterThanOrEqual(20);
    await deleteTask({ ...actor, taskId: mine[0]!.id });
    expect((await listMyTasks({ orgId: org.id, userId: user.id })).map((t) => t.id)).not.toContain(
      mine[0]!.id,
    );
    await db.roadmap.update({ where: { id: roadmap.id }, data: { status: "archived" } });
    expect(await listMyTasks({ orgId: org.id, userId: user.id })).toEqual([]);
    const { org: other } = await createOrgWithMember("owner");
    expect(await listMyTasks({ orgId: other.id, userId: user.id })).toEqual([]);
  });
});
