// What the soak works on: the demo organisation of a fresh SQLite file (its
// roadmap, phases, tasks and manual KPIs, read straight from the file) and the
// signed-in sessions of its people.
import Database from "better-sqlite3";
import { DEMO_ORG, DEMO_PASSWORD, DEMO_USERS } from "../../app/modules/demo/people";
import { readDemoRoadmap, signIn } from "../ops-lib";

export type Session = { email: string; role: string; cookie: string };
export type Kpi = { id: string; low: number; high: number; earliest: string };
export type TaskState = { id: string; roadmapId: string; phase: string; done: boolean };

export type Fixture = {
  origin: string;
  orgSlug: string;
  roadmapId: string;
  phases: string[];
  tasks: TaskState[];
  kpis: Kpi[];
  /** Every demo user, signed in once before the load starts. */
  sessions: Session[];
  /** The account the sign-in storm guesses at; its owner signs in during the storm. */
  stormTarget: { email: string; password: string };
};

export const ORG_SLUG = DEMO_ORG.slug;

/** Reads the demo organisation's roadmap, tasks and manual KPIs from the SQLite file. */
export function readFixtureData(dbFile: string) {
  const { roadmapId, phases } = readDemoRoadmap(dbFile, ORG_SLUG);
  const db = new Database(dbFile, { readonly: true });
  try {
    const tasks = (
      db
        .prepare(
          `SELECT t.id, t.roadmapId, p.kind AS phase, t.status FROM "Task" t
           JOIN "Phase" p ON p.id = t.phaseId
           WHERE t.roadmapId = ? AND t.deletedAt IS NULL`,
        )
        .all(roadmapId) as { id: string; roadmapId: string; phase: string; status: string }[]
    ).map((t) => ({ id: t.id, roadmapId: t.roadmapId, phase: t.phase, done: t.status === "done" }));
    const kpis = (
      db
        .prepare(
          `SELECT k.id, k.baseline, k.target, k.baselineDate FROM "Kpi" k
           JOIN "Organisation" o ON o.id = k.orgId
           WHERE o.slug = ? AND k.source = 'manual' AND k.archivedAt IS NULL`,
        )
        .all(ORG_SLUG) as { id: string; baseline: number; target: number; baselineDate: string }[]
    ).map((k) => ({
      id: k.id,
      low: Math.min(k.baseline, k.target),
      high: Math.max(k.baseline, k.target),
      earliest: new Date(k.baselineDate).toISOString().slice(0, 10),
    }));
    if (tasks.length === 0 || kpis.length === 0) {
      throw new Error("the demo roadmap has no tasks or no manual KPIs: did the seed run?");
    }
    return { roadmapId, phases, tasks, kpis };
  } finally {
    db.close();
  }
}

/** Signs every demo user in (from the loopback address, before any storm). */
export async function signInAll(origin: string): Promise<Session[]> {
  const sessions: Session[] = [];
  for (const user of DEMO_USERS) {
    sessions.push({
      email: user.email,
      role: user.role,
      cookie: await signIn(origin, user.email, DEMO_PASSWORD),
    });
  }
  return sessions;
}

/** The storm's target: a member of the demo organisation (not the manager the others use). */
export function stormTarget() {
  const member = DEMO_USERS.find((u) => u.key === "member2")!;
  return { email: member.email, password: DEMO_PASSWORD };
}
