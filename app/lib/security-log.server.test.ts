import { afterEach, describe, expect, it, vi } from "vitest";
import { RouterContextProvider } from "react-router";
import { createOrgWithMember } from "~/test/factories";
import { db } from "./db.server";
import { orgMiddleware, rootMiddleware } from "./middleware.server";
import { createSession } from "./session.server";
import { requestIdFor } from "./security-log.server";

const ORIGIN = "http://fahrplan.test";

/** The log lines written while `run` runs, parsed. */
async function captureLog(run: () => Promise<unknown>) {
  const lines: Record<string, unknown>[] = [];
  const write = (chunk: string | Uint8Array) => {
    for (const line of String(chunk).split("\n").filter(Boolean))
      lines.push(JSON.parse(line) as Record<string, unknown>);
    return true;
  };
  const err = vi.spyOn(process.stderr, "write").mockImplementation(write);
  const out = vi.spyOn(process.stdout, "write").mockImplementation(write);
  try {
    await run().catch(() => undefined);
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
  return lines;
}

afterEach(() => vi.restoreAllMocks());

type Middleware = typeof rootMiddleware;
const args = (request: Request, params: Record<string, string> = {}) =>
  ({
    request,
    params,
    context: new RouterContextProvider(),
  }) as unknown as Parameters<Middleware>[0];

/** Runs the root middleware (and the organisation's, for /o/ paths) with a route answering `status`. */
async function requestAnswering(request: Request, status: number, orgSlug?: string) {
  const a = args(request, orgSlug ? { orgSlug } : {});
  const answer = async () => new Response(null, { status });
  // As the router does: what a lower middleware throws reaches the root as its answer.
  const lower = async (): Promise<Response> => {
    try {
      return (await (orgSlug ? orgMiddleware(a, answer) : answer())) ?? answer();
    } catch (thrown) {
      return new Response(null, { status: (thrown as { init?: ResponseInit }).init?.status });
    }
  };
  return rootMiddleware(a, lower);
}

describe("security events", () => {
  it("a 403 by role, a 404 and a 429 are logged with user, organisation, route and request id", async () => {
    const { org, user } = await createOrgWithMember("viewer");
    const cookie = (await createSession(new Request(ORIGIN), user.id)).split(";")[0]!;
    for (const status of [403, 404, 429]) {
      const request = new Request(`${ORIGIN}/o/${org.slug}/settings`, {
        headers: { Cookie: cookie, "X-Request-Id": `probe-${status}-abcdef` },
      });
      const lines = await captureLog(() => requestAnswering(request, status, org.slug));
      const events = lines.filter((line) => line.msg === "security");
      expect(events).toEqual([
        expect.objectContaining({
          level: "warn",
          event: { 403: "forbidden", 404: "not_found", 429: "rate_limited" }[status],
          userId: user.id,
          orgId: org.id,
          route: `/o/${org.slug}/settings`,
          status,
          requestId: `probe-${status}-abcdef`,
        }),
      ]);
    }
    // Not an audit event of the organisation.
    expect(await db.auditEvent.count({ where: { orgId: org.id } })).toBe(0);
  });

  it("another organisation's address is a 404 event with the user and without an organisation", async () => {
    const mine = await createOrgWithMember("owner");
    const theirs = await createOrgWithMember("owner");
    const cookie = (await createSession(new Request(ORIGIN), mine.user.id)).split(";")[0]!;
    const request = new Request(`${ORIGIN}/o/${theirs.org.slug}/roadmaps`, {
      headers: { Cookie: cookie },
    });
    const lines = await captureLog(() => requestAnswering(request, 200, theirs.org.slug));
    expect(lines.filter((line) => line.msg === "security")).toEqual([
      expect.objectContaining({
        event: "not_found",
        userId: mine.user.id,
        orgId: null,
        route: `/o/${theirs.org.slug}/roadmaps`,
        status: 404,
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      }),
    ]);
  });

  it("a cross-site POST is logged as origin_refused, without a user when signed out", async () => {
    const request = new Request(`${ORIGIN}/sign-in`, {
      method: "POST",
      headers: {
        Origin: "https://evil.example",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "email=a%40b.test",
    });
    const lines = await captureLog(() => requestAnswering(request, 200));
    expect(lines.filter((line) => line.msg === "security")).toEqual([
      expect.objectContaining({
        event: "origin_refused",
        userId: null,
        orgId: null,
        route: "/sign-in",
        status: 403,
        method: "POST",
      }),
    ]);
  });

  it("answers that are no denial write no security event", async () => {
    for (const status of [200, 302, 400, 409, 500]) {
      const lines = await captureLog(() => requestAnswering(new Request(`${ORIGIN}/`), status));
      expect(
        lines.filter((line) => line.msg === "security"),
        String(status),
      ).toEqual([]);
    }
  });
});

describe("request ids", () => {
  it("keeps a client's id only in the strict shape, else makes one on the server", () => {
    const withId = (id: string) =>
      requestIdFor(new Request(ORIGIN, { headers: { "X-Request-Id": id } }));
    expect(withId("lb-4f3a2c1d.0001")).toBe("lb-4f3a2c1d.0001");
    for (const bad of [
      "short",
      "has space inside",
      "new\\nline-inject",
      "x".repeat(65),
      "<script>alert(1)",
    ]) {
      const id = withId(bad);
      expect(id, bad).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(requestIdFor(new Request(ORIGIN))).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("the middleware answers with the id it used", async () => {
    const response = await rootMiddleware(
      args(new Request(`${ORIGIN}/`, { headers: { "X-Request-Id": "bad id" } })),
      async () => new Response(null),
    );
    expect(response?.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
