// Step 2: two production servers (node server.js) on loopback ports.
import path from "node:path";
import { ms, startServer, waitForOk } from "../ops-lib";
import type { Child } from "../ops-lib";

/** An app instance; `child` is replaced when the instance is started again. */
export type Instance = { name: string; port: number; child: Child };

export type Launch = (name: string, port: number) => Child;

/** Starts an instance behind the proxy (TRUST_PROXY=1), logging into `tmp`. */
export function launcher(opts: { buildDir: string; databaseUrl: string; tmp: string }): Launch {
  return (name, port) =>
    startServer(name, {
      port,
      buildDir: opts.buildDir,
      databaseUrl: opts.databaseUrl,
      logFile: path.join(opts.tmp, `${name.replace(" ", "-")}.log`),
      env: { TRUST_PROXY: "1" },
    });
}

/** Instance A and instance B, each ready (/readyz answers 200). */
export async function startInstances(
  launch: Launch,
  ports: [number, number],
  log: (message: string) => void,
): Promise<[Instance, Instance]> {
  const instances = [
    { name: "instance A", port: ports[0] },
    { name: "instance B", port: ports[1] },
  ].map((i) => ({ ...i, child: launch(i.name, i.port) }));
  for (const i of instances) {
    const took = await waitForOk(`http://127.0.0.1:${i.port}/readyz`, 60_000, i.child);
    log(`${i.name} ready on 127.0.0.1:${i.port} (${ms(took)})`);
  }
  return [instances[0]!, instances[1]!];
}
