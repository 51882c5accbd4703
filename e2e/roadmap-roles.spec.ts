// The role matrix for the roadmap and task actions (the shared e2e/role-matrix.spec.ts
// covers the organisation's own actions): every mutation × {owner, manager, member,
// viewer, designated viewer, non-member, anonymous}. Allowed roles get a success
// (2xx/3xx), other members 403, non-members 404, anonymous visitors the sign-in page.
// Each cell runs in a fresh organisation; the members act with sessions made in the
// database (signing in is not under test here).
import type { APIRequestContext } from "@playwright/test";
import { addDaysIso, todayIso } from "../app/modules/calendar/dates";
import { createCompletedReview, createTestOrg, e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import { apiAsActor, expect, ORIGIN, test } from "./fixtures";

type Org = TestOrg & { roadmapId: string };
type Mutation = {
  action: string;
  path: (o: Org) => string | Promise<string>;
  form: (o: Org) => Promise<Record<string, string>> | Record<string, string>;
};

const base = (o: Org) => `/o/${o.org.slug}/roadmaps/${o.roadmapId}`;
const board = (o: Org) => `${base(o)}/phases/analysis`;
// The shared action routes: a task's status (ticks and moves from the board, the task's
// page and "My tasks") and a phase's gate (criteria, request, decision).
const gate = (o: Org) => `${board(o)}/gate`;
const taskStatus = async (o: Org) => `${base(o)}/tasks/${(await anyTask(o)).id}/status`;
async function anyTask(o: Org) {
  return e2eDb().task.findFirstOrThrow({
    where: { roadmapId: o.roadmapId, phase: { kind: "analysis" } },
    select: { id: true, title: true, version: true },
  });
}
async function criterion(o: Org) {
  return e2eDb().exitCriterion.findFirstOrThrow({
    where: { orgId: o.org.id, phase: { kind: "analysis" } },
    select: { id: true },
  });
}
async function requested(o: Org) {
  await e2eDb().phase.updateMany({
    where: { roadmapId: o.roadmapId, kind: "analysis" },
    data: { gateStatus: "requested", gateRequestedAt: new Date() },
  });
}

const MUTATIONS: Mutation[] = [
  {
    action: "roadmap:create",
    path: (o) => `/o/${o.org.slug}/roadmaps/new`,
    form: () => ({
      mode: "blank",
      title: "Zweiter Fahrplan",
      startDate: addDaysIso(todayIso(), 7),
      locale: "de",
    }),
  },
  {
    action: "roadmap:update",
    path: (o) => `${base(o)}/edit`,
    form: async (o) => {
      const r = await e2eDb().roadmap.findUniqueOrThrow({ where: { id: o.roadmapId } });
      return {
        title: "Umbenannt",
        startDate: r.startDate.toISOString().slice(0, 10),
        plannedBudget: "0",
        version: String(r.version),
      };
    },
  },
  { action: "roadmap:status", path: base, form: () => ({ status: "draft" }) },
  {
    action: "roadmap:update (next roadmap)",
    path: (o) => `${base(o)}/next`,
    form: async (o) => {
      await createCompletedReview(o);
      return { startDate: addDaysIso(todayIso(), 90), lengthDays: "90", title: "Zweiter Fahrplan" };
    },
  },
  {
    action: "task:create",
    path: board,
    form: async (o) => {
      const r = await e2eDb().roadmap.findUniqueOrThrow({ where: { id: o.roadmapId } });
      return { intent: "create", title: "Neu", dueDate: r.startDate.toISOString().slice(0, 10) };
    },
  },
  {
    action: "task:update",
    path: taskStatus,
    form: () => ({ intent: "move", move: "status:blocked" }),
  },
  {
    action: "task:update (drag and drop)",
    path: taskStatus,
    form: () => ({ intent: "place", status: "in_progress" }),
  },
  {
    action: "task:update (detail form)",
    path: async (o) => `${base(o)}/tasks/${(await anyTask(o)).id}`,
    form: async (o) => {
      const task = await e2eDb().task.findFirstOrThrow({
        where: { id: (await anyTask(o)).id },
        select: { title: true, dueDate: true, version: true },
      });
      return {
        intent: "save",
        title: `${task.title} (geändert)`,
        dueDate: task.dueDate.toISOString().slice(0, 10),
        priority: "high",
        status: "in_progress",
        version: String(task.version),
      };
    },
  },
  {
    action: "task:complete",
    path: taskStatus,
    form: () => ({ intent: "complete", done: "true" }),
  },
  {
    // "My tasks" and the task's page tick off through the same route; reopening too.
    action: "task:complete (reopen)",
    path: taskStatus,
    form: async (o) => {
      await e2eDb().task.update({
        where: { id: (await anyTask(o)).id },
        data: { status: "done", completedAt: new Date() },
      });
      return { intent: "complete", done: "false" };
    },
  },
  {
    action: "task:delete",
    path: board,
    form: async (o) => ({ intent: "delete", taskId: (await anyTask(o)).id }),
  },
  { action: "gate:request", path: gate, form: () => ({ intent: "gate-request" }) },
  {
    action: "gate:approve",
    path: gate,
    form: async (o) => {
      await requested(o);
      return { intent: "gate-decide", decision: "approve", comment: "" };
    },
  },
  {
    action: "phase:update",
    path: gate,
    form: async (o) => ({
      intent: "criterion-toggle",
      criterionId: (await criterion(o)).id,
      isMet: "true",
      version: "1",
    }),
  },
  {
    action: "learning:create",
    path: (o) => `${base(o)}/learnings`,
    form: () => ({ phase: "analysis", kind: "went_well", text: "Gut" }),
  },
  {
    action: "budget:update",
    path: (o) => `${base(o)}/budget`,
    form: () => ({ intent: "add", phase: "pilot", label: "Lizenzen", planned: "100", actual: "0" }),
  },
];

/** Who may do what. Written out, not derived from app/lib/permissions.ts. */
type Actor = "owner" | "manager" | "member" | "viewer" | "approver" | "non-member" | "anonymous";
const MANAGERS: Actor[] = ["owner", "manager"];
const EXPECTED: Record<string, Actor[]> = {
  "roadmap:create": MANAGERS,
  "roadmap:update": MANAGERS,
  "roadmap:status": MANAGERS,
  "roadmap:update (next roadmap)": MANAGERS,
  "task:create": MANAGERS,
  "task:update": MANAGERS,
  "task:update (drag and drop)": MANAGERS,
  "task:update (detail form)": MANAGERS,
  "task:complete": [...MANAGERS, "member"],
  "task:complete (reopen)": [...MANAGERS, "member"],
  "task:delete": MANAGERS,
  "gate:request": MANAGERS,
  "gate:approve": ["owner", "approver"],
  "phase:update": MANAGERS,
  "learning:create": [...MANAGERS, "member"],
  "budget:update": MANAGERS,
};
const ROWS = MUTATIONS;
const ACTORS: Actor[] = [
  "owner",
  "manager",
  "member",
  "viewer",
  "approver",
  "non-member",
  "anonymous",
];

/** The approver is the viewer, allowed to approve gates. */
async function apiFor(actor: Actor, org: Org): Promise<APIRequestContext> {
  if (actor !== "approver") return apiAsActor(org, actor);
  await e2eDb().membership.updateMany({
    where: { orgId: org.org.id, userId: org.users.viewer.id },
    data: { canApproveGates: true },
  });
  return apiAsActor(org, "viewer");
}

test("every roadmap mutation has a row in the expected table", () => {
  expect(ROWS.map((m) => m.action).sort()).toEqual(Object.keys(EXPECTED).sort());
});

for (const mutation of ROWS) {
  test.describe(mutation.action, () => {
    for (const actor of ACTORS) {
      test(actor, async () => {
        const created = await createTestOrg({ withRoadmap: true });
        const org = { ...created, roadmapId: created.roadmapId! };
        const api = await apiFor(actor, org);
        const response = await api.post(await mutation.path(org), {
          form: await mutation.form(org),
          headers: { Origin: ORIGIN },
          maxRedirects: 0,
        });
        const status = response.status();
        if (actor === "anonymous") {
          expect(status).toBe(302);
          expect(response.headers()["location"]).toMatch(/^\/sign-in/);
        } else if (actor === "non-member") {
          expect(status).toBe(404);
        } else if (EXPECTED[mutation.action]!.includes(actor)) {
          expect(status, await response.text()).toBeLessThan(400);
        } else {
          expect(status).toBe(403);
        }
        await api.dispose();
      });
    }
  });
}
