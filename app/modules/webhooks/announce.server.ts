import type { Prisma } from "~/lib/db.server";
import { emitWebhook } from "./emit.server";
import {
  assessmentRecord,
  gateRecord,
  measurementRecord,
  roadmapRecord,
  taskRecord,
} from "./records.server";

// What the domain modules call, inside their transactions, after the change and its audit
// event: one line per place an event happens. Each reads its record only when an endpoint
// of the organisation wants the event (emitWebhook).

type Tx = Prisma.TransactionClient;

export const emitTaskCompleted = (tx: Tx, orgId: string, taskId: string) =>
  emitWebhook(tx, { orgId, event: "task.completed", data: () => taskRecord(tx, orgId, taskId) });

export const emitTaskAssigned = (tx: Tx, orgId: string, taskId: string) =>
  emitWebhook(tx, { orgId, event: "task.assigned", data: () => taskRecord(tx, orgId, taskId) });

export const emitGate = (
  tx: Tx,
  orgId: string,
  event: "gate.requested" | "gate.decided",
  phaseId: string,
) => emitWebhook(tx, { orgId, event, data: () => gateRecord(tx, orgId, phaseId) });

export const emitMeasurementRecorded = (tx: Tx, orgId: string, measurementId: string) =>
  emitWebhook(tx, {
    orgId,
    event: "measurement.recorded",
    data: () => measurementRecord(tx, orgId, measurementId),
  });

export const emitAssessmentCompleted = (tx: Tx, orgId: string, assessmentId: string) =>
  emitWebhook(tx, {
    orgId,
    event: "assessment.completed",
    data: () => assessmentRecord(tx, orgId, assessmentId),
  });

/** roadmap.started when a draft becomes active; roadmap.completed when it is completed. */
export function emitRoadmapStatus(
  tx: Tx,
  orgId: string,
  roadmapId: string,
  change: { from: string; to: string },
) {
  const event =
    change.to === "completed"
      ? "roadmap.completed"
      : change.to === "active" && change.from === "draft"
        ? "roadmap.started"
        : null;
  if (!event) return Promise.resolve(0);
  return emitWebhook(tx, { orgId, event, data: () => roadmapRecord(tx, orgId, roadmapId) });
}
