import { describe, expect, it } from "vitest";
import { z } from "zod";
import routes from "~/routes";
import { apiFixture, call } from "./api-test-helpers";
import { Problem } from "./contract";
import { openApiDocument } from "./openapi.server";
import { API_ROUTES } from "./routes.server";

// Contract tests from the OpenAPI document: every documented operation answers its
// documented success with a body its schema accepts, and each documented error (but
// 429, the same for every route and tested in tokens.server.test.ts) with a problem
// body. And the document, the dispatcher's table and the app's routes agree.

type Operation = {
  parameters: { name: string; in: string }[];
  requestBody?: unknown;
  responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }>;
};
const doc = openApiDocument() as { paths: Record<string, Record<string, Operation>> };

function schemaOf(ref: string): z.core.$ZodType {
  const id = ref.split("/").at(-1);
  for (const [name, schema] of z.globalRegistry._idmap) if (name === id) return schema;
  throw new Error(`No schema ${ref}`);
}

type Fixture = Awaited<ReturnType<typeof apiFixture>>;

/** A valid request for each documented operation, built from the fixture. */
function validRequest(f: Fixture, method: string, path: string) {
  const ids: Record<string, string> = {
    roadmapId: f.roadmap.id,
    taskId: f.task.id,
    kpiId: f.kpi.id,
    useCaseId: f.useCase.id,
  };
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]!);
  const bodies: Record<string, unknown> = {
    "POST /tasks": {
      roadmapId: f.roadmap.id,
      phase: "pilot",
      title: "Vertrag",
      dueDate: "2026-04-01",
    },
    "PATCH /tasks/{taskId}": {
      title: "Neu",
      dueDate: "2026-03-20",
      status: "todo",
      version: f.task.version,
    },
    "POST /kpis/{kpiId}/measurements": { measurements: [{ date: "2026-03-10", value: 12 }] },
  };
  return { url, body: bodies[`${method.toUpperCase()} ${path}`] };
}

const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method, op })),
);

describe("the API answers as its OpenAPI document says", () => {
  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    "%s",
    async (_, { path, method, op }) => {
      const f = await apiFixture();
      const writer = await f.token("read_write");
      const reader = await f.token("read");
      const { url, body } = validRequest(f, method, path);
      const expectProblem = (answer: Awaited<ReturnType<typeof call>>, status: number) => {
        expect(answer.status, `${status} of ${method} ${path}`).toBe(status);
        expect(answer.response.headers.get("Content-Type")).toBe("application/problem+json");
        expect(Problem.safeParse(answer.json).success).toBe(true);
      };
      const send = (
        token: string | null,
        extra: { body?: unknown; url?: string; headers?: Record<string, string> } = {},
      ) =>
        call(extra.url ?? url, {
          token,
          method: method.toUpperCase(),
          body: "body" in extra ? extra.body : body,
          headers: extra.headers,
        });

      for (const status of Object.keys(op.responses).map(Number)) {
        if (status === 200 || status === 201) {
          const answer = await send(writer);
          expect(answer.status, JSON.stringify(answer.json)).toBe(status);
          const schema = schemaOf(op.responses[status]!.content["application/json"]!.schema.$ref);
          const parsed = z.safeParse(schema, answer.json);
          expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        } else if (status === 401) expectProblem(await send(null), 401);
        else if (status === 403) expectProblem(await send(reader), 403);
        else if (status === 404) {
          const missing = url.replace(/\/(c[a-z0-9]{20,})(?=\/|$)/, "/nichtda0000000000000000");
          const bodyFor404 =
            path === "/tasks"
              ? {
                  roadmapId: "nichtda0000000000000000",
                  phase: "pilot",
                  title: "x",
                  dueDate: "2026-04-01",
                }
              : body;
          expectProblem(await send(writer, { url: missing, body: bodyFor404 }), 404);
        } else if (status === 400)
          expectProblem(
            op.requestBody
              ? await send(writer, { body: "{nope" })
              : await send(writer, { url: `${url}?limit=0` }),
            400,
          );
        else if (status === 409) {
          await send(writer);
          expectProblem(await send(writer), 409);
        } else if (status === 413)
          expectProblem(await send(writer, { body: { padding: "x".repeat(1_100_000) } }), 413);
        else if (status === 415)
          expectProblem(
            await send(writer, { body: "a=b", headers: { "Content-Type": "text/plain" } }),
            415,
          );
        else if (status === 422) expectProblem(await send(writer, { body: {} }), 422);
        else expect(status).toBe(429);
      }
    },
  );
});

describe("the document, the dispatcher and the routes agree", () => {
  it("documents exactly the routes the API serves", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(API_ROUTES.map((r) => r.path).sort());
    for (const route of API_ROUTES)
      expect(Object.keys(doc.paths[route.path]!).sort()).toEqual(
        Object.keys(route.methods)
          .map((m) => m.toLowerCase())
          .sort(),
      );
  });

  it("the app has no API route outside the document (only the document and its page besides)", () => {
    const paths: string[] = [];
    const walk = (entries: typeof routes, base: string) => {
      for (const entry of entries) {
        const path = entry.path ? `${base}/${entry.path}` : base;
        if (path.startsWith("/api")) paths.push(path);
        if (entry.children) walk(entry.children, path);
      }
    };
    walk(routes, "");
    expect(paths.sort()).toEqual(["/api/v1/*", "/api/v1/docs", "/api/v1/openapi.json"]);
  });

  it("an undocumented path is 404 and an undocumented method 405, as problems", async () => {
    const f = await apiFixture();
    const secret = await f.token();
    const missing = await call("/projects", { token: secret });
    expect(missing.status).toBe(404);
    expect(Problem.safeParse(missing.json).success).toBe(true);
    const method = await call("/roadmaps", { token: secret, method: "POST", body: {} });
    expect(method.status).toBe(405);
    expect(method.response.headers.get("Allow")).toBe("GET");
  });
});
