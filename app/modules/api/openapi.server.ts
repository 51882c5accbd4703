import { z } from "zod";
import { Problem } from "./contract";
import { PROBLEMS } from "./problem.server";
import { API_ROUTES } from "./routes.server";
import { API_POINTS, API_WINDOW_SECONDS } from "./rate-limit.server";

// The OpenAPI 3.1 document of the API, generated from the table of routes and the zod
// wire schemas (zod's own JSON Schema output, draft 2020-12, which OpenAPI 3.1 uses):
// served at /api/v1/openapi.json and rendered by the reference page.

type Json = Record<string, unknown>;

const ERROR_TEXT: Record<number, string> = {
  400: "A query parameter or cursor cannot be read, or the body is not JSON",
  401: "No token, or an unknown, revoked or expired one",
  403: "The token's scope does not allow this (read-only token)",
  404: "No such record in the token's organisation",
  409: "The record changed since the version sent; `current` holds it now",
  413: "The body is larger than 1 MiB",
  415: "The body is not application/json",
  422: "Fields are invalid (`errors` names each), or an Idempotency-Key was reused with another body",
  429: `More than ${API_POINTS} requests in ${API_WINDOW_SECONDS} s for this token; wait Retry-After seconds`,
};

function components(): Json {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "any",
  }) as { schemas: Record<string, Json> };
  const clean: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema;
    clean[name] = rest;
  }
  return clean;
}

const ref = (schema: z.ZodType) => {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error("An API schema without an id (.meta({ id }))");
  return { $ref: `#/components/schemas/${id}` };
};

const problem = (status: number) => ({
  description: ERROR_TEXT[status],
  content: { "application/problem+json": { schema: ref(Problem) } },
});

let built: Json | undefined;

export function openApiDocument(): Json {
  if (built) return built;
  const paths: Record<string, Json> = {};
  for (const route of API_ROUTES) {
    const item: Json = {};
    const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    for (const [method, op] of Object.entries(route.methods)) {
      const responses: Json = {
        [op.ok.status]: {
          description: "OK",
          content: { "application/json": { schema: ref(op.ok.schema) } },
        },
      };
      const writes = op.may !== "report:read";
      for (const status of [...op.errors, 401, ...(writes ? [403] : []), 429].sort())
        responses[status] = problem(status);
      item[method.toLowerCase()] = {
        operationId: `${method.toLowerCase()}${route.path.replace(/[{}]/g, "").replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase())}`,
        summary: op.summary,
        tags: [op.tag],
        "x-scope": writes ? "read_write" : "read",
        parameters: [
          ...pathParams,
          ...(op.query ?? []).map((q) => ({ ...q, in: "query", required: false })),
          ...(op.idempotent
            ? [
                {
                  name: "Idempotency-Key",
                  in: "header",
                  required: false,
                  description:
                    "Any 1–255 visible ASCII characters: the same key within a day answers as the first time and writes nothing more",
                  schema: { type: "string" },
                },
              ]
            : []),
        ],
        ...(op.body
          ? {
              requestBody: {
                required: true,
                content: { "application/json": { schema: ref(op.body) } },
              },
            }
          : {}),
        responses,
      };
    }
    paths[route.path] = item;
  }
  built = {
    openapi: "3.1.0",
    info: {
      title: "Fahrplan API",
      version: "1.0.0",
      description:
        "Read an organisation's roadmaps, tasks, KPIs, use cases and AI register; create and update tasks, record measurements. Authenticate with an API token (Settings → API tokens): `Authorization: Bearer fpat_…`. Lists page with `limit` and the opaque `cursor` of the previous page's `next`. Errors are problem details (RFC 9457). Days are YYYY-MM-DD, instants ISO 8601 UTC, amounts in cents.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }],
    tags: ["Roadmaps", "Tasks", "KPIs", "Use cases"].map((name) => ({ name })),
    paths,
    components: {
      schemas: components(),
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token, fpat_…" },
      },
    },
    "x-problems": Object.fromEntries(
      Object.entries(PROBLEMS).map(([code, p]) => [code, { status: p.status, title: p.title }]),
    ),
  };
  return built;
}
