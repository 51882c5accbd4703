// The check's knobs, from the environment (see scripts/scale-out.ts).

export const DURATION_S = Math.max(4, Number(process.env.DURATION ?? 60));
/**
 * DEPLOY=1 adds a rolling restart after the crash: the killed instance is
 * started again, and once nginx uses it again (at three quarters of the run at
 * the earliest) the other one is restarted the way a deploy does it (SIGTERM,
 * drain, start) — that must cost no request.
 */
export const DEPLOY = process.env.DEPLOY === "1";
/** nginx's passive health check: an instance that refused a connection is skipped this long. */
export const FAIL_TIMEOUT_S = 10;
/** How long after SIGKILL nginx may still hand a request to the dead instance's open connection. */
export const IN_FLIGHT_GRACE_S = 1;
/** A hard stop for the whole check, whatever hangs. */
export const DEADLINE_MS = (DURATION_S + 600) * 1000;
