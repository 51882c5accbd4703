import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "./guard.server";

// One POST of a delivery, to the address the guard checked: the connection's lookup
// answers with that address only, so no second resolution can swap it (DNS rebinding).
// No redirects are followed (node's client never follows them; a 3xx is a failure),
// the whole exchange has a deadline, and the response body is discarded.

export const TIMEOUT_MS = 5_000;

export type SendResult = {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
};

export type SendRequest = {
  url: URL;
  address: ResolvedAddress;
  headers: Record<string, string>;
  body: string;
  timeoutMs?: number;
};

export type Sender = (request: SendRequest) => Promise<SendResult>;

function pinnedLookup(address: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [address]);
    else callback(null, address.address, address.family);
  };
}

/** POSTs the body; resolves (never rejects) with the outcome. 2xx is success. */
export const postWebhook: Sender = (request) => {
  const started = performance.now();
  const timeoutMs = request.timeoutMs ?? TIMEOUT_MS;
  const client = request.url.protocol === "https:" ? https : http;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const ok = error === null && statusCode !== null && statusCode >= 200 && statusCode < 300;
      resolve({
        ok,
        statusCode,
        durationMs: Math.round(performance.now() - started),
        error: ok ? null : (error ?? `HTTP ${statusCode}`),
      });
    };
    const req = client.request(request.url, {
      method: "POST",
      headers: {
        ...request.headers,
        "Content-Length": String(Buffer.byteLength(request.body)),
      },
      lookup: pinnedLookup(request.address),
      // A fresh connection per delivery: a pooled socket could be one to another address.
      agent: false,
    });
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`));
      finish(null, `timeout after ${timeoutMs} ms`);
    }, timeoutMs);
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      res.on("error", () => finish(status, null));
      res.on("end", () =>
        finish(status, status >= 300 && status < 400 ? `redirect ${status} not followed` : null),
      );
      res.resume();
    });
    req.on("error", (error) => finish(null, error.message.slice(0, 300)));
    req.end(request.body);
  });
};
