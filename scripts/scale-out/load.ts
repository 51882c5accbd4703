// Step 4: the load. Every kind of request of the mix runs through nginx at the
// same time for the whole run; each answer (or socket error) becomes a sample,
// and each tick-off is recorded as sent and, with its status, as answered.
import { createRequire } from "node:module";
import { REQUEST_KINDS } from "./request-mix";
import type { Fixture } from "./request-mix";
import type { PoolTask } from "./task-pool";

export type Sample = {
  kind: string;
  end: number;
  latency: number;
  status: number | null;
  error?: string;
};

/** The tick-offs sent, and the status each answered one got. */
export type TickLedger = {
  sent: Set<string>;
  acked: Map<string, number>;
  /** Whether the pool ran out and started again (some tasks ticked twice). */
  poolWrapped: () => boolean;
};

/** The fixture the request mix reads, and the ledger it fills. */
export function createFixture(
  base: Omit<Fixture, "nextTask" | "sentTickOff" | "ackTickOff">,
  pool: PoolTask[],
): { fixture: Fixture; ledger: TickLedger } {
  const sent = new Set<string>();
  const acked = new Map<string, number>();
  let poolIndex = 0;
  let poolWrapped = false;
  const fixture: Fixture = {
    ...base,
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
  return { fixture, ledger: { sent, acked, poolWrapped: () => poolWrapped } };
}

// autocannon ships no types; this is the part of its API used here.
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

/** One autocannon run per kind of request, pushing into `samples`; resolves when all are done. */
export function runLoad(fixture: Fixture, durationS: number, samples: Sample[]): Promise<void>[] {
  const require = createRequire(import.meta.url);
  const autocannon = require("autocannon") as Autocannon;
  return REQUEST_KINDS.map(
    (kind) =>
      new Promise<void>((resolve, reject) => {
        const instance = autocannon({
          url: fixture.origin,
          connections: kind.connections,
          duration: durationS,
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
}
