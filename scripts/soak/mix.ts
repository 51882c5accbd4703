// The soak's request mix: one row per kind, with its share of the load. Pages
// are GETs of signed-in users; the actions are posted as the UI posts them:
//   - tick-off / un-tick: the tick button's fetcher, POST <task>/status.data with
//     intent=complete, taskId, done=true|false (no version: the tick is idempotent),
//   - KPI measurement: the record form without JavaScript, POST /kpis/<id> with
//     intent=record, value, date, note (a unique marker), sameDay=correction and
//     confirmOutlier=on (so it is never held back by the form's two questions);
//     the 302's Location names the stored measurement (m=<id>).
// Every POST carries the Origin of the server (the CSRF check). The ledger keeps
// what the server acknowledged, for the check against the database at the end.
import type { Fixture, Session, TaskState } from "./fixture";

export type Group = "page" | "action" | "storm";
export type Req = {
  kind: string;
  group: Group;
  /** A write that must be stored once acknowledged (the fault timeline follows these). */
  write: boolean;
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** The answer (null: no answer in time, or a socket error) and its Location header. */
  settle?: (status: number | null, location: string | null) => void;
};

export type Ledger = {
  /** Measurements acknowledged (2xx/3xx): marker note → measurement id. */
  measurements: Map<string, string>;
  /** Tasks with a status change that got no clear answer: their state is not checked. */
  unknownTasks: Set<string>;
  tasks: TaskState[];
};

export const PAGE_TIMEOUT_MS = 10_000;
const FORM = "application/x-www-form-urlencoded";
const UA = { "User-Agent": "fahrplan-soak" };

const random = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const acknowledged = (status: number | null) => status !== null && status >= 200 && status < 400;

type Row = { kind: string; weight: number; build: () => Req | null };

/** Builds the mix for a fixture; `next()` picks a request by weight. */
export function createMix(fx: Fixture) {
  const ledger: Ledger = {
    measurements: new Map(),
    unknownTasks: new Set(),
    tasks: fx.tasks.map((t) => ({ ...t })),
  };
  const busy = new Set<string>();
  const writers = fx.sessions.filter((s) => s.role !== "viewer");
  const base = `/o/${fx.orgSlug}`;
  const roadmap = `${base}/roadmaps/${fx.roadmapId}`;
  let marker = 0;

  const page = (kind: string, path: () => string): Row["build"] => {
    return () => ({
      kind,
      group: "page",
      write: false,
      method: "GET",
      path: path(),
      headers: { ...UA, Cookie: random(fx.sessions).cookie },
      timeoutMs: PAGE_TIMEOUT_MS,
    });
  };
  const post = (session: Session, path: string, fields: Record<string, string>) => ({
    method: "POST" as const,
    path,
    headers: { ...UA, Origin: fx.origin, "Content-Type": FORM, Cookie: session.cookie },
    body: new URLSearchParams(fields).toString(),
    timeoutMs: PAGE_TIMEOUT_MS,
  });

  const tick = (): Req | null => {
    const free = ledger.tasks.filter((t) => !busy.has(t.id));
    if (free.length === 0) return null;
    const task = random(free);
    busy.add(task.id);
    const done = !task.done;
    return {
      kind: done ? "tick off" : "un-tick",
      group: "action",
      write: true,
      ...post(random(writers), `${base}/roadmaps/${task.roadmapId}/tasks/${task.id}/status.data`, {
        intent: "complete",
        taskId: task.id,
        done: String(done),
      }),
      settle: (status) => {
        busy.delete(task.id);
        if (acknowledged(status)) task.done = done;
        // For good: a request the client gave up on may still be applied later,
        // after a newer one was acknowledged.
        else if (status === null || status >= 500) ledger.unknownTasks.add(task.id);
      },
    };
  };

  const measurement = (): Req => {
    const kpi = random(fx.kpis);
    const note = `soak-${process.pid}-${++marker}`;
    const daysBack = Math.floor(Math.random() * 30);
    const day = isoDay(new Date(Date.now() - daysBack * 86_400_000));
    return {
      kind: "KPI measurement",
      group: "action",
      write: true,
      ...post(random(writers), `${base}/kpis/${kpi.id}`, {
        intent: "record",
        value: String(Math.round(kpi.low + Math.random() * (kpi.high - kpi.low))),
        date: day < kpi.earliest ? kpi.earliest : day,
        note,
        sameDay: "correction",
        confirmOutlier: "on",
      }),
      settle: (status, location) => {
        if (!acknowledged(status)) return;
        const id = location ? new URL(location, fx.origin).searchParams.get("m") : null;
        ledger.measurements.set(note, id ?? "");
      },
    };
  };

  const rows: Row[] = [
    { kind: "roadmap overview", weight: 14, build: page("roadmap overview", () => roadmap) },
    {
      kind: "phase board",
      weight: 18,
      build: page("phase board", () => `${roadmap}/phases/${random(fx.phases)}`),
    },
    {
      kind: "dashboard",
      weight: 10,
      build: page("dashboard", () => `${base}/dashboard/${fx.roadmapId}`),
    },
    { kind: "KPI list", weight: 8, build: page("KPI list", () => `${base}/kpis`) },
    {
      kind: "KPI detail",
      weight: 10,
      build: page("KPI detail", () => `${base}/kpis/${random(fx.kpis).id}`),
    },
    { kind: "my tasks", weight: 12, build: page("my tasks", () => `${base}/my-tasks`) },
    { kind: "tick", weight: 18, build: tick },
    { kind: "measurement", weight: 10, build: measurement },
  ];
  const total = rows.reduce((sum, r) => sum + r.weight, 0);

  function next(): Req {
    let roll = Math.random() * total;
    for (const row of rows) {
      roll -= row.weight;
      if (roll < 0) return row.build() ?? rows[0]!.build()!;
    }
    return rows[0]!.build()!;
  }

  return { next, ledger };
}

// ---------------------------------------------------------------------------
// The sign-in storm: wrong passwords for one real account from a few addresses
// (X-Forwarded-For, which the server trusts with TRUST_PROXY=1, as behind a
// proxy). Each address may fail 10 times per account, then gets 429; after 20
// failures the account is slowed (up to 10 s per attempt), never locked.

/** Documentation addresses (RFC 5737): the storm's and the owner's. */
export const stormIp = (i: number) => `198.51.100.${10 + i}`;
export const ownerIp = (i: number) => `203.0.113.${10 + i}`;
/** Long enough for the account's progressive delay (≤ 10 s) plus the password check. */
export const SIGN_IN_TIMEOUT_MS = 30_000;

export function stormRequest(fx: Fixture, ip: string, attempt: number): Req {
  return {
    kind: "sign-in storm (wrong password)",
    group: "storm",
    write: false,
    method: "POST",
    path: "/sign-in",
    headers: { ...UA, Origin: fx.origin, "Content-Type": FORM, "X-Forwarded-For": ip },
    body: new URLSearchParams({
      email: fx.stormTarget.email,
      password: `not-the-password-${attempt}`,
    }).toString(),
    timeoutMs: SIGN_IN_TIMEOUT_MS,
  };
}

/** The account's real owner, with the right password, from an address of their own. */
export function ownerSignInRequest(fx: Fixture, ip: string): Req {
  return {
    kind: "owner's sign-in during the storm",
    group: "storm",
    write: false,
    method: "POST",
    path: "/sign-in",
    headers: { ...UA, Origin: fx.origin, "Content-Type": FORM, "X-Forwarded-For": ip },
    body: new URLSearchParams(fx.stormTarget).toString(),
    timeoutMs: SIGN_IN_TIMEOUT_MS,
  };
}
