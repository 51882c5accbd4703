import { describe, expect, it } from "vitest";
import { HtmlStream } from "./html-stream.server";

function collect(stream: HtmlStream) {
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return chunks;
}

describe("HtmlStream", () => {
  it("hands React's small pieces on as one chunk per flush, in order", () => {
    const stream = new HtmlStream();
    const chunks = collect(stream);
    for (let i = 0; i < 10; i++) stream.write(new TextEncoder().encode(`<p>${i}</p>`));
    expect(chunks).toHaveLength(0);
    stream.flush();
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.toString()).toBe(
      Array.from({ length: 10 }, (_, i) => `<p>${i}</p>`).join(""),
    );
  });

  it("does not hold more than 64 KiB back, and loses nothing at the end", async () => {
    const stream = new HtmlStream();
    const chunks = collect(stream);
    const piece = Buffer.alloc(4096, "a");
    for (let i = 0; i < 40; i++) stream.write(piece); // 160 KiB, no flush
    stream.write("tail");
    const ended = new Promise((resolve) => stream.on("end", resolve));
    stream.end();
    await ended;
    expect(chunks.slice(0, -1).every((c) => c.length === 64 * 1024)).toBe(true);
    const all = Buffer.concat(chunks).toString();
    expect(all).toHaveLength(40 * 4096 + 4);
    expect(all.endsWith("aaaatail")).toBe(true);
  });

  it("never blocks React's writes on a whole page", () => {
    const stream = new HtmlStream();
    const piece = Buffer.alloc(4096, "b");
    let accepted = true;
    for (let i = 0; i < 60; i++) accepted = stream.write(piece) && accepted; // 240 KiB, nobody reading
    expect(accepted).toBe(true);
  });

  it("a flush with nothing written sends nothing", () => {
    const stream = new HtmlStream();
    const chunks = collect(stream);
    stream.flush();
    expect(chunks).toHaveLength(0);
  });
});
