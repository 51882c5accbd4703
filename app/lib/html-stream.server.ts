import { Transform } from "node:stream";
import type { TransformCallback } from "node:stream";

/** Above this many buffered bytes a chunk goes out without waiting for React's flush. */
const MAX_BUFFERED = 64 * 1024;

/**
 * The HTML stream between React and the response. React writes its output in 4 KiB
 * pieces and calls `flush()` after each pass over the finished parts of the page; this
 * stream hands the pieces on as one chunk per flush (or per 64 KiB), so a large page
 * (a phase board of a hundred cards is ~500 KiB) crosses the web-stream, compression
 * and socket layers a handful of times instead of a hundred and twenty. A suspended
 * part still streams: React flushes as soon as it has something to show.
 */
export class HtmlStream extends Transform {
  #chunks: Buffer[] = [];
  #size = 0;

  constructor() {
    // Room for a whole page on the readable side, so React never waits for a drain
    // between two pieces of the same pass.
    super({ readableHighWaterMark: 4 * MAX_BUFFERED });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.#chunks.push(chunk);
    this.#size += chunk.length;
    if (this.#size >= MAX_BUFFERED) this.flush();
    callback();
  }

  override _flush(callback: TransformCallback) {
    this.flush();
    callback();
  }

  /** Called by React after each pass: what it wrote so far goes out as one chunk. */
  flush() {
    if (this.#size === 0) return;
    const chunk = this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks);
    this.#chunks = [];
    this.#size = 0;
    this.push(chunk);
  }
}
