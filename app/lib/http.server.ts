import { data } from "react-router";
import { env } from "./env.server";

/**
 * Where links in mails point when no request is at hand (the worker's reminders and
 * digests): APP_ORIGIN, else this server on localhost (PORT, as server.js listens).
 */
export function publicOrigin(): string {
  return env.APP_ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

/**
 * Where the app's links point (mails, feeds): APP_ORIGIN, never the request's Host
 * header, which a client chooses (a reset link to a forged host would hand its token
 * to that host). Without APP_ORIGIN: localhost with PORT; only the dev server, which
 * listens on Vite's port, uses the request's own origin.
 */
export function appOrigin(request: Request): string {
  if (env.APP_ORIGIN) return env.APP_ORIGIN;
  if (import.meta.env?.DEV && env.NODE_ENV !== "test") return new URL(request.url).origin;
  return publicOrigin();
}

// Thrown responses are caught by the one shared error boundary in root.tsx.
export function notFound(): never {
  throw data({ reason: "not_found" }, { status: 404 });
}

export function forbidden(): never {
  throw data({ reason: "forbidden" }, { status: 403 });
}

export function badRequest(): never {
  throw data({ reason: "bad_request" }, { status: 400 });
}

const BODY_REASONS = { 400: "bad_request", 413: "too_large", 415: "not_a_form" } as const;

/** A refused request body (see request-body.server.ts): too large, no form, or unreadable. */
export function refusedBody(status: keyof typeof BODY_REASONS): never {
  throw data({ reason: BODY_REASONS[status] }, { status });
}
