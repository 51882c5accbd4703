// Crash safety on SQLite (issue 7): writes through the real HTTP routes under
// load, kills the production server with SIGKILL mid-load and restarts it, 20
// times. After every crash: `PRAGMA integrity_check` must answer "ok" and every
// write that was acknowledged (2xx/3xx) must be in the database.
//
//   npm run check:crash-safety              # 20 cycles
//   CYCLES=5 CONCURRENCY=4 npm run check:crash-safety
//
// The writes are what the browser's fetchers send: the phase board's "create"
// (a task whose title is a unique marker) and the tick button's "complete" (tick
// off an open task, on the task's status route). A fresh SQLite file in a temp folder (migrate deploy +
// demo data); BUILD_DIR (default build/) is served, built once if missing.
// Everything listens on 127.0.0.1 and is removed at the end, also on Ctrl-C.
// Exit code 0 when every cycle passed.
import path from "node:path";
import Database from "better-sqlite3";
import {
  ago,
  ensureBuild,
  freePort,
  makeTempDir,
  ms,
  readDemoRoadmap,
  run,
  runCheck,
  signIn,
  sleep,
  startServer,
  stopProcess,
  tail,
  waitForOk,
} from "./ops-lib";
import type { Child } from "./ops-lib";

const CYCLES = Math.max(1, Number(process.env.CYCLES ?? 20));
const CONCURRENCY = Math.max(1, Number(process.env.CONCURRENCY ?? 8));
/**
 * The server is killed at a random moment in this window after the cycle's first
 * acknowledged write (so a slow, busy machine still gets writes in every cycle).
 */
const KILL_AFTER_MS: [number, number] = [500, 4000];
const DEADLINE_MS = (CYCLES * 60 + 300) * 1000;

const DEMO_SLUG = "muster-maschinenbau";
const MANAGER = "jonas.becker@muster-maschinenbau.de";
const PASSWORD = "Fahrplan-Demo-2026";

type Task = { id: string; phase: string };
type CycleResult = {
  cycle: number;
  killedAfterMs: number;
  acked: number;
  ackedCreates: number;
  ackedTicks: number;
  refused: number;
  inFlight: number;
  integrity: string;
  foreignKeys: number;
  missing: number;
  restartMs: number;
};

runCheck("crash-safety", DEADLINE_MS, main);

async function main(): Promise<boolean> {
  const startedAt = performance.now();
  const tmp = makeTempDir("fahrplan-crash-");
  const dbFile = path.join(tmp, "crash.db");
  const databaseUrl = `file:${dbFile}`;
  console.log(
    `\n== Fahrplan crash-safety check on SQLite: ${CYCLES} × (load → SIGKILL → restart) ==`,
  );
  console.log(`[${ago(startedAt)}] fresh database ${dbFile}: migrate deploy + demo data`);
  run("npx", ["tsx", "prisma/reset.ts"], { ...process.env, DATABASE_URL: databaseUrl });
  const buildDir = ensureBuild();

  const fixture = readDemoRoadmap(dbFile, DEMO_SLUG);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const logFile = path.join(tmp, "server.log");
  const start = () => startServer("server", { port, buildDir, databaseUrl, logFile });

  let server: Child = start();
  await waitForOk(`${origin}/readyz`, 60_000, server);
  const cookie = await signIn(origin, MANAGER, PASSWORD);
  console.log(`[${ago(startedAt)}] server up on ${origin}, signed in as the demo manager\n`);

  const ackedCreates = new Set<string>();
  const ackedTicks = new Set<string>();
  let pool: Task[] = openTasks(dbFile, fixture.roadmapId);
  const results: CycleResult[] = [];
  let restartMs = 0;

  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    // --- load, then SIGKILL at a random moment ----------------------------
    let dead = false;
    let counter = 0;
    const before = { creates: ackedCreates.size, ticks: ackedTicks.size };
    let refused = 0;
    let inFlight = 0;
    let firstAck: () => void = () => undefined;
    const acknowledged = new Promise<void>((resolve) => (firstAck = resolve));
    const tickQueue = pool.sort(() => Math.random() - 0.5);

    /** Posts a form to the roadmap's `path` (a phase board, a task's status), as fetch() does. */
    async function post(path: string, fields: Record<string, string>): Promise<number | null> {
      try {
        const response = await fetch(
          `${origin}/o/${DEMO_SLUG}/roadmaps/${fixture.roadmapId}/${path}.data`,
          {
            method: "POST",
            headers: {
              Origin: origin,
              Cookie: cookie,
              "Content-Type": "application/x-www-form-urlencoded",
            },
            body: new URLSearchParams(fields).toString(),
            signal: AbortSignal.timeout(15_000),
          },
        );
        await response.arrayBuffer();
        return response.status;
      } catch {
        return null;
      }
    }

    async function worker(w: number) {
      while (!dead) {
        const tick = tickQueue.length > 0 && Math.random() < 0.4 ? tickQueue.pop()! : null;
        let status: number | null;
        if (tick) {
          // The tick button's own route (the phase board no longer takes tick-offs).
          status = await post(`tasks/${tick.id}/status`, {
            intent: "complete",
            taskId: tick.id,
            done: "true",
          });
          if (status !== null && status >= 200 && status < 400) ackedTicks.add(tick.id);
        } else {
          const marker = `crash-c${cycle}-w${w}-${++counter}`;
          const phase = fixture.phases[counter % fixture.phases.length]!;
          status = await post(`phases/${phase}`, {
            intent: "create",
            title: marker,
            dueDate: fixture.dueDate,
            priority: "medium",
          });
          if (status !== null && status >= 200 && status < 400) ackedCreates.add(marker);
        }
        if (status !== null && status >= 200 && status < 400) firstAck();
        if (status === null) inFlight++;
        else if (status >= 400) refused++;
      }
    }

    const loadStart = performance.now();
    const workers = Array.from({ length: CONCURRENCY }, (_, w) => worker(w));
    const noAck = sleep(60_000).then(() => "timeout" as const);
    if ((await Promise.race([acknowledged, noAck])) === "timeout") {
      throw new Error(`cycle ${cycle}: no write was acknowledged within 60 s:\n${tail(logFile)}`);
    }
    await sleep(KILL_AFTER_MS[0] + Math.random() * (KILL_AFTER_MS[1] - KILL_AFTER_MS[0]));
    // Workers send nothing new from here; what is in flight is cut off.
    dead = true;
    process.kill(server.proc.pid!, "SIGKILL");
    await server.exited;
    const killedAfterMs = performance.now() - loadStart;
    await Promise.all(workers);

    // --- check the file as the crash left it -------------------------------
    const check = checkDatabase(dbFile, ackedCreates, ackedTicks);
    pool = openTasks(dbFile, fixture.roadmapId);

    // --- restart ------------------------------------------------------------
    const restartStart = performance.now();
    server = start();
    await waitForOk(`${origin}/readyz`, 60_000, server);
    restartMs = performance.now() - restartStart;

    const result: CycleResult = {
      cycle,
      killedAfterMs,
      acked: ackedCreates.size - before.creates + ackedTicks.size - before.ticks,
      ackedCreates: ackedCreates.size - before.creates,
      ackedTicks: ackedTicks.size - before.ticks,
      refused,
      inFlight,
      ...check,
      restartMs,
    };
    results.push(result);
    const ok = result.integrity === "ok" && result.missing === 0 && result.foreignKeys === 0;
    console.log(
      `cycle ${String(cycle).padStart(2)}: killed after ${(killedAfterMs / 1000).toFixed(1)} s · ` +
        `acknowledged ${String(result.ackedCreates).padStart(3)} creates + ` +
        `${String(result.ackedTicks).padStart(3)} tick-offs · ` +
        `${String(inFlight).padStart(2)} cut off · ${refused} refused · ` +
        `integrity ${result.integrity} · missing ${result.missing} · ` +
        `restart → ready ${ms(restartMs)}${ok ? "" : "   ← VIOLATION"}`,
    );
  }

  // After the last crash the app still serves the board, and stops gracefully.
  const board = await fetch(
    `${origin}/o/${DEMO_SLUG}/roadmaps/${fixture.roadmapId}/phases/${fixture.phases[0]}`,
    { headers: { Cookie: cookie } },
  );
  await board.arrayBuffer();
  const stopStart = performance.now();
  await stopProcess(server, 10_000);
  const exit = await server.exited;
  const stopMs = performance.now() - stopStart;

  const violations = results.filter(
    (r) => r.integrity !== "ok" || r.missing > 0 || r.foreignKeys > 0,
  );
  const sum = (key: keyof CycleResult) => results.reduce((a, r) => a + Number(r[key]), 0);
  const restarts = results.map((r) => r.restartMs).sort((a, b) => a - b);
  const lines = [
    "",
    "== Crash-safety summary ==",
    "",
    `  cycles (load → SIGKILL → check → restart)  ${results.length}`,
    `  concurrent writers                         ${CONCURRENCY}`,
    `  acknowledged writes                        ${sum("acked")} (${sum("ackedCreates")} task creates, ${sum("ackedTicks")} tick-offs)`,
    `  cut off by the kill (no answer)            ${sum("inFlight")}`,
    `  refused (4xx/5xx)                          ${sum("refused")}`,
    `  integrity_check "ok"                       ${results.filter((r) => r.integrity === "ok").length} of ${results.length}`,
    `  foreign_key_check problems                 ${sum("foreignKeys")}`,
    `  acknowledged writes missing                ${sum("missing")} (all acknowledged writes re-checked after every crash)`,
    `  restart → /readyz                          median ${ms(restarts[Math.floor(restarts.length / 2)]!)}, max ${ms(restarts.at(-1)!)}`,
    `  after the last crash                       board ${board.status}; SIGTERM → exit ${exit} in ${ms(stopMs)}`,
    "",
    violations.length === 0 && board.status === 200 && exit === 0
      ? "  RESULT: PASS — the database was intact after every crash and no acknowledged write was lost."
      : `  RESULT: FAIL — ${violations.length} cycle(s) with violations${board.status !== 200 ? `; board answered ${board.status}` : ""}${exit !== 0 ? `; graceful stop exited ${exit}` : ""}`,
    "  (figures from a shared machine; see docs/operations.md)",
  ];
  console.log(lines.join("\n"));
  if (violations.length > 0) console.log(`\nserver log (tail):\n${tail(logFile)}`);
  return violations.length === 0 && board.status === 200 && exit === 0;
}

function openTasks(dbFile: string, roadmapId: string): Task[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT t.id, p.kind AS phase FROM "Task" t JOIN "Phase" p ON p.id = t.phaseId
         WHERE t.roadmapId = ? AND t.status <> 'done' AND t.deletedAt IS NULL`,
      )
      .all(roadmapId) as Task[];
  } finally {
    db.close();
  }
}

/**
 * Opens the file as the crash left it (read-write, as the restarting app
 * would: SQLite recovers from the WAL on open) and checks it.
 */
function checkDatabase(dbFile: string, creates: Set<string>, ticks: Set<string>) {
  const db = new Database(dbFile);
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join("; ");
    const foreignKeys = (db.pragma("foreign_key_check") as unknown[]).length;
    const titles = new Set(
      (
        db.prepare(`SELECT title FROM "Task" WHERE title LIKE 'crash-c%'`).all() as {
          title: string;
        }[]
      ).map((r) => r.title),
    );
    let missing = [...creates].filter((marker) => !titles.has(marker)).length;
    const done = new Set(
      (
        db
          .prepare(`SELECT id FROM "Task" WHERE status = 'done' AND completedAt IS NOT NULL`)
          .all() as { id: string }[]
      ).map((r) => r.id),
    );
    missing += [...ticks].filter((id) => !done.has(id)).length;
    return { integrity, foreignKeys, missing };
  } finally {
    db.close();
  }
}
