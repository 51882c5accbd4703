import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { db } from "~/lib/db.server";
import { formatEvents } from "./events";
import type { WebhookEvent } from "./events";
import type { GuardPolicy } from "./guard.server";

// Shared by the webhook tests: a real HTTP receiver on 127.0.0.1, an endpoint row, the
// development policy with a resolver that never touches DNS, and the verification snippet
// exactly as docs/webhooks.md prints it.

export type Received = { headers: http.IncomingHttpHeaders; body: string; url: string };
/** What the receiver answers: a status, or "hang" (never answers). */
export type Behaviour = (received: Received) => number | "hang";

export async function startReceiver(behaviour: Behaviour = () => 200) {
  const received: Received[] = [];
  const state = { behaviour };
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const entry = { headers: req.headers, body, url: req.url ?? "" };
      received.push(entry);
      const answer = state.behaviour(entry);
      if (answer === "hang") return;
      res.writeHead(answer, answer >= 300 && answer < 400 ? { Location: "/elsewhere" } : {});
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    state,
    ids: () => received.map((r) => String(r.headers["fahrplan-webhook-id"])),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Development mode (http to 127.0.0.1 allowed), no DNS: every name resolves to TEST-NET. */
export const devPolicy: GuardPolicy = {
  production: false,
  allowLocalhost: false,
  resolve: async () => [{ address: "192.0.2.10", family: 4 }],
};

export async function createEndpoint(
  orgId: string,
  url: string,
  events: readonly WebhookEvent[] = ["task.completed"],
) {
  return db.webhookEndpoint.create({
    data: { orgId, url, events: formatEvents(events), secret: `whsec_test_${orgId}` },
    select: { id: true, secret: true },
  });
}

/** Marks every pending delivery of earlier test files in this database as sent. */
export async function settleOtherDeliveries() {
  await db.webhookDelivery.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
}

type Verifier = (rawBody: string, header: string, secret: string, tolerance?: number) => boolean;

/** The first ```js block of docs/webhooks.md, written to a file and imported as it is. */
export async function loadDocumentedVerifier(): Promise<Verifier> {
  const doc = fs.readFileSync(path.join(process.cwd(), "docs/webhooks.md"), "utf8");
  const match = /```js\n([\s\S]*?)```/.exec(doc);
  if (!match?.[1]) throw new Error("docs/webhooks.md has no js snippet");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "fahrplan-verify-")), "verify.mjs");
  fs.writeFileSync(file, match[1]);
  const module = (await import(/* @vite-ignore */ file)) as { verifyFahrplanSignature: Verifier };
  return module.verifyFahrplanSignature;
}
