import type { z } from "zod";
import { asApiToken } from "~/lib/api-caller.server";
import type { Actor } from "~/lib/actor";
import { parseValues } from "~/lib/forms.server";
import { logger } from "~/lib/logger.server";
import { can } from "~/lib/permissions";
import { MAX_BODY_BYTES, readAtMost } from "~/lib/request-body.server";
import { requestIdFor } from "~/lib/security-log.server";
import { consumeApiPoint } from "./rate-limit.server";
import { ApiProblem, apiT as t, problemResponse } from "./problem.server";
import type { FieldError } from "./problem.server";
import { matchApiRoute } from "./routes.server";
import { authenticateApiToken } from "./tokens.server";
import type { ApiCaller } from "./tokens.server";

// One wrapper for every /api/v1 route (decision 0020): the bearer token, the token's
// rate limit, the method, the scope's permission, the JSON body, and every error as a
// problem detail. Inside, the call runs "as the token", so the audit events of the
// module functions it calls name the token.

export type ApiCall = {
  caller: ApiCaller;
  /** The actor the module functions take: the token's maker, in the token's organisation. */
  actor: Actor;
  request: Request;
  url: URL;
};

function bearer(request: Request): string | null {
  const header = request.headers.get("Authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/** Serves every /api/v1 call (the splat route routes/api/v1.ts), by the table of routes.server.ts. */
export async function serveApi(request: Request, path: string): Promise<Response> {
  const requestId = requestIdFor(request);
  const started = performance.now();
  let response: Response;
  try {
    response = await serve(request, path, requestId);
  } catch (error) {
    if (error instanceof ApiProblem) response = problemResponse(error, requestId);
    else {
      logger.error("api call failed", {
        requestId,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      response = problemResponse(new ApiProblem("server_error"), requestId);
    }
  }
  response.headers.set("X-Request-Id", requestId);
  logger.info("api", {
    requestId,
    method: request.method,
    path: new URL(request.url).pathname,
    status: response.status,
    ms: Math.round(performance.now() - started),
  });
  return response;
}

async function serve(request: Request, path: string, requestId: string): Promise<Response> {
  const match = matchApiRoute(path);
  if (!match) throw new ApiProblem("not_found", "No such route: see /api/v1/docs.");
  const method = (request.method === "HEAD" ? "GET" : request.method) as "GET" | "POST" | "PATCH";
  const operation = match.route.methods[method];
  if (!operation)
    throw new ApiProblem(
      "method_not_allowed",
      undefined,
      {},
      {
        Allow: Object.keys(match.route.methods).join(", "),
      },
    );
  const secret = bearer(request);
  const caller = secret ? await authenticateApiToken(secret) : null;
  if (!caller)
    throw new ApiProblem(
      "unauthorized",
      "Send a valid token: Authorization: Bearer fpat_…",
      {},
      {
        "WWW-Authenticate": 'Bearer realm="fahrplan"',
      },
    );
  const limited = await consumeApiPoint(caller.tokenId);
  if (limited)
    throw new ApiProblem(
      "rate_limited",
      `Try again in ${limited.retryAfterSeconds} s.`,
      {},
      {
        "Retry-After": String(limited.retryAfterSeconds),
      },
    );
  if (!can(caller.role, operation.may))
    throw new ApiProblem("forbidden", "This needs a token with the scope read_write.");
  const call: ApiCall = {
    caller,
    actor: { orgId: caller.org.id, actorId: caller.userId, requestId },
    request,
    url: new URL(request.url),
  };
  return asApiToken(caller.tokenId, () => operation.run(call, match.ids));
}

/** The JSON body of a write: an object, at most 1 MiB. */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!/^\s*application\/(?:[\w.+-]+\+)?json\s*(;|$)/i.test(type))
    throw new ApiProblem("unsupported_media_type");
  const declared = request.headers.get("Content-Length");
  if (declared !== null && Number(declared) > MAX_BODY_BYTES)
    throw new ApiProblem("payload_too_large");
  const bytes = request.body ? await readAtMost(request.body, MAX_BODY_BYTES) : new Uint8Array();
  if (!bytes) throw new ApiProblem("payload_too_large");
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new ApiProblem("bad_request", "The body is not valid JSON.");
  }
}

/**
 * Checks a JSON body's shape with its wire schema (types as the reference documents
 * them), then the same fields with the app's form schema (the rules the pages apply),
 * so the API has no rules of its own. Field errors come back as 422.
 */
export function parseBody<W extends z.ZodType, F extends z.ZodType>(
  body: unknown,
  wire: W,
  form: F,
  prefix = "",
): z.infer<F> {
  const shaped = wire.safeParse(body);
  if (!shaped.success) {
    const errors: FieldError[] = shaped.error.issues.map((issue) => ({
      field: prefix + (issue.path.join(".") || "body"),
      message: issue.message,
    }));
    throw new ApiProblem("validation", undefined, { errors });
  }
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(shaped.data as Record<string, unknown>)) {
    if (value === null || value === undefined) values[key] = "";
    else if (typeof value === "boolean") values[key] = value ? "on" : "";
    else values[key] = String(value);
  }
  const parsed = parseValues(values, form, t);
  if (!parsed.ok) {
    const errors = Object.entries(parsed.fieldErrors).map(([field, message]) => ({
      field: prefix + field,
      message,
    }));
    throw new ApiProblem("validation", undefined, { errors });
  }
  return parsed.data;
}
