import { listMembersByName } from "~/modules/members/queries.server";
import type { Role } from "~/lib/permissions";
import { todayIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { byUser, personLiteracy, teamCoverage, trainingStatuses } from "./coverage";
import type {
  AssignmentFact,
  CompletionFact,
  PersonLiteracy,
  TeamCoverage,
  TrainingStatus,
} from "./coverage";
import { readCountingCompletions, readLiteracyOverview, readUseCaseTeams } from "./queries.server";

export type Person = { userId: string; name: string; role: Role };

/** The organisation's members by user id (a removed member's records no longer count). */
async function loadMembers(orgId: string): Promise<Map<string, Person>> {
  const rows = await listMembersByName(orgId);
  return new Map(rows.map((r) => [r.id, { userId: r.id, name: r.name, role: r.role }]));
}

/** Completions of the counting topics (scoped twice: the completion's and the training's orgId). */
function loadCountingCompletions(orgId: string): Promise<CompletionFact[]> {
  return readCountingCompletions(orgId);
}

type TeamRow = { id: string; ownerId: string | null; team: { userId: string }[] };

/** Owner first, then the members by name; only people who are members of the organisation. */
function teamOf(row: TeamRow, members: Map<string, Person>): Person[] {
  const owner = row.ownerId ? members.get(row.ownerId) : undefined;
  const others = row.team
    .map((m) => members.get(m.userId))
    .filter((p): p is Person => p !== undefined && p.userId !== row.ownerId)
    .sort((a, b) => a.name.localeCompare(b.name, "de"));
  return owner ? [owner, ...others] : others;
}

export type UseCaseLiteracyCoverage = TeamCoverage;

/**
 * Art 4 evidence per use case: how many of its team (owner + UseCaseMember rows,
 * current members only) hold a valid counting training (see COUNTING_TOPICS), and
 * who lacks one. For the register, the report and the assessment. Scoped by orgId:
 * use cases, teams and completions of other organisations never count. A fixed
 * number of round trips, whatever the number of use cases; unknown ids are left out.
 */
export async function getLiteracyCoverage({
  orgId,
  useCaseIds,
  today,
}: {
  orgId: string;
  useCaseIds: readonly string[];
  today: IsoDate;
}): Promise<Record<string, UseCaseLiteracyCoverage>> {
  if (useCaseIds.length === 0) return {};
  const [useCases, members, completions] = await Promise.all([
    readUseCaseTeams({ orgId, useCaseIds }),
    loadMembers(orgId),
    loadCountingCompletions(orgId),
  ]);
  const trained = trainedSet(completions, today);
  const result: Record<string, UseCaseLiteracyCoverage> = {};
  for (const row of useCases) {
    result[row.id] = teamCoverage(teamOf(row, members), (id) => trained.has(id));
  }
  return result;
}

/** getLiteracyCoverage of one use case (the assessment's Art 4 obligation); null if unknown. */
export async function getUseCaseLiteracy({
  orgId,
  useCaseId,
  today = todayIso(),
}: {
  orgId: string;
  useCaseId: string;
  today?: IsoDate;
}): Promise<UseCaseLiteracyCoverage | null> {
  const coverage = await getLiteracyCoverage({ orgId, useCaseIds: [useCaseId], today });
  return coverage[useCaseId] ?? null;
}

function trainedSet(completions: CompletionFact[], today: IsoDate): Set<string> {
  const trained = new Set<string>();
  for (const [userId, list] of byUser(completions)) {
    if (personLiteracy(list, today).state === "trained") trained.add(userId);
  }
  return trained;
}

export type TeamMemberLiteracy = Person & {
  isOwner: boolean;
  literacy: PersonLiteracy;
  /** Not trained, but a counting training is in the plan: its (earliest) due date. */
  plannedBy: IsoDate | null;
};

/**
 * The use case page's team section, from what its statement reads (getUseCasePage): its
 * people (owner first, then by name; only members of the organisation) with their
 * literacy and planned training, the members who could join, and the coverage.
 */
export function teamSection({
  useCase,
  members,
  completions,
  planned,
  today,
}: {
  useCase: TeamRow;
  members: Map<string, Person>;
  completions: CompletionFact[];
  /** Counting trainings in the plan, earliest due first. */
  planned: readonly { userId: string; dueDate: IsoDate }[];
  today: IsoDate;
}) {
  const perUser = byUser(completions);
  const plannedBy = new Map<string, IsoDate>();
  for (const p of planned) if (!plannedBy.has(p.userId)) plannedBy.set(p.userId, p.dueDate);
  const team: TeamMemberLiteracy[] = teamOf(useCase, members).map((p) => {
    const literacy = personLiteracy(perUser.get(p.userId) ?? [], today);
    return {
      ...p,
      isOwner: p.userId === useCase.ownerId,
      literacy,
      plannedBy: literacy.state === "trained" ? null : (plannedBy.get(p.userId) ?? null),
    };
  });
  const onTeam = new Set(team.map((p) => p.userId));
  const candidates = [...members.values()]
    .filter((p) => !onTeam.has(p.userId))
    .sort((a, b) => a.name.localeCompare(b.name, "de"))
    .map((p) => ({ id: p.userId, name: p.name }));
  return {
    team,
    candidates,
    coverage: teamCoverage(
      team,
      (id) => team.find((p) => p.userId === id)?.literacy.state === "trained",
    ),
  };
}
export type UseCaseTeam = ReturnType<typeof teamSection>;

export type MemberCoverage = Person & {
  literacy: PersonLiteracy;
  trainings: (TrainingStatus & { title: string })[];
};

/**
 * The coverage page: per member their Art 4 state and what is done, due or expired
 * per training; per active use case its team coverage; counts for the summary.
 * Scoped by orgId. Two round trips (the members, and their records with the use
 * cases' teams), whatever the organisation's size.
 */
export async function getLiteracyOverview({ orgId, today }: { orgId: string; today: IsoDate }) {
  const [members, rows] = await Promise.all([loadMembers(orgId), readLiteracyOverview(orgId)]);
  const titles = new Map<string, string>();
  const completionRows: CompletionFact[] = [];
  const assignmentRows: AssignmentFact[] = [];
  const teams = new Map<string, TeamRow & { title: string }>();
  for (const row of rows) {
    if (row.kind === 0) {
      titles.set(row.trainingId, row.title);
      completionRows.push({
        userId: row.userId,
        trainingId: row.trainingId,
        topic: row.topic,
        completedOn: row.day,
        validityMonths: row.validityMonths,
      });
    } else if (row.kind === 1) {
      titles.set(row.trainingId, row.title);
      assignmentRows.push({
        id: row.id,
        userId: row.userId,
        trainingId: row.trainingId,
        dueDate: row.day,
        taskId: row.taskId,
      });
    } else {
      const team = teams.get(row.id) ?? {
        id: row.id,
        title: row.title,
        ownerId: row.ownerId,
        team: [],
      };
      if (row.userId) team.team.push({ userId: row.userId });
      teams.set(row.id, team);
    }
  }
  const useCases = [...teams.values()];
  const completions = byUser(completionRows);
  const assignments = byUser(assignmentRows);
  const order: Record<Role, number> = { owner: 0, manager: 1, member: 2, viewer: 3 };
  const people: MemberCoverage[] = [...members.values()]
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
    // Use cases with a team first: those are the ones whose evidence can be read.
    useCases: useCases
      .map((u) => ({
        id: u.id,
        title: u.title,
        coverage: teamCoverage(teamOf(u, members), (id) => trained.has(id)),
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
export type LiteracyOverview = Awaited<ReturnType<typeof getLiteracyOverview>>;
