import type { IncomingMessage, ServerResponse } from "node:http";

/** `compression(options)` with flushes coalesced until the writer is idle (server/compression.js). */
export function streamingCompression(
  options?: Record<string, unknown>,
): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
