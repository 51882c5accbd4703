// Step 6: which failures the crash explains (nginx's access log says where each
// failed request went), the summary, and the verdict.
import { ms, percentile } from "../ops-lib";
import type { Timeline } from "./disruption";
import type { Sample } from "./load";
import type { LbLine } from "./nginx";
import { isFailure, REQUEST_KINDS, totalConnections } from "./request-mix";
import { DEPLOY, IN_FLIGHT_GRACE_S } from "./settings";
import type { TickCheck } from "./verify";

export function report(opts: {
  samples: Sample[];
  nginxLog: LbLine[];
  killedAddr: string;
  timeline: Timeline;
  loadStart: number;
  loadEnd: number;
  setup: string;
  ticks: TickCheck;
  tickPoolWrapped: boolean;
}): { ok: boolean; lines: string[] } {
  const { samples, nginxLog, killedAddr, loadStart, loadEnd, ticks } = opts;
  const { killAt, termAt, deployNotes } = opts.timeline;
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
  row("setup", opts.setup);
  row("load", `${seconds.toFixed(1)} s, ${totalConnections()} connections`);
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
  row("tick-offs sent", String(ticks.sent));
  row("tick-offs acknowledged (2xx/3xx)", String(ticks.ids.length));
  row("acknowledged but not stored", String(ticks.missing.length));
  row(
    "failed but stored",
    `${ticks.failedButStored} of ${ticks.failedIds.length} (committed before the answer was lost)`,
  );
  row("cut off when the load stopped", `${ticks.cutOff.length} (${ticks.cutOffStored} stored)`);
  if (opts.tickPoolWrapped) row("note", "the task pool ran out; some tasks were ticked twice");

  const explained =
    failuresBefore.length === 0 &&
    otherLbFailures.length === 0 &&
    failuresAfter.every((s) => s.status === 502) &&
    failuresAfter.length <= inFlightOnKilled.length &&
    failuresDeploy.length === 0;
  const ok = explained && ticks.missing.length === 0 && ticks.ids.length > 0;
  lines.push("");
  lines.push(
    ok
      ? "  RESULT: PASS — only requests in flight on the killed instance failed; every acknowledged tick-off is stored."
      : `  RESULT: FAIL — ${[
          !explained ? "failures other than requests in flight on the killed instance" : "",
          ticks.missing.length ? `${ticks.missing.length} acknowledged tick-offs missing` : "",
          ticks.ids.length === 0 ? "no tick-off was acknowledged" : "",
        ]
          .filter(Boolean)
          .join("; ")}`,
  );
  lines.push("  (figures from a shared machine; see docs/operations.md)");
  return { ok, lines };
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
