// What happens to the instances during the load: instance A is killed with
// SIGKILL halfway; with DEPLOY=1, A is started again and then B is restarted
// the way a deploy does it (SIGTERM, drain, start).
import { ms, sleep, stopProcess, waitForOk } from "../ops-lib";
import type { Instance, Launch } from "./instances";
import { DEPLOY, FAIL_TIMEOUT_S } from "./settings";

/** When things happened (ms since the epoch; Infinity: never), for telling failures apart. */
export type Timeline = { killAt: number; termAt: number; deployNotes: string[] };

export function disrupt(opts: {
  instances: [Instance, Instance];
  launch: Launch;
  durationS: number;
  loadStart: number;
  log: (message: string) => void;
}): { timeline: Timeline; done: Promise<void> } {
  const { instances, launch, durationS, loadStart, log } = opts;
  const timeline: Timeline = {
    killAt: Number.POSITIVE_INFINITY,
    termAt: Number.POSITIVE_INFINITY,
    deployNotes: [],
  };
  const done = (async () => {
    await sleep((durationS / 2) * 1000);
    timeline.killAt = Date.now();
    process.kill(instances[0].child.proc.pid!, "SIGKILL");
    log(`SIGKILL → instance A (pid ${instances[0].child.proc.pid})`);
    if (!DEPLOY) return;
    const [a, b] = instances;
    await a.child.exited;
    a.child = launch(a.name, a.port);
    const upA = await waitForOk(`http://127.0.0.1:${a.port}/readyz`, 60_000, a.child);
    timeline.deployNotes.push(`instance A started again, ready in ${ms(upA)}`);
    log(`instance A started again (ready in ${ms(upA)})`);
    // A rolling restart moves on only when nginx uses A again: it skips an
    // instance for fail_timeout after a refused connection.
    const aBack = Date.now() + (FAIL_TIMEOUT_S + 2) * 1000;
    await sleep(Math.max(0, Math.max(loadStart + durationS * 750, aBack) - Date.now()));
    timeline.termAt = Date.now();
    log(`SIGTERM → instance B (graceful restart)`);
    await stopProcess(b.child, 15_000);
    const code = await b.child.exited;
    const drained = Date.now() - timeline.termAt;
    b.child = launch(b.name, b.port);
    const upB = await waitForOk(`http://127.0.0.1:${b.port}/readyz`, 60_000, b.child);
    timeline.deployNotes.push(
      `instance B drained and exited ${code} in ${ms(drained)}, new B ready in ${ms(upB)}`,
    );
    log(`instance B back (exit ${code}, ready in ${ms(upB)})`);
  })();
  return { timeline, done };
}
