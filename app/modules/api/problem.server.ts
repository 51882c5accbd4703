import { createT } from "~/lib/i18n";

/** The API's messages (field errors): English, the language of its reference. */
export const apiT = createT("en");

// Error answers of the API as problem details (RFC 9457): `application/problem+json`
// with type, title, status and detail; field errors as `errors: [{ field, message }]`;
// a version conflict carries the current record as `current`. Every `type` is a
// fragment of the API reference page, where each problem is explained.

export const PROBLEMS = {
  unauthorized: { status: 401, title: "Missing, unknown, revoked or expired token" },
  forbidden: { status: 403, title: "The token's scope does not allow this" },
  not_found: { status: 404, title: "No such resource in this organisation" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "The record changed since the version you sent" },
  idempotency_mismatch: {
    status: 422,
    title: "This Idempotency-Key was used with a different request",
  },
  payload_too_large: { status: 413, title: "The body is larger than 1 MiB" },
  unsupported_media_type: { status: 415, title: "The body must be application/json" },
  bad_request: { status: 400, title: "The request cannot be read" },
  validation: { status: 422, title: "Some fields are invalid" },
  rate_limited: { status: 429, title: "Too many requests for this token" },
  server_error: { status: 500, title: "Something went wrong on our side" },
} as const;
export type ProblemCode = keyof typeof PROBLEMS;

export type FieldError = { field: string; message: string };

/** An API answer that is an error: thrown by a handler, answered by `api()`. */
export class ApiProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; current?: unknown } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? PROBLEMS[code].title);
  }
}

export function problemResponse(problem: ApiProblem, requestId: string): Response {
  const { status, title } = PROBLEMS[problem.code];
  return new Response(
    JSON.stringify({
      type: `/api/v1/docs#problem-${problem.code}`,
      title,
      status,
      ...(problem.detail ? { detail: problem.detail } : {}),
      instance: requestId,
      ...problem.extra,
    }),
    {
      status,
      headers: {
        "Content-Type": "application/problem+json",
        "Cache-Control": "no-store",
        ...problem.headers,
      },
    },
  );
}

/** A JSON answer. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers },
  });
}
