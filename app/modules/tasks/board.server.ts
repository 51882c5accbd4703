import { listMembersByName, peopleOf } from "~/modules/members/queries.server";
import type { IsoDate } from "../calendar/dates";
import { computePhaseDates } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { summariseTasks } from "../roadmaps/progress";
import { defaultDueDate, dueDateChecker } from "./due-date";
import { boardTask, packBoardTasks } from "./board-tasks";
import { readBoardPhases, readBoardTasks } from "./queries.server";
import type { BoardFilter } from "./schema";

export type { BoardTask, PackedTask } from "./board-tasks";

export type { Person } from "~/modules/members/queries.server";

/**
 * Everything the phase board shows, scoped to the organisation: the roadmap with its
 * three phases (tabs, gates, exit criteria), the phase's tasks after the filters,
 * and the organisation's people (owners, filter, gate names). Three round trips
 * whatever the number of tasks; null when the roadmap is not the organisation's.
 */
export async function getPhaseBoard({
  orgId,
  roadmapId,
  phase,
  filter,
  userId,
  today,
}: {
  orgId: string;
  roadmapId: string;
  phase: PhaseKind;
  filter: BoardFilter;
  userId: string;
  today: IsoDate;
}) {
  const ownerId =
    filter.owner === "me" ? userId : filter.owner === "none" ? null : (filter.owner ?? undefined);
  const [frameRows, tasks, members] = await Promise.all([
    readBoardPhases({ orgId, roadmapId }),
    readBoardTasks({ orgId, roadmapId, phase, ownerId, status: filter.status }),
    listMembersByName(orgId),
  ]);
  // Every roadmap has its three phases: no row, no roadmap of this organisation.
  const roadmap = frameRows[0];
  if (!roadmap) return null;
  const span = { startDate: roadmap.startDate, lengthDays: roadmap.lengthDays };
  const { startDate } = span;
  const dates = computePhaseDates(span);
  const phases = dates.map((d) => {
    const row = frameRows.find((p) => p.kind === d.kind);
    const gateStatus = row?.gateStatus ?? "open";
    return {
      ...d,
      id: row?.id ?? null,
      goal: row?.goal ?? "",
      gateStatus,
      isGateOverdue: gateStatus !== "approved" && today > d.endDate,
      gateRequestedAt: row?.gateRequestedAt?.toISOString() ?? null,
      gateRequestedById: row?.gateRequestedById ?? null,
      gateDecidedAt: row?.gateDecidedAt?.toISOString() ?? null,
      gateDecidedById: row?.gateDecidedById ?? null,
      gateComment: row?.gateComment ?? "",
      exitCriteria: frameRows.flatMap((c) =>
        c.kind === d.kind && c.criterionId !== null
          ? [
              {
                id: c.criterionId,
                text: c.criterionText ?? "",
                isMet: c.criterionIsMet ?? false,
                version: c.criterionVersion ?? 1,
              },
            ]
          : [],
      ),
    };
  });
  const current = phases.find((p) => p.kind === phase)!;
  const placementOf = dueDateChecker(span, phase);
  const boardTasks = tasks.map((task, position) =>
    boardTask({ ...task, position }, placementOf, today),
  );
  const people = peopleOf(members);
  return {
    roadmap: {
      id: roadmap.roadmapId,
      title: roadmap.title,
      status: roadmap.roadmapStatus,
      startDate,
      lengthDays: span.lengthDays,
    },
    phases,
    phase: current,
    // Packed (see board-tasks.ts): the browser works out the rest.
    tasks: packBoardTasks(boardTasks),
    summary: summariseTasks(boardTasks, today),
    people,
    defaultDueDate: defaultDueDate(span, phase, today),
    today,
  };
}

export type PhaseBoard = NonNullable<Awaited<ReturnType<typeof getPhaseBoard>>>;
