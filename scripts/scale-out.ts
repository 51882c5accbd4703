// Scale-out check (issue 7): PostgreSQL, two app instances and nginx on
// loopback, a mixed load through nginx, one instance killed with SIGKILL
// halfway. Reports requests, errors before/after the kill, latency
// percentiles, and checks in the database that every tick-off that got a
// 2xx/3xx is stored.
//
//   npm run check:scale-out                 # 60 s of load
//   DURATION=20 npm run check:scale-out     # a shorter trial
//   DEPLOY=1 npm run check:scale-out        # also restart A, then B gracefully
//
// Needs Debian's nginx (`apt-get install nginx`, or NGINX_BIN=/path/to/nginx)
// and PostgreSQL's server binaries (scripts/with-postgres.sh finds them). It
// always runs against a throwaway PostgreSQL started by scripts/with-postgres.sh,
// never against the DATABASE_URL of the shell. Everything listens on
// 127.0.0.1; every process and temp folder is removed at the end, also on
// Ctrl-C. Serves BUILD_DIR (default build/), building it once if missing.
// Exit code 0 when the target is met: no failures except requests that were
// in flight on the killed instance, and no acknowledged tick-off missing.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  ROOT,
  ago,
  cleanupNow,
  ensureBuild,
  freePort,
  installCleanupHandlers,
  makeTempDir,
  ms,
  percentile,
  run,
  signIn,
  sleep,
  startProcess,
  startServer,
  stopProcess,
  tail,
  waitForOk,
} from "./ops-lib";

const DURATION_S = Math.max(4, Number(process.env.DURATION ?? 60));
/**
 * DEPLOY=1 adds a rolling restart after the crash: the killed instance is
 * started again, and once nginx uses it again (at three quarters of the run at
 * the earliest) the other one is restarted the way a deploy does it (SIGTERM,
 * drain, start) — that must cost no request.
 */
const DEPLOY = process.env.DEPLOY === "1";
/** nginx's passive health check: an instance that refused a connection is skipped this long. */
const FAIL_TIMEOUT_S = 10;
/** How long after SIGKILL nginx may still hand a request to the dead instance's open connection. */
const IN_FLIGHT_GRACE_S = 1;
/** A hard stop for the whole check, whatever hangs. */
const DEADLINE_MS = (DURATION_S + 600) * 1000;

// ---------------------------------------------------------------------------
// The request mix. One row per kind of request; `connections` is how many
// keep-alive connections autocannon keeps busy with it (each sends its next
// request as soon as the previous answer arrived). To add a kind, add a row:
// `request` builds each request (it may pick a session or a task), `expect`
// lists the statuses that count as success.

type Fixture = {
  origin: string;
  orgSlug: string;
  roadmapId: string;
  /** Session cookies of signed-in demo users; `canComplete` may tick tasks. */
  sessions: { email: string; cookie: string; canComplete: boolean }[];
  users: { email: string; password: string }[];
  /** The next open task to tick off (a real task id and its phase). */
  nextTask: () => { id: string; roadmapId: string; phase: string };
  sentTickOff: (taskId: string) => void;
  ackTickOff: (taskId: string, status: number) => void;
};

type Req = {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
};
type RequestKind = {
  name: string;
  connections: number;
  expect: number[];
  request: (fx: Fixture, context: Record<string, unknown>) => Req;
  onResponse?: (fx: Fixture, status: number, context: Record<string, unknown>) => void;
};

const BROWSER = { "Accept-Encoding": "gzip, deflate, br", "User-Agent": "fahrplan-scale-out" };
const FORM = "application/x-www-form-urlencoded";
let turn = 0;
const pick = <T>(list: T[]): T => list[turn++ % list.length]!;

const REQUEST_KINDS: RequestKind[] = [
  {
    name: "sign-in page",
    connections: 1,
    expect: [200],
    request: () => ({ method: "GET", path: "/sign-in", headers: BROWSER }),
  },
  {
    name: "sign-in",
    connections: 2,
    expect: [302],
    request: (fx) => {
      const user = pick(fx.users);
      return {
        method: "POST",
        path: "/sign-in",
        headers: { ...BROWSER, Origin: fx.origin, "Content-Type": FORM },
        body: new URLSearchParams({ email: user.email, password: user.password }).toString(),
      };
    },
  },
  {
    name: "roadmap overview",
    connections: 4,
    expect: [200],
    request: (fx) => ({
      method: "GET",
      path: `/o/${fx.orgSlug}/roadmaps/${fx.roadmapId}`,
      headers: { ...BROWSER, Cookie: pick(fx.sessions).cookie },
    }),
  },
  {
    name: "dashboard",
    connections: 3,
    expect: [200],
    request: (fx) => ({
      method: "GET",
      path: `/o/${fx.orgSlug}/dashboard/${fx.roadmapId}`,
      headers: { ...BROWSER, Cookie: pick(fx.sessions).cookie },
    }),
  },
  {
    // The phase board's tick, as the browser's fetcher sends it (POST to the
    // route's .data URL; without JavaScript the same action answers the plain
    // URL with the whole page).
    name: "task tick-off",
    connections: 4,
    expect: [200],
    request: (fx, context) => {
      const task = fx.nextTask();
      context.taskId = task.id;
      fx.sentTickOff(task.id);
      const session = pick(fx.sessions.filter((s) => s.canComplete));
      return {
        method: "POST",
        path: `/o/${fx.orgSlug}/roadmaps/${task.roadmapId}/phases/${task.phase}.data`,
        headers: { ...BROWSER, Origin: fx.origin, "Content-Type": FORM, Cookie: session.cookie },
        body: new URLSearchParams({ intent: "complete", taskId: task.id, done: "true" }).toString(),
      };
    },
    onResponse: (fx, status, context) => fx.ackTickOff(String(context.taskId), status),
  },
];

// ---------------------------------------------------------------------------

function findNginx(): string | null {
  const candidates = [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/local/sbin/nginx"];
  for (const dir of (process.env.PATH ?? "").split(":")) candidates.push(path.join(dir, "nginx"));
  return candidates.find((c): c is string => Boolean(c) && fs.existsSync(c!)) ?? null;
}

function die(message: string): never {
  console.error(`scale-out: ${message}`);
  process.exit(2);
}

// The outer process only checks the prerequisites and re-runs this file inside
// scripts/with-postgres.sh, which starts and always removes a throwaway PostgreSQL.
if (process.env.FAHRPLAN_SCALE_OUT_INNER !== "1") {
  if (!findNginx()) {
    die(
      "nginx not found. Install it (Debian/Ubuntu: apt-get install nginx) or set NGINX_BIN. " +
        "This check installs nothing itself.",
    );
  }
  const child = spawn(
    "bash",
    [
      path.join(ROOT, "scripts/with-postgres.sh"),
      process.execPath,
      ...process.execArgv,
      process.argv[1]!,
    ],
    {
      cwd: ROOT,
      stdio: "inherit",
      detached: true,
      env: { ...process.env, FAHRPLAN_SCALE_OUT_INNER: "1" },
    },
  );
  // The child has its own process group: a terminal's Ctrl-C reaches only this
  // process, which asks the whole group to stop (the check cleans up, then
  // with-postgres.sh stops and deletes the database).
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      try {
        process.kill(-child.pid!, "SIGINT");
      } catch {
        // Already gone.
      }
    });
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  installCleanupHandlers();
  const deadline = setTimeout(() => {
    console.error(`scale-out: still running after ${DEADLINE_MS / 1000} s; giving up.`);
    cleanupNow();
    process.exit(3);
  }, DEADLINE_MS);
  deadline.unref();
  main()
    .then((ok) => {
      cleanupNow();
      process.exit(ok ? 0 : 1);
    })
    .catch((error: unknown) => {
      console.error(`scale-out: ${error instanceof Error ? error.message : String(error)}`);
      cleanupNow();
      process.exit(2);
    });
}

// ---------------------------------------------------------------------------

type Sample = { kind: string; end: number; latency: number; status: number | null; error?: string };

type Autocannon = ((options: Record<string, unknown>) => AutocannonInstance) & {
  track?: unknown;
};
type AutocannonInstance = {
  on(
    event: "response",
    fn: (client: unknown, status: number, bytes: number, ms: number) => void,
  ): void;
  on(event: "reqError", fn: (error: Error & { code?: string }) => void): void;
  on(event: "done", fn: (result: unknown) => void): void;
  on(event: "error", fn: (error: Error) => void): void;
  stop(): void;
};

async function main(): Promise<boolean> {
  const databaseUrl = process.env.DATABASE_URL ?? "";
  if (!/^postgres(ql)?:\/\//.test(databaseUrl) || !process.env.PG_ADMIN_URL) {
    throw new Error("expected to run inside scripts/with-postgres.sh (run this file directly)");
  }
  const nginxBin = findNginx()!;
  const startedAt = performance.now();
  const tmp = makeTempDir("fahrplan-scale-out-");
  console.log(
    `\n== Fahrplan scale-out check: 2 instances behind nginx, ${DURATION_S} s of load ==`,
  );

  // 1. Database: migrate + demo data, then a pool of open tasks to tick off.
  console.log(`[${ago(startedAt)}] reset + seed the throwaway PostgreSQL`);
  run("npx", ["tsx", "prisma/reset.ts"], { ...process.env, FAHRPLAN_RESET_CONFIRM: "yes" });
  const buildDir = ensureBuild();
  const { createDb } = await import("../app/lib/db.server");
  const { createRoadmapFromTemplate } = await import("../app/modules/roadmaps/create.server");
  const { PHASES, dueDateForWeek } = await import("../app/modules/calendar/phase-dates");
  const { isoToUtcDate, todayIso, addDaysIso } = await import("../app/modules/calendar/dates");
  const { DEMO_ORG, DEMO_PASSWORD, DEMO_USERS } = await import("../prisma/demo-data");
  const db = createDb(databaseUrl);
  const org = await db.organisation.findUniqueOrThrow({
    where: { slug: DEMO_ORG.slug },
    select: { id: true },
  });
  const roadmap = await db.roadmap.findFirstOrThrow({
    where: { orgId: org.id, status: "active" },
    select: { id: true },
  });
  const manager = await db.user.findUniqueOrThrow({
    where: { email: DEMO_USERS[1].email },
    select: { id: true },
  });
  // Ticks go to the demo roadmap's open tasks plus tasks added to it for the
  // check, enough for the whole run (~100 ticks/s at most on this mix).
  const poolTarget = Math.max(1500, DURATION_S * 100);
  const openInDemo = await db.task.count({
    where: { roadmapId: roadmap.id, status: { not: "done" }, deletedAt: null },
  });
  const extraRoadmaps = Math.ceil(Math.max(0, poolTarget - openInDemo) / 150);
  const startDate = addDaysIso(todayIso(), -28);
  for (let r = 0; r < extraRoadmaps; r++) {
    await db.$transaction(async (tx) => {
      const created = await createRoadmapFromTemplate(tx, {
        orgId: org.id,
        actorId: manager.id,
        title: `Skalierungstest ${r + 1}`,
        startDate,
        locale: "de",
        status: "draft",
      });
      const existing = await tx.task.count({ where: { roadmapId: created.id } });
      await tx.task.createMany({
        data: Array.from({ length: Math.max(0, 150 - existing) }, (_, i) => {
          const phase = PHASES[i % 3]!;
          return {
            orgId: org.id,
            roadmapId: created.id,
            phaseId: created.phaseIds[phase.kind],
            title: `Prüfschritt ${i + 1}`,
            dueDate: isoToUtcDate(dueDateForWeek(startDate, phase.startWeek)),
            position: 100 + i,
          };
        }),
      });
    });
  }
  const poolRows = await db.task.findMany({
    where: { orgId: org.id, status: { not: "done" }, deletedAt: null },
    select: { id: true, roadmapId: true, phase: { select: { kind: true } } },
    orderBy: { id: "asc" },
  });
  // Shuffled so the ticks spread over boards and phases.
  const pool = poolRows
    .map((t) => ({ id: t.id, roadmapId: t.roadmapId, phase: t.phase.kind as string }))
    .sort(() => Math.random() - 0.5);
  console.log(`[${ago(startedAt)}] ${pool.length} open tasks to tick off`);

  // 2. Two app instances, then nginx in front of them.
  const [portA, portB, portLb] = [await freePort(), await freePort(), await freePort()];
  const launch = (name: string, port: number) =>
    startServer(name, {
      port,
      buildDir,
      databaseUrl,
      logFile: path.join(tmp, `${name.replace(" ", "-")}.log`),
      env: { TRUST_PROXY: "1" },
    });
  const instances = [
    { name: "instance A", port: portA },
    { name: "instance B", port: portB },
  ].map((i) => ({ ...i, child: launch(i.name, i.port) }));
  for (const i of instances) {
    const took = await waitForOk(`http://127.0.0.1:${i.port}/readyz`, 60_000, i.child);
    console.log(`[${ago(startedAt)}] ${i.name} ready on 127.0.0.1:${i.port} (${ms(took)})`);
  }

  const nginxDir = path.join(tmp, "nginx");
  fs.mkdirSync(nginxDir, { recursive: true });
  fs.chmodSync(nginxDir, 0o755);
  const accessLog = path.join(nginxDir, "access.log");
  fs.writeFileSync(
    path.join(nginxDir, "nginx.conf"),
    nginxConfig({ dir: nginxDir, listen: portLb, upstreams: [portA, portB], accessLog }),
  );
  const nginxArgs = [
    "-p",
    nginxDir,
    "-c",
    path.join(nginxDir, "nginx.conf"),
    "-e",
    path.join(nginxDir, "error.log"),
  ];
  run(nginxBin, [...nginxArgs, "-t", "-q"]);
  const nginx = startProcess("nginx", nginxBin, nginxArgs, {
    logFile: path.join(nginxDir, "stdout.log"),
  });
  const origin = `http://127.0.0.1:${portLb}`;
  await waitForOk(`${origin}/readyz`, 20_000, nginx);
  console.log(`[${ago(startedAt)}] nginx ready on ${origin} → ${portA}, ${portB}`);

  // 3. Sessions through nginx (the Origin header matches the Host nginx forwards).
  const users = DEMO_USERS.map((u) => ({ email: u.email, password: DEMO_PASSWORD }));
  const sessions: Fixture["sessions"] = [];
  for (const u of DEMO_USERS) {
    sessions.push({
      email: u.email,
      cookie: await signIn(origin, u.email, DEMO_PASSWORD),
      canComplete: u.role !== "viewer",
    });
  }
  console.log(`[${ago(startedAt)}] signed in ${sessions.length} demo users through nginx`);

  // 4. The load.
  const sent = new Set<string>();
  const acked = new Map<string, number>();
  let poolIndex = 0;
  let poolWrapped = false;
  const fixture: Fixture = {
    origin,
    orgSlug: DEMO_ORG.slug,
    roadmapId: roadmap.id,
    sessions,
    users,
    nextTask: () => {
      if (poolIndex >= pool.length) {
        poolIndex = 0;
        poolWrapped = true;
      }
      return pool[poolIndex++]!;
    },
    sentTickOff: (id) => sent.add(id),
    ackTickOff: (id, status) => {
      // A later failure never hides an earlier acknowledgement of the same task.
      if (!acked.has(id) || (status >= 200 && status < 400)) acked.set(id, status);
    },
  };

  const require = createRequire(import.meta.url);
  const autocannon = require("autocannon") as Autocannon;
  const samples: Sample[] = [];
  const loadStart = Date.now();
  let killAt = Number.POSITIVE_INFINITY;
  let termAt = Number.POSITIVE_INFINITY;
  const deployNotes: string[] = [];
  console.log(
    `[${ago(startedAt)}] load for ${DURATION_S} s; instance A is killed after ${DURATION_S / 2} s`,
  );

  const runs = REQUEST_KINDS.map(
    (kind) =>
      new Promise<void>((resolve, reject) => {
        const instance = autocannon({
          url: origin,
          connections: kind.connections,
          duration: DURATION_S,
          timeout: 10,
          requests: [
            {
              // Keep autocannon's defaults (host, port) and replace the rest.
              setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => ({
                ...req,
                ...kind.request(fixture, context),
              }),
              onResponse: (status: number, _body: unknown, context: Record<string, unknown>) =>
                kind.onResponse?.(fixture, status, context),
            },
          ],
        });
        instance.on("response", (_client, status, _bytes, latency) => {
          samples.push({ kind: kind.name, end: Date.now(), latency, status });
        });
        instance.on("reqError", (error) => {
          samples.push({
            kind: kind.name,
            end: Date.now(),
            latency: NaN,
            status: null,
            error: error.code ?? error.message,
          });
        });
        instance.on("done", () => resolve());
        instance.on("error", reject);
      }),
  );
  const killer = (async () => {
    await sleep((DURATION_S / 2) * 1000);
    killAt = Date.now();
    process.kill(instances[0]!.child.proc.pid!, "SIGKILL");
    console.log(`[${ago(startedAt)}] SIGKILL → instance A (pid ${instances[0]!.child.proc.pid})`);
    if (!DEPLOY) return;
    const [a, b] = [instances[0]!, instances[1]!];
    await a.child.exited;
    a.child = launch(a.name, a.port);
    const upA = await waitForOk(`http://127.0.0.1:${a.port}/readyz`, 60_000, a.child);
    deployNotes.push(`instance A started again, ready in ${ms(upA)}`);
    console.log(`[${ago(startedAt)}] instance A started again (ready in ${ms(upA)})`);
    // A rolling restart moves on only when nginx uses A again: it skips an
    // instance for fail_timeout after a refused connection.
    const aBack = Date.now() + (FAIL_TIMEOUT_S + 2) * 1000;
    await sleep(Math.max(0, Math.max(loadStart + DURATION_S * 750, aBack) - Date.now()));
    termAt = Date.now();
    console.log(`[${ago(startedAt)}] SIGTERM → instance B (graceful restart)`);
    await stopProcess(b.child, 15_000);
    const code = await b.child.exited;
    const drained = Date.now() - termAt;
    b.child = launch(b.name, b.port);
    const upB = await waitForOk(`http://127.0.0.1:${b.port}/readyz`, 60_000, b.child);
    deployNotes.push(
      `instance B drained and exited ${code} in ${ms(drained)}, new B ready in ${ms(upB)}`,
    );
    console.log(`[${ago(startedAt)}] instance B back (exit ${code}, ready in ${ms(upB)})`);
  })();
  await Promise.all([...runs, killer]);
  const loadEnd = Date.now();
  console.log(`[${ago(startedAt)}] load finished`);

  // 5. Stop the rest (gracefully: the surviving instance drains), then check.
  for (const i of instances) await stopProcess(i.child);
  await stopProcess(nginx);

  const ids = [...acked].filter(([, s]) => s >= 200 && s < 400).map(([id]) => id);
  const stored = new Map<string, { status: string; completedAt: Date | null }>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db.task.findMany({
      where: { id: { in: ids.slice(i, i + 1000) } },
      select: { id: true, status: true, completedAt: true },
    });
    for (const row of rows) stored.set(row.id, row);
  }
  const missing = ids.filter((id) => {
    const row = stored.get(id);
    return !row || row.status !== "done" || !row.completedAt;
  });
  // Tick-offs that failed (502) may still have committed on the killed instance
  // before it died; those cut off when the load stopped never got an answer.
  const failedIds = [...acked].filter(([, s]) => s < 200 || s >= 400).map(([id]) => id);
  const cutOff = [...sent].filter((id) => !acked.has(id));
  const countDone = (list: string[]) =>
    list.length ? db.task.count({ where: { id: { in: list }, status: "done" } }) : 0;
  const [failedButStored, cutOffStored] = [await countDone(failedIds), await countDone(cutOff)];
  await db.$disconnect();

  // 6. Report.
  const nginxLog = parseNginxLog(accessLog);
  const killedAddr = `127.0.0.1:${portA}`;
  const isFailure = (s: Sample) =>
    s.status === null || !REQUEST_KINDS.find((k) => k.name === s.kind)!.expect.includes(s.status);
  const before = samples.filter((s) => s.end < killAt);
  const after = samples.filter((s) => s.end >= killAt && s.end < termAt);
  const failuresBefore = before.filter(isFailure);
  const failuresAfter = after.filter(isFailure);
  const failuresDeploy = samples.filter((s) => s.end >= termAt && isFailure(s));
  // nginx's view: which failed requests were in flight on the killed instance.
  const lbFailures = nginxLog.filter((l) => l.status >= 500);
  // A request counts as in flight on the killed instance when nginx had passed
  // it to that instance and the connection died under it: it failed from A
  // around the kill. nginx may still write a request into an open keep-alive
  // connection to A for a moment after SIGKILL, before it sees the connection
  // close (that request was sent, so it cannot be retried); a refused new
  // connection, by contrast, is always passed on to B.
  const inFlightOnKilled = lbFailures.filter(
    (l) =>
      l.upstreams.at(-1) === killedAddr &&
      l.end >= killAt / 1000 - 0.05 &&
      l.start <= killAt / 1000 + IN_FLIGHT_GRACE_S &&
      l.end < termAt / 1000,
  );
  const latestBegin = Math.max(...inFlightOnKilled.map((l) => l.start * 1000 - killAt));
  const otherLbFailures = lbFailures.filter((l) => !inFlightOnKilled.includes(l));
  const retried = nginxLog.filter((l) => l.upstreams.length > 1 && l.status < 500);
  const toKilledAfter = nginxLog.filter(
    (l) =>
      l.start > killAt / 1000 + 0.05 &&
      l.upstreams[0] === killedAddr &&
      l.upstreams.length > 1 &&
      l.end < termAt / 1000,
  );

  const seconds = (loadEnd - loadStart) / 1000;
  const lines: string[] = [];
  const row = (label: string, value: string) => lines.push(`  ${label.padEnd(37)} ${value}`);
  lines.push("", "== Scale-out summary ==", "");
  row("setup", `PostgreSQL + 2 × node server.js + nginx ${nginxVersion(nginxBin)} on loopback`);
  row(
    "load",
    `${seconds.toFixed(1)} s, ${REQUEST_KINDS.reduce((a, k) => a + k.connections, 0)} connections`,
  );
  row("instance A killed (SIGKILL) at", `${((killAt - loadStart) / 1000).toFixed(1)} s`);
  row(
    "requests (answered + socket errors)",
    `${samples.length} (${Math.round(samples.length / seconds)}/s)`,
  );
  row("failures before the kill", String(failuresBefore.length));
  row(
    DEPLOY ? "failures after the kill (until SIGTERM)" : "failures after the kill",
    `${failuresAfter.length}${describeFailures(failuresAfter)}`,
  );
  row(
    "  in flight on the killed instance",
    `${inFlightOnKilled.length} (nginx log: failed from ${killedAddr}` +
      (inFlightOnKilled.length
        ? `; the latest had begun ${Math.round(latestBegin)} ms ${latestBegin < 0 ? "before" : "after"} the SIGKILL)`
        : ")"),
  );
  row("  other 5xx at nginx", String(otherLbFailures.length));
  row("retried by nginx on the other instance", String(retried.length));
  row("sent to A after the kill", `${toKilledAfter.length} (connection refused → passed to B)`);
  if (DEPLOY) {
    for (const note of deployNotes) row("rolling restart", note);
    row(
      "failures from the graceful restart on",
      `${failuresDeploy.length}${describeFailures(failuresDeploy)}`,
    );
  }
  lines.push("");
  lines.push(`  ${"latency (all answered requests)".padEnd(37)} ${latencyLine(samples)}`);
  for (const kind of REQUEST_KINDS) {
    const mine = samples.filter((s) => s.kind === kind.name);
    const failed = mine.filter(isFailure).length;
    lines.push(
      `    ${kind.name.padEnd(18)} ${String(mine.length).padStart(6)} req  ${String(failed).padStart(3)} failed  ${latencyLine(mine)}`,
    );
  }
  lines.push("");
  row("tick-offs sent", String(sent.size));
  row("tick-offs acknowledged (2xx/3xx)", String(ids.length));
  row("acknowledged but not stored", String(missing.length));
  row(
    "failed but stored",
    `${failedButStored} of ${failedIds.length} (committed before the answer was lost)`,
  );
  row("cut off when the load stopped", `${cutOff.length} (${cutOffStored} stored)`);
  if (poolWrapped) row("note", "the task pool ran out; some tasks were ticked twice");

  const explained =
    failuresBefore.length === 0 &&
    otherLbFailures.length === 0 &&
    failuresAfter.every((s) => s.status === 502) &&
    failuresAfter.length <= inFlightOnKilled.length &&
    failuresDeploy.length === 0;
  const ok = explained && missing.length === 0 && ids.length > 0;
  lines.push("");
  lines.push(
    ok
      ? "  RESULT: PASS — only requests in flight on the killed instance failed; every acknowledged tick-off is stored."
      : `  RESULT: FAIL — ${[
          !explained ? "failures other than requests in flight on the killed instance" : "",
          missing.length ? `${missing.length} acknowledged tick-offs missing` : "",
          ids.length === 0 ? "no tick-off was acknowledged" : "",
        ]
          .filter(Boolean)
          .join("; ")}`,
  );
  lines.push("  (figures from a shared machine; see docs/operations.md)");
  console.log(lines.join("\n"));
  if (!ok) {
    console.log("\nnginx error log (tail):\n" + tail(path.join(nginxDir, "error.log")));
    for (const i of instances) console.log(`\n${i.name} log (tail):\n` + tail(i.child.logFile, 10));
  }
  return ok;
}

function latencyLine(samples: Sample[]): string {
  const latencies = samples
    .filter((s) => s.status !== null)
    .map((s) => s.latency)
    .sort((a, b) => a - b);
  return `p50 ${ms(percentile(latencies, 50))}  p95 ${ms(percentile(latencies, 95))}  p99 ${ms(percentile(latencies, 99))}`;
}

function describeFailures(failures: Sample[]): string {
  if (failures.length === 0) return "";
  const byWhat = new Map<string, number>();
  for (const f of failures) {
    const key = `${f.kind} ${f.status ?? f.error}`;
    byWhat.set(key, (byWhat.get(key) ?? 0) + 1);
  }
  return ` (${[...byWhat].map(([k, n]) => `${n}× ${k}`).join(", ")})`;
}

function nginxVersion(bin: string): string {
  const result = spawnSync(bin, ["-v"], { encoding: "utf8" });
  return /nginx\/([\d.]+)/.exec(result.stderr)?.[1] ?? "";
}

type LbLine = { start: number; end: number; status: number; upstreams: string[] };

function parseNginxLog(file: string): LbLine[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [msec, requestTime, status, upstreams] = line.split("\t");
      const end = Number(msec);
      return {
        end,
        start: end - Number(requestTime),
        status: Number(status),
        upstreams: (upstreams ?? "").split(/,\s*|\s*:\s+/).filter((u) => u.includes(":")),
      };
    });
}

/** The nginx configuration of the check; docs/operations.md shows the production version. */
function nginxConfig(opts: {
  dir: string;
  listen: number;
  upstreams: number[];
  accessLog: string;
}) {
  const { dir } = opts;
  return `# Written by scripts/scale-out.ts
daemon off;
worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  log_format check '$msec\\t$request_time\\t$status\\t$upstream_addr\\t$upstream_status\\t$request_method $uri';
  access_log ${opts.accessLog} check;

  upstream fahrplan {
${opts.upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=${FAIL_TIMEOUT_S}s;`).join("\n")}
    keepalive 32;
    # Below Node's keep-alive timeout (5 s): otherwise the app may close an idle
    # connection just as nginx sends a request on it, and a POST cannot be retried.
    keepalive_timeout 4s;
  }

  server {
    listen 127.0.0.1:${opts.listen};
    client_max_body_size 10m;

    location / {
      proxy_pass http://fahrplan;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # The app checks a POST's Origin against the Host it sees: pass it on.
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $request_id;
      # The default: a request goes to the other instance when the connection
      # fails or times out, but a POST that was already sent is never repeated.
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
`;
}
