import { db } from "~/lib/db.server";
import { createOrgWithRoadmap } from "~/test/factories";
import { serveApi } from "./handler.server";
import type { ApiScope } from "./token-schema";
import { createApiToken } from "./tokens.server";

// Shared by the API's tests: an organisation with a roadmap, a manual KPI and a use
// case, tokens of both scopes, and a way to call the API as a client would.

export async function apiFixture() {
  const { org, user, actor, roadmap } = await createOrgWithRoadmap();
  const kpi = await db.kpi.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      name: "Bearbeitungszeit",
      category: "efficiency",
      unit: "Min.",
      direction: "lower_is_better",
      baseline: 18,
      target: 9,
      baselineDate: new Date("2026-03-02T00:00:00Z"),
      targetDate: new Date("2026-05-29T00:00:00Z"),
    },
    select: { id: true },
  });
  const useCase = await db.useCase.create({
    data: { orgId: org.id, roadmapId: roadmap.id, title: "Antwortentwürfe" },
    select: { id: true },
  });
  const task = await db.task.findFirstOrThrow({
    where: { orgId: org.id, roadmapId: roadmap.id },
    select: { id: true, version: true, dueDate: true },
  });
  const token = async (scope: ApiScope = "read_write", lifetime: "30" | "never" = "never") =>
    (await createApiToken({ ...actor, data: { name: `Test ${scope}`, scope, lifetime } })).secret;
  return { org, user, actor, roadmap, kpi, useCase, task, token };
}

export type CallOptions = {
  token?: string | null;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
};

/** Calls /api/v1<path> as a client would; the answer and its parsed JSON body. */
export async function call(path: string, options: CallOptions = {}) {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("Authorization", `Bearer ${options.token}`);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  }
  const url = new URL(`http://localhost/api/v1${path}`);
  const response = await serveApi(
    new Request(url, { method: options.method ?? "GET", headers, body }),
    url.pathname.slice("/api/v1/".length),
  );
  const text = await response.text();
  // The tests assert on the answer's shape themselves (the contract test with the schemas).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json: any = text ? JSON.parse(text) : null;
  return { response, status: response.status, json };
}
