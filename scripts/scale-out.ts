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
//
// The steps live in scripts/scale-out/: check.ts runs them in order (task-pool,
// instances, nginx, load with disruption, verify, report); request-mix.ts is the
// table of requests the load sends.
import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT, runCheck } from "./ops-lib";
import { runScaleOutCheck } from "./scale-out/check";
import { findNginx } from "./scale-out/nginx";
import { DEADLINE_MS } from "./scale-out/settings";

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
  runCheck("scale-out", DEADLINE_MS, runScaleOutCheck);
}
