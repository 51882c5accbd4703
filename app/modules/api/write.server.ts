import { createHash } from "node:crypto";
import { db } from "~/lib/db.server";
import { isUniqueViolation } from "~/lib/db-errors";
import { spanOf } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { RecordMeasurementSchema } from "../kpis/schema";
import { recordMeasurementIn } from "../kpis/measurements.server";
import { mailQueued } from "../mail/outbox.server";
import { createTaskSchema, updateTaskSchema } from "../tasks/schema";
import { createTask, updateTask } from "../tasks/tasks.server";
import type { TaskWriteResult } from "../tasks/tasks.server";
import { setTaskDone } from "../tasks/status.server";
import { CreateTask, MeasurementBatch, UpdateTask } from "./contract";
import type { ApiCall } from "./handler.server";
import { parseBody, readJson } from "./handler.server";
import { ApiProblem, apiT as t, jsonResponse } from "./problem.server";
import type { FieldError } from "./problem.server";
import { MEASUREMENT_SELECT, measurementOut, readTaskApi } from "./read.server";

// The API's writes (v1): each goes through the module function the page's action calls,
// after the same form schema, so the rules, the audit event (naming the token), the
// notifications and the version check are the pages' own.

async function roadmapSpan(orgId: string, roadmapId: string) {
  const roadmap = await db.roadmap.findFirst({
    where: { id: roadmapId, orgId },
    select: { startDate: true, lengthDays: true },
  });
  if (!roadmap) throw new ApiProblem("not_found", "No such roadmap in this organisation.");
  return spanOf(roadmap);
}

function taskOutcome(result: TaskWriteResult): string {
  if (result.status === "ok") return result.taskId;
  if (result.status === "not_found") throw new ApiProblem("not_found");
  if (result.status === "invalid_owner")
    throw new ApiProblem("validation", undefined, {
      errors: [{ field: "ownerId", message: t("tasks.errors.invalidOwner") }],
    });
  throw new ApiProblem("conflict");
}

export async function createTaskApi(call: ApiCall): Promise<Response> {
  const body = await readJsonObject(call);
  const head = CreateTask.pick({ roadmapId: true, phase: true }).safeParse(body);
  if (!head.success)
    throw new ApiProblem("validation", undefined, {
      errors: head.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })),
    });
  const span = await roadmapSpan(call.actor.orgId, head.data.roadmapId);
  const data = parseBody(body, CreateTask, createTaskSchema(span));
  const result = await createTask({
    ...call.actor,
    roadmapId: head.data.roadmapId,
    phase: head.data.phase as PhaseKind,
    data,
  });
  const taskId = taskOutcome(result);
  return jsonResponse(await readTaskApi(call.actor.orgId, taskId), 201, {
    Location: `/api/v1/tasks/${taskId}`,
  });
}

export async function updateTaskApi(call: ApiCall, taskId: string): Promise<Response> {
  const body = await readJsonObject(call);
  const task = await db.task.findFirst({
    where: { id: taskId, orgId: call.actor.orgId, deletedAt: null },
    select: { roadmapId: true, roadmap: { select: { startDate: true, lengthDays: true } } },
  });
  if (!task) throw new ApiProblem("not_found");
  const data = parseBody(body, UpdateTask, updateTaskSchema(spanOf(task.roadmap)));
  const result = await updateTask({ ...call.actor, roadmapId: task.roadmapId, taskId, data });
  if (result.status === "conflict")
    throw new ApiProblem("conflict", undefined, {
      current: await readTaskApi(call.actor.orgId, taskId),
    });
  taskOutcome(result);
  return jsonResponse(await readTaskApi(call.actor.orgId, taskId));
}

export async function completeTaskApi(call: ApiCall, taskId: string): Promise<Response> {
  const result = await setTaskDone({ ...call.actor, taskId, done: true });
  mailQueued();
  if (result.status === "not_found") throw new ApiProblem("not_found");
  return jsonResponse(await readTaskApi(call.actor.orgId, taskId));
}

async function readJsonObject(call: ApiCall): Promise<Record<string, unknown>> {
  const body = await readJson(call.request);
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new ApiProblem("bad_request", "The body must be a JSON object.");
  return body as Record<string, unknown>;
}

// ── Measurements: a batch of up to 500, all or none, idempotent with Idempotency-Key ──

const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

/** A stored answer to the same key, or a 422 when the key came with another request. */
async function replay(orgId: string, key: string, fingerprint: string) {
  const stored = await db.apiIdempotencyKey.findUnique({
    where: { orgId_key: { orgId, key } },
    select: { fingerprint: true, status: true, body: true },
  });
  if (!stored) return null;
  if (stored.fingerprint !== fingerprint) throw new ApiProblem("idempotency_mismatch");
  return new Response(stored.body, {
    status: stored.status,
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
      "Idempotent-Replayed": "true",
    },
  });
}

export async function recordMeasurementsApi(call: ApiCall, kpiId: string): Promise<Response> {
  const { orgId } = call.actor;
  const key = call.request.headers.get("Idempotency-Key");
  if (key !== null && !KEY_SHAPE.test(key))
    throw new ApiProblem("bad_request", "Idempotency-Key: 1–255 visible ASCII characters.");
  const raw = await readJsonObject(call);
  // One measurement or a batch: { measurements: [...] }.
  const body = "measurements" in raw ? raw : { measurements: [raw] };
  const fingerprint = createHash("sha256")
    .update(`POST ${call.url.pathname}\n${JSON.stringify(body)}`)
    .digest("hex");
  if (key) {
    const earlier = await replay(orgId, key, fingerprint);
    if (earlier) return earlier;
  }
  const shaped = MeasurementBatch.safeParse(body);
  if (!shaped.success)
    throw new ApiProblem("validation", undefined, {
      errors: shaped.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })),
    });
  const inputs = shaped.data.measurements.map((item, index) =>
    parseBody(
      item,
      MeasurementBatch.shape.measurements.element,
      RecordMeasurementSchema,
      `measurements.${index}.`,
    ),
  );
  try {
    const answer = await db.$transaction(
      async (tx) => {
        if (key)
          await tx.apiIdempotencyKey.create({
            data: { orgId, key, fingerprint, status: 0, body: "" },
          });
        const ids: string[] = [];
        const errors: FieldError[] = [];
        for (const [index, input] of inputs.entries()) {
          const result = await recordMeasurementIn(tx, {
            ...call.actor,
            kpiId,
            input: { ...input, sameDay: input.sameDay ?? "replace", confirmOutlier: true },
          });
          if (result.status === "not_found")
            throw new ApiProblem("not_found", "No KPI with manual measurements here.");
          if (result.status === "invalid") {
            for (const [field, problem] of Object.entries(result.fieldErrors))
              errors.push({
                field: `measurements.${index}.${field}`,
                message: t(problem.key, { earliest: problem.earliest ?? "" }),
              });
          } else if (result.status === "recorded") ids.push(result.id);
        }
        if (errors.length > 0) throw new ApiProblem("validation", undefined, { errors });
        const rows = await tx.kpiMeasurement.findMany({
          where: { orgId, id: { in: ids } },
          orderBy: [{ date: "asc" }, { createdAt: "asc" }],
          select: MEASUREMENT_SELECT,
        });
        const text = JSON.stringify({
          kpiId,
          recorded: ids.length,
          measurements: rows.map(measurementOut),
        });
        if (key)
          await tx.apiIdempotencyKey.update({
            where: { orgId_key: { orgId, key } },
            data: { status: 201, body: text },
          });
        return text;
      },
      { timeout: 60_000 },
    );
    return new Response(answer, {
      status: 201,
      headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
    });
  } catch (error) {
    // The same key sent twice at once: the other request committed first; answer as it did.
    if (key && isUniqueViolation(error)) {
      const earlier = await replay(orgId, key, fingerprint);
      if (earlier) return earlier;
    }
    throw error;
  }
}
