// npx tsx scripts/bench-webhooks.ts [--count 200]
//
// Webhook delivery to a local receiver (issue 19's closing number): enqueues `count`
// deliveries (one emitWebhook per transaction, as the module functions do) to a receiver on
// 127.0.0.1, runs the worker's passes until all are sent, and reports p50/p95 of a delivery
// (the HTTP exchange as the log shows it, and event → sent) and deliveries per second.
// DATABASE_URL unset: a fresh SQLite file in the temp directory; either way it is migrated
// first. PostgreSQL: bash scripts/with-postgres.sh npx tsx scripts/bench-webhooks.ts.
// A script, not a test.
import { execSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({ options: { count: { type: "string", default: "200" } } });
const COUNT = Number(args.count);

if (!process.env.DATABASE_URL) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fahrplan-bench-webhooks-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
}
// Idempotent, as npm run db:migrate (a fresh cluster of scripts/with-postgres.sh needs it).
execSync("npx prisma migrate deploy", { stdio: "pipe", env: process.env });
process.env.LOG_LEVEL ??= "warn";

const { db } = await import("../app/lib/db.server");
const { emitWebhook } = await import("../app/modules/webhooks/emit.server");
const { runWebhooksOnce } = await import("../app/modules/webhooks/worker.server");

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

let received = 0;
const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    received++;
    res.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address() as AddressInfo;

const slug = `bench-webhooks-${Date.now()}`;
const org = await db.organisation.create({
  data: { slug, name: "Bench GmbH" },
  select: { id: true },
});
await db.webhookEndpoint.create({
  data: {
    orgId: org.id,
    url: `http://127.0.0.1:${port}/in`,
    events: "task.completed",
    secret: "whsec_bench",
  },
});
// Only this run's deliveries: earlier ones in the same database must not be counted.
await db.webhookDelivery.updateMany({ where: { status: "pending" }, data: { status: "sent" } });

const data = { id: "task", title: "FAQ-Bot testen", status: "done", dueDate: "2026-12-31" };
for (let i = 0; i < COUNT; i++) {
  await db.$transaction((tx) =>
    emitWebhook(tx, { orgId: org.id, event: "task.completed", data: { ...data, n: i } }),
  );
}

const policy = {
  production: false,
  allowLocalhost: false,
  resolve: async () => [{ address: "127.0.0.1", family: 4 }],
};
const started = performance.now();
let passes = 0;
for (;;) {
  const run = await runWebhooksOnce({ policy });
  passes++;
  if (run.claimed === 0) break;
}
const seconds = (performance.now() - started) / 1000;

const rows = await db.webhookDelivery.findMany({
  where: { orgId: org.id },
  select: { status: true, lastDurationMs: true, createdAt: true, sentAt: true, attempts: true },
});
const sent = rows.filter((r) => r.status === "sent");
const exchange = sent.map((r) => r.lastDurationMs ?? 0).sort((a, b) => a - b);
console.log(
  JSON.stringify(
    {
      provider: process.env.DATABASE_URL.split(":")[0],
      deliveries: COUNT,
      sent: sent.length,
      received,
      attemptsMax: Math.max(...rows.map((r) => r.attempts)),
      passes,
      httpExchangeMs: { p50: percentile(exchange, 50), p95: percentile(exchange, 95) },
      workerSeconds: Number(seconds.toFixed(2)),
      deliveriesPerSecond: Number((sent.length / seconds).toFixed(1)),
    },
    null,
    2,
  ),
);
await db.organisation.delete({ where: { id: org.id } });
server.close();
await db.$disconnect();
