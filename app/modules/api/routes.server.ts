import type { z } from "zod";
import type { Action } from "~/lib/permissions";
import {
  CreateTask,
  Kpi,
  KpiDetail,
  MeasurementBatch,
  MeasurementBatchResult,
  page,
  RegisterEntry,
  Roadmap,
  RoadmapDetail,
  Task,
  UpdateTask,
  UseCase,
} from "./contract";
import type { ApiCall } from "./handler.server";
import { jsonResponse } from "./problem.server";
import {
  listKpisApi,
  listRoadmapsApi,
  listTasksApi,
  listUseCasesApi,
  readKpiApi,
  readRegisterApi,
  readRoadmapApi,
  readTaskApi,
  readUseCaseApi,
} from "./read.server";
import {
  completeTaskApi,
  createTaskApi,
  recordMeasurementsApi,
  updateTaskApi,
} from "./write.server";

// Every operation of the API (v1) in one table: the route module (routes/api/v1.ts)
// dispatches by it, and the OpenAPI document (openapi.server.ts) is generated from it,
// so the reference cannot miss a route or list one that does not exist.

export type QueryParam = { name: string; description: string; schema: Record<string, unknown> };

export type ApiOperation = {
  summary: string;
  tag: "Roadmaps" | "Tasks" | "KPIs" | "Use cases";
  /** The permission a token's scope must give (read: a viewer's, read_write: a manager's). */
  may: Action;
  query?: QueryParam[];
  body?: z.ZodType;
  /** The success answer: its status and schema. */
  ok: { status: 200 | 201; schema: z.ZodType };
  /** The errors this operation answers besides 401, 403, 429 (documented for each). */
  errors: (400 | 404 | 409 | 413 | 415 | 422)[];
  idempotent?: boolean;
  run: (call: ApiCall, ids: Record<string, string>) => Promise<Response>;
};

export type ApiRoute = {
  /** OpenAPI path under /api/v1, with {param} segments. */
  path: string;
  methods: Partial<Record<"GET" | "POST" | "PATCH", ApiOperation>>;
};

const LIST_QUERY: QueryParam[] = [
  {
    name: "limit",
    description: "Items a page, 1–200 (default 50)",
    schema: { type: "integer", minimum: 1, maximum: 200 },
  },
  { name: "cursor", description: "The `next` of the previous page", schema: { type: "string" } },
];
const day = { type: "string", format: "date" };

const json = (body: unknown, status = 200) => Promise.resolve(jsonResponse(body, status));

export const API_ROUTES: ApiRoute[] = [
  {
    path: "/roadmaps",
    methods: {
      GET: {
        summary: "List the organisation's roadmaps",
        tag: "Roadmaps",
        may: "report:read",
        query: LIST_QUERY,
        ok: { status: 200, schema: page(Roadmap, "RoadmapPage") },
        errors: [400],
        run: async (call) => json(await listRoadmapsApi(call.actor.orgId, call.url)),
      },
    },
  },
  {
    path: "/roadmaps/{roadmapId}",
    methods: {
      GET: {
        summary: "Read a roadmap with its phases and gates",
        tag: "Roadmaps",
        may: "report:read",
        ok: { status: 200, schema: RoadmapDetail },
        errors: [404],
        run: async (call, ids) => json(await readRoadmapApi(call.actor.orgId, ids.roadmapId!)),
      },
    },
  },
  {
    path: "/tasks",
    methods: {
      GET: {
        summary: "List tasks, filtered",
        tag: "Tasks",
        may: "report:read",
        query: [
          ...LIST_QUERY,
          { name: "roadmapId", description: "Only this roadmap's", schema: { type: "string" } },
          {
            name: "phase",
            description: "analysis, pilot or scale",
            schema: { type: "string", enum: ["analysis", "pilot", "scale"] },
          },
          {
            name: "status",
            description: "todo, in_progress, blocked or done",
            schema: { type: "string", enum: ["todo", "in_progress", "blocked", "done"] },
          },
          { name: "ownerId", description: "Only this person's", schema: { type: "string" } },
          { name: "dueBefore", description: "Due on or before this day", schema: day },
          { name: "dueAfter", description: "Due on or after this day", schema: day },
        ],
        ok: { status: 200, schema: page(Task, "TaskPage") },
        errors: [400],
        run: async (call) => json(await listTasksApi(call.actor.orgId, call.url)),
      },
      POST: {
        summary: "Create a task at the end of a phase's to-do column",
        tag: "Tasks",
        may: "task:create",
        body: CreateTask,
        ok: { status: 201, schema: Task },
        errors: [400, 404, 413, 415, 422],
        run: (call) => createTaskApi(call),
      },
    },
  },
  {
    path: "/tasks/{taskId}",
    methods: {
      GET: {
        summary: "Read a task",
        tag: "Tasks",
        may: "report:read",
        ok: { status: 200, schema: Task },
        errors: [404],
        run: async (call, ids) => json(await readTaskApi(call.actor.orgId, ids.taskId!)),
      },
      PATCH: {
        summary:
          "Update a task (send the version you read; a stale one gets 409 with the current task)",
        tag: "Tasks",
        may: "task:update",
        body: UpdateTask,
        ok: { status: 200, schema: Task },
        errors: [400, 404, 409, 413, 415, 422],
        run: (call, ids) => updateTaskApi(call, ids.taskId!),
      },
    },
  },
  {
    path: "/tasks/{taskId}/complete",
    methods: {
      POST: {
        summary: "Tick a task off (done); a done task stays done",
        tag: "Tasks",
        may: "task:complete",
        ok: { status: 200, schema: Task },
        errors: [404],
        run: (call, ids) => completeTaskApi(call, ids.taskId!),
      },
    },
  },
  {
    path: "/kpis",
    methods: {
      GET: {
        summary: "List KPIs",
        tag: "KPIs",
        may: "report:read",
        query: [
          ...LIST_QUERY,
          { name: "roadmapId", description: "Only this roadmap's", schema: { type: "string" } },
        ],
        ok: { status: 200, schema: page(Kpi, "KpiPage") },
        errors: [400],
        run: async (call) => json(await listKpisApi(call.actor.orgId, call.url)),
      },
    },
  },
  {
    path: "/kpis/{kpiId}",
    methods: {
      GET: {
        summary: "Read a KPI with its newest 500 measurements",
        tag: "KPIs",
        may: "report:read",
        ok: { status: 200, schema: KpiDetail },
        errors: [404],
        run: async (call, ids) => json(await readKpiApi(call.actor.orgId, ids.kpiId!)),
      },
    },
  },
  {
    path: "/kpis/{kpiId}/measurements",
    methods: {
      POST: {
        summary: "Record one measurement, or a batch of up to 500 (all or none)",
        tag: "KPIs",
        may: "measurement:record",
        body: MeasurementBatch,
        ok: { status: 201, schema: MeasurementBatchResult },
        errors: [400, 404, 413, 415, 422],
        idempotent: true,
        run: (call, ids) => recordMeasurementsApi(call, ids.kpiId!),
      },
    },
  },
  {
    path: "/use-cases",
    methods: {
      GET: {
        summary: "List use cases with their newest assessment",
        tag: "Use cases",
        may: "report:read",
        query: LIST_QUERY,
        ok: { status: 200, schema: page(UseCase, "UseCasePage") },
        errors: [400],
        run: async (call) => json(await listUseCasesApi(call.actor.orgId, call.url)),
      },
    },
  },
  {
    path: "/use-cases/{useCaseId}",
    methods: {
      GET: {
        summary: "Read a use case with its newest assessment",
        tag: "Use cases",
        may: "report:read",
        ok: { status: 200, schema: UseCase },
        errors: [404],
        run: async (call, ids) => json(await readUseCaseApi(call.actor.orgId, ids.useCaseId!)),
      },
    },
  },
  {
    path: "/register",
    methods: {
      GET: {
        summary: "The AI register: every use case with its risk tier, roles and documentation",
        tag: "Use cases",
        may: "report:read",
        ok: { status: 200, schema: page(RegisterEntry, "RegisterPage") },
        errors: [],
        run: async (call) => json(await readRegisterApi(call.actor.orgId)),
      },
    },
  },
];

/** The route and its path parameters for a path under /api/v1, or null. */
export function matchApiRoute(
  path: string,
): { route: ApiRoute; ids: Record<string, string> } | null {
  const parts = path.split("/").filter(Boolean);
  for (const route of API_ROUTES) {
    const pattern = route.path.split("/").filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const ids: Record<string, string> = {};
    const matches = pattern.every((segment, i) => {
      const name = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (name) {
        if (!/^[A-Za-z0-9_-]{1,100}$/.test(parts[i]!)) return false;
        ids[name] = parts[i]!;
        return true;
      }
      return segment === parts[i];
    });
    if (matches) return { route, ids };
  }
  return null;
}
