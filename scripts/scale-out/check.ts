// The scale-out check, step by step (scripts/scale-out.ts runs it inside a
// throwaway PostgreSQL): database, two instances, nginx, sessions, the load
// with a crash, the database check, the report.
import { ago, ensureBuild, freePort, makeTempDir, signIn, stopProcess, tail } from "../ops-lib";
import { disrupt } from "./disruption";
import { launcher, startInstances } from "./instances";
import { createFixture, runLoad } from "./load";
import type { Sample } from "./load";
import { findNginx, nginxVersion, parseNginxLog, startNginx } from "./nginx";
import type { Fixture } from "./request-mix";
import { report } from "./report";
import { DURATION_S } from "./settings";
import { prepareTaskPool, resetDatabase } from "./task-pool";
import { checkTickOffs } from "./verify";

/** Runs the whole check; true when the target is met. */
export async function runScaleOutCheck(): Promise<boolean> {
  const databaseUrl = process.env.DATABASE_URL ?? "";
  if (!/^postgres(ql)?:\/\//.test(databaseUrl) || !process.env.PG_ADMIN_URL) {
    throw new Error("expected to run inside scripts/with-postgres.sh (run this file directly)");
  }
  const nginxBin = findNginx()!;
  const startedAt = performance.now();
  const log = (message: string) => console.log(`[${ago(startedAt)}] ${message}`);
  const tmp = makeTempDir("fahrplan-scale-out-");
  console.log(
    `\n== Fahrplan scale-out check: 2 instances behind nginx, ${DURATION_S} s of load ==`,
  );

  // 1. Database: migrate + demo data, then a pool of open tasks to tick off.
  log("reset + seed the throwaway PostgreSQL");
  resetDatabase();
  const buildDir = ensureBuild();
  const { db, demo, roadmapId, pool } = await prepareTaskPool(databaseUrl, DURATION_S);
  log(`${pool.length} open tasks to tick off`);

  // 2. Two app instances, then nginx in front of them.
  const [portA, portB, portLb] = [await freePort(), await freePort(), await freePort()];
  const launch = launcher({ buildDir, databaseUrl, tmp });
  const instances = await startInstances(launch, [portA, portB], log);
  const nginx = await startNginx({ bin: nginxBin, tmp, listen: portLb, upstreams: [portA, portB] });
  const origin = nginx.origin;
  log(`nginx ready on ${origin} → ${portA}, ${portB}`);

  // 3. Sessions through nginx (the Origin header matches the Host nginx forwards).
  const users = demo.DEMO_USERS.map((u) => ({ email: u.email, password: demo.DEMO_PASSWORD }));
  const sessions: Fixture["sessions"] = [];
  for (const u of demo.DEMO_USERS) {
    sessions.push({
      email: u.email,
      cookie: await signIn(origin, u.email, demo.DEMO_PASSWORD),
      canComplete: u.role !== "viewer",
    });
  }
  log(`signed in ${sessions.length} demo users through nginx`);

  // 4. The load, with instance A killed halfway.
  const { fixture, ledger } = createFixture(
    { origin, orgSlug: demo.DEMO_ORG.slug, roadmapId, sessions, users },
    pool,
  );
  const samples: Sample[] = [];
  const loadStart = Date.now();
  log(`load for ${DURATION_S} s; instance A is killed after ${DURATION_S / 2} s`);
  const runs = runLoad(fixture, DURATION_S, samples);
  const { timeline, done } = disrupt({
    instances,
    launch,
    durationS: DURATION_S,
    loadStart,
    log,
  });
  await Promise.all([...runs, done]);
  const loadEnd = Date.now();
  log("load finished");

  // 5. Stop the rest (gracefully: the surviving instance drains), then check.
  for (const i of instances) await stopProcess(i.child);
  await stopProcess(nginx.child);
  const ticks = await checkTickOffs(db, ledger);
  await db.$disconnect();

  // 6. Report.
  const { ok, lines } = report({
    samples,
    nginxLog: parseNginxLog(nginx.accessLog),
    killedAddr: `127.0.0.1:${portA}`,
    timeline,
    loadStart,
    loadEnd,
    setup: `PostgreSQL + 2 × node server.js + nginx ${nginxVersion(nginxBin)} on loopback`,
    ticks,
    tickPoolWrapped: ledger.poolWrapped(),
  });
  console.log(lines.join("\n"));
  if (!ok) {
    console.log("\nnginx error log (tail):\n" + tail(nginx.errorLog));
    for (const i of instances) console.log(`\n${i.name} log (tail):\n` + tail(i.child.logFile, 10));
  }
  return ok;
}
