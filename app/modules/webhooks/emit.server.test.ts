import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { addMember, createOrgWithRoadmap } from "~/test/factories";
import { requestGateApproval } from "../roadmaps/gates.server";
import { setRoadmapStatus } from "../roadmaps/status.server";
import { moveTask, setTaskDone } from "../tasks/status.server";
import { planTask } from "../tasks/tasks.server";
import { emitWebhook } from "./emit.server";
import type { WebhookPayload } from "./events";
import { createEndpoint, settleOtherDeliveries } from "./webhooks.test-helpers";

// Events come from the real module functions, in their transactions, scoped to the
// organisation; an organisation without endpoints pays one indexed read.

const HOOK = "https://hooks.example.com/in";
const payloads = async (endpointId: string) =>
  (
    await db.webhookDelivery.findMany({
      where: { endpointId },
      orderBy: { createdAt: "asc" },
      select: { payload: true },
    })
  ).map((d) => JSON.parse(d.payload) as WebhookPayload);

async function aTask(orgId: string) {
  return db.task.findFirstOrThrow({
    where: { orgId, status: { not: "done" } },
    select: { id: true, roadmapId: true, title: true, version: true, dueDate: true },
  });
}

describe("emitting webhooks from the modules", () => {
  beforeAll(settleOtherDeliveries);

  it("completing a task writes task.completed with the task's data", async () => {
    const { org, actor } = await createOrgWithRoadmap();
    const endpoint = await createEndpoint(org.id, HOOK, ["task.completed", "task.assigned"]);
    const task = await aTask(org.id);
    await setTaskDone({ ...actor, taskId: task.id, done: true });
    const [sent, ...more] = await payloads(endpoint.id);
    expect(more).toEqual([]);
    expect(sent).toMatchObject({
      event: "task.completed",
      orgSlug: org.slug,
      data: { id: task.id, roadmapId: task.roadmapId, title: task.title, status: "done" },
    });
    const data = sent!.data as Record<string, unknown>;
    expect(data.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(String(data.completedAt)).toISOString()).toBe(data.completedAt);
    expect(new Date(sent!.createdAt).toISOString()).toBe(sent!.createdAt);
    // Ticking it again changes nothing and emits nothing.
    await setTaskDone({ ...actor, taskId: task.id, done: true });
    expect(await payloads(endpoint.id)).toHaveLength(1);
  });

  it("moving a task to done on the board also completes it", async () => {
    const { org, actor } = await createOrgWithRoadmap();
    const endpoint = await createEndpoint(org.id, HOOK);
    const task = await aTask(org.id);
    await moveTask({ ...actor, taskId: task.id, placement: { status: "done", beforeId: null } });
    expect((await payloads(endpoint.id)).map((p) => p.event)).toEqual(["task.completed"]);
  });

  it("assigning a task writes task.assigned; other events only to those who chose them", async () => {
    const { org, actor } = await createOrgWithRoadmap();
    const assigned = await createEndpoint(org.id, HOOK, ["task.assigned"]);
    const gates = await createEndpoint(org.id, HOOK, ["gate.requested"]);
    const member = await addMember(org.id, "member");
    const task = await aTask(org.id);
    await planTask({
      ...actor,
      roadmapId: task.roadmapId,
      data: {
        taskId: task.id,
        ownerId: member.id,
        dueDate: task.dueDate.toISOString().slice(0, 10),
        priority: "high",
        version: task.version,
      },
    });
    const [sent] = await payloads(assigned.id);
    expect(sent).toMatchObject({
      event: "task.assigned",
      data: { id: task.id, owner: { id: member.id } },
    });
    expect(await payloads(gates.id)).toEqual([]);
    await requestGateApproval({ ...actor, roadmapId: task.roadmapId, phase: "analysis" });
    expect(await payloads(gates.id)).toMatchObject([
      { event: "gate.requested", data: { roadmapId: task.roadmapId, status: "requested" } },
    ]);
  });

  it("roadmap.completed and roadmap.started follow the roadmap's status", async () => {
    const { org, actor, roadmap } = await createOrgWithRoadmap();
    const endpoint = await createEndpoint(org.id, HOOK, ["roadmap.started", "roadmap.completed"]);
    await setRoadmapStatus({ ...actor, roadmapId: roadmap.id, to: "completed" });
    await setRoadmapStatus({ ...actor, roadmapId: roadmap.id, to: "active" }); // reopened
    await setRoadmapStatus({ ...actor, roadmapId: roadmap.id, to: "draft" });
    await setRoadmapStatus({ ...actor, roadmapId: roadmap.id, to: "active" });
    expect(
      (await payloads(endpoint.id)).map((p) => [p.event, (p.data as { id: string }).id]),
    ).toEqual([
      ["roadmap.completed", roadmap.id],
      ["roadmap.started", roadmap.id],
    ]);
  });

  it("organisation A's endpoint never gets organisation B's events", async () => {
    const a = await createOrgWithRoadmap();
    const b = await createOrgWithRoadmap();
    const endpointA = await createEndpoint(a.org.id, HOOK);
    const endpointB = await createEndpoint(b.org.id, HOOK);
    const taskB = await aTask(b.org.id);
    await setTaskDone({ ...b.actor, taskId: taskB.id, done: true });
    expect(await payloads(endpointA.id)).toEqual([]);
    expect(await payloads(endpointB.id)).toHaveLength(1);
    // The id of B's task, completed through A's scope: not found, nothing emitted.
    await setTaskDone({ ...a.actor, taskId: (await aTask(b.org.id)).id, done: true });
    expect(await payloads(endpointA.id)).toEqual([]);
  });

  it("without endpoints, emitting costs one read and writes nothing", async () => {
    const { org } = await createOrgWithRoadmap();
    const calls: string[] = [];
    let recordRead = false;
    await db.$transaction(async (tx) => {
      // Counts every model call emitWebhook makes on the transaction.
      const counted = new Proxy(tx, {
        get(target, model: string) {
          const delegate = Reflect.get(target, model) as object;
          return new Proxy(delegate, {
            get(d, op: string) {
              calls.push(`${model}.${op}`);
              return Reflect.get(d, op) as unknown;
            },
          });
        },
      });
      await emitWebhook(counted, {
        orgId: org.id,
        event: "task.completed",
        data: () => {
          recordRead = true;
          return Promise.resolve({});
        },
      });
    });
    expect(calls).toEqual(["webhookEndpoint.findMany"]);
    expect(recordRead).toBe(false);
    expect(await db.webhookDelivery.count({ where: { orgId: org.id } })).toBe(0);
  });

  it("a disabled endpoint gets nothing", async () => {
    const { org, actor } = await createOrgWithRoadmap();
    const endpoint = await createEndpoint(org.id, HOOK);
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false } });
    await setTaskDone({ ...actor, taskId: (await aTask(org.id)).id, done: true });
    expect(await payloads(endpoint.id)).toEqual([]);
  });
});
