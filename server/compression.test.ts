import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import { writeReadableStreamToWritable } from "@react-router/node";
import { afterEach, describe, expect, it } from "vitest";
import { streamingCompression } from "./compression.js";

// The same path as a page: React Router's handler writes each chunk of the stream and
// calls res.flush() after it (writeReadableStreamToWritable), behind the compression
// middleware of server.js.

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

type Producer = (controller: ReadableStreamDefaultController<Uint8Array>) => Promise<void>;

async function serve(produce: Producer) {
  const compress = streamingCompression();
  const server = http.createServer((req, res) =>
    compress(req, res, () => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          await produce(controller);
          controller.close();
        },
      });
      void writeReadableStreamToWritable(body, res);
    }),
  );
  server.listen(0, "127.0.0.1");
  servers.push(server);
  await new Promise((r) => server.once("listening", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** The answer's bytes on the wire and decoded; `onText` sees the decoded text as it comes. */
function get(url: string, encoding: string, onText?: (text: string) => void) {
  return new Promise<{ wire: number; body: Buffer; contentEncoding?: string }>(
    (resolve, reject) => {
      http
        .get(url, { headers: { "Accept-Encoding": encoding } }, (res) => {
          let wire = 0;
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => (wire += c.length));
          const contentEncoding = res.headers["content-encoding"];
          const decoded =
            contentEncoding === "gzip"
              ? res.pipe(zlib.createGunzip())
              : contentEncoding === "br"
                ? res.pipe(zlib.createBrotliDecompress())
                : res;
          let text = "";
          decoded.on("data", (c: Buffer) => {
            chunks.push(c);
            text += c.toString("utf8");
            onText?.(text);
          });
          decoded.on("end", () => resolve({ wire, body: Buffer.concat(chunks), contentEncoding }));
          decoded.on("error", reject);
        })
        .on("error", reject);
    },
  );
}

const encoder = new TextEncoder();
/** A board-like page: many similar cards, in the small chunks React writes. */
function card(i: number) {
  return `<li data-task-id="task-${i}" class="relative rounded-control border bg-surface-raised p-3 shadow-card"><a href="/o/acme/roadmaps/r1/tasks/task-${i}">Task number ${i}</a><span class="text-caption text-ink-muted">Owner ${i % 7}</span></li>`;
}

describe("streamingCompression", () => {
  it("sends a streamed page within 1.5 × the size of one-shot gzip -6 of it", async () => {
    const url = await serve(async (controller) => {
      for (let i = 0; i < 2000; i++) {
        controller.enqueue(encoder.encode(card(i)));
        // The chunks come in separate turns, as React's do when it writes as it renders.
        if (i % 10 === 0) await new Promise((r) => setImmediate(r));
      }
    });
    for (const encoding of ["gzip", "br"]) {
      const { wire, body, contentEncoding } = await get(url, encoding);
      expect(contentEncoding).toBe(encoding);
      const oneShot = zlib.gzipSync(body, { level: 6 }).length;
      expect(wire).toBeLessThanOrEqual(oneShot * 1.5);
    }
  });

  it("still sends what is ready before a part that is still being produced", async () => {
    let shellSeen!: () => void;
    const seen = new Promise<void>((r) => (shellSeen = r));
    const url = await serve(async (controller) => {
      for (let i = 0; i < 100; i++) controller.enqueue(encoder.encode(card(i)));
      controller.enqueue(encoder.encode("<!-- shell end -->"));
      // The rest waits until the client has the shell: without a flush it never would.
      await seen;
      controller.enqueue(encoder.encode("<p>deferred</p>"));
    });
    const { body } = await get(url, "gzip", (text) => {
      if (text.includes("<!-- shell end -->")) shellSeen();
    });
    expect(body.toString()).toMatch(/shell end -->.*deferred/s);
  }, 5_000);

  it("leaves no drain listener behind when a large answer waits for drain many times", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on("warning", onWarning);
    try {
      const url = await serve(async (controller) => {
        // Incompressible, so the zlib stream is slow to take it: many waits for drain.
        for (let i = 0; i < 64; i++) controller.enqueue(randomBytes(64 * 1024));
      });
      const { body } = await get(url, "gzip");
      expect(body.length).toBe(64 * 64 * 1024);
      await new Promise((r) => setImmediate(r));
      expect(warnings).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });
});
