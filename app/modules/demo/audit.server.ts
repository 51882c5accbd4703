import type { Db } from "~/lib/db.server";
import { addDaysIso, isoToUtcDate, utcDateToIso } from "~/modules/calendar/dates";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** A calendar day at a time of day in Berlin (winter time is close enough for a demo). */
const at = (day: string, hour: number, minute = 0) =>
  new Date(isoToUtcDate(day).getTime() + ((hour - 1) * 60 + minute) * 60_000);

/**
 * The demo organisation's audit log as if people had done the work in the app: the
 * template's tasks planned a few days before the start, tasks ticked off on the day
 * they were done, measurements recorded on their day, the first gate requested and
 * approved. The demo writes its rows directly, so without this its log would show
 * only the moment the seed ran.
 */
export async function narrateDemoAudit(
  tx: Tx,
  input: { orgId: string; startDate: string; planner: string },
) {
  const { orgId, startDate } = input;
  await tx.auditEvent.updateMany({
    where: { orgId },
    data: { createdAt: at(addDaysIso(startDate, -4), 9, 30) },
  });

  const [done, measurements, phases] = await Promise.all([
    tx.task.findMany({
      where: { orgId, status: "done" },
      select: { id: true, completedAt: true, completedById: true },
    }),
    tx.kpiMeasurement.findMany({
      where: { orgId },
      select: { id: true, kpiId: true, value: true, date: true, note: true, recordedById: true },
    }),
    tx.phase.findMany({
      where: { orgId, gateStatus: "approved" },
      select: {
        id: true,
        gateRequestedAt: true,
        gateRequestedById: true,
        gateDecidedAt: true,
        gateDecidedById: true,
        gateComment: true,
      },
    }),
  ]);

  const events = [
    ...done.map((task, i) => ({
      orgId,
      actorId: task.completedById,
      entity: "task",
      entityId: task.id,
      action: "complete",
      before: { status: i % 3 === 0 ? "todo" : "in_progress" },
      after: { status: "done" },
      createdAt: at(utcDateToIso(task.completedAt!), 14, (i * 7) % 60),
    })),
    ...measurements.map((m, i) => ({
      orgId,
      actorId: m.recordedById,
      entity: "kpi_measurement",
      entityId: m.id,
      action: "record",
      after: { kpiId: m.kpiId, value: m.value, date: utcDateToIso(m.date), note: m.note },
      createdAt: at(utcDateToIso(m.date), 16, (i * 11) % 60),
    })),
    ...phases.flatMap((p) => [
      {
        orgId,
        actorId: p.gateRequestedById,
        entity: "gate",
        entityId: p.id,
        action: "request",
        before: { gateStatus: "open" },
        after: { gateStatus: "requested" },
        createdAt: at(utcDateToIso(p.gateRequestedAt!), 11),
      },
      {
        orgId,
        actorId: p.gateDecidedById,
        entity: "gate",
        entityId: p.id,
        action: "approve",
        before: { gateStatus: "requested" },
        after: { gateStatus: "approved", comment: p.gateComment },
        createdAt: at(utcDateToIso(p.gateDecidedAt!), 10, 15),
      },
    ]),
  ];
  await tx.auditEvent.createMany({ data: events });
}
