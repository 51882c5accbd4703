import { data } from "react-router";
import { env } from "./env.server";

/** Where the app's links point (mails, feeds): APP_ORIGIN, else the request's own origin. */
export function appOrigin(request: Request): string {
  return env.APP_ORIGIN ?? new URL(request.url).origin;
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
