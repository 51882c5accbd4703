// The tenant-isolation sweep: every page, data URL and resource URL of
// organisation B, requested by a member of organisation A, is a 404 that shows
// nothing of B; every action of B submitted by A is a 404 and changes nothing.
// The routes come from app/routes.ts, so new routes are swept automatically;
// a new route parameter fails the sweep until it gets a canary value below.
import { createHash, randomBytes } from "node:crypto";
import { request as playwrightRequest } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import { seedCanaryOrg } from "./canary-org";
import { createTestOrg, E2E_PASSWORD, e2eDb, randomSuffix } from "./factories";
import { expect, ORIGIN, test } from "./fixtures";
import { fillPattern, flattenRoutes } from "./route-table";

/** Routes whose secret in the URL is the credential (no organisation membership involved). */
const TOKEN_ROUTES = new Set([
  "/invite/:token",
  "/calendar/:token",
  "/sign-up/:token",
  "/reset-password/:token",
  "/confirm-email/:token",
  "/unsubscribe/:token",
]);
// Routes whose parameters name public, organisation-free content: the message
// catalogue of a language (the same file for everybody).
const PUBLIC_ROUTES = new Set(["/i18n/:locale/:version"]);

/** Everything of organisation B that an action could change. */
async function snapshot(orgId: string) {
  const db = e2eDb();
  const where = { orgId };
  const [org, counts, latest] = await Promise.all([
    db.organisation.findUnique({ where: { id: orgId }, select: { name: true, updatedAt: true } }),
    Promise.all([
      db.membership.count({ where }),
      db.invitation.count({ where: { ...where, revokedAt: null } }),
      db.roadmap.count({ where }),
      db.task.count({ where: { ...where, deletedAt: null } }),
      db.task.count({ where: { ...where, status: "done" } }),
      db.useCase.count({ where: { ...where, archivedAt: null } }),
      db.assessment.count({ where }),
      db.kpi.count({ where: { ...where, archivedAt: null } }),
      db.kpiMeasurement.count({ where }),
      db.learning.count({ where }),
      db.budgetLine.count({ where }),
      db.exitCriterion.count({ where: { ...where, isMet: true } }),
      db.oversightReview.count({ where }),
      db.training.count({ where: { ...where, archivedAt: null } }),
      db.trainingCompletion.count({ where }),
      db.trainingAssignment.count({ where }),
      db.useCaseMember.count({ where }),
      db.dataSource.count({ where }),
      db.dataSourceCheck.count({ where }),
      db.roadmapReview.count({ where }),
      db.useCaseDecision.count({ where }),
      db.notification.count({ where }),
      db.notification.count({ where: { ...where, readAt: null } }),
      db.webhookEndpoint.count({ where: { ...where, enabled: true } }),
      db.webhookDelivery.count({ where: { ...where, status: "pending" } }),
    ]),
    Promise.all([
      db.roadmap.aggregate({ where, _max: { updatedAt: true } }),
      db.task.aggregate({ where, _max: { updatedAt: true } }),
      db.phase.aggregate({ where, _max: { updatedAt: true } }),
      db.useCase.aggregate({ where, _max: { updatedAt: true } }),
      db.kpi.aggregate({ where, _max: { updatedAt: true } }),
      db.membership.aggregate({ where, _max: { updatedAt: true } }),
      db.oversightReview.aggregate({ where, _max: { updatedAt: true } }),
      db.training.aggregate({ where, _max: { updatedAt: true } }),
      db.dataSource.aggregate({ where, _max: { updatedAt: true } }),
      db.dataSourceCheck.aggregate({ where, _max: { updatedAt: true } }),
      db.roadmapReview.aggregate({ where, _max: { updatedAt: true } }),
      db.webhookEndpoint.aggregate({ where, _max: { updatedAt: true } }),
    ]),
  ]);
  return JSON.stringify({ org, counts, latest });
}

async function signedInRequest(email: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL: ORIGIN });
  const response = await api.post("/sign-in", {
    form: { email, password: E2E_PASSWORD },
    headers: { Origin: ORIGIN },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return api;
}

test("a member of organisation A can neither read nor change anything of organisation B", async () => {
  test.setTimeout(120_000);
  const canary = `CANARY${randomSuffix().toUpperCase()}`;
  const b = await seedCanaryOrg(canary);
  const a = await createTestOrg();
  const api = await signedInRequest(a.users.owner.email);

  const orgRoutes = flattenRoutes().filter((r) => r.pattern.includes(":orgSlug"));
  expect(orgRoutes.length).toBeGreaterThan(3);
  const before = await snapshot(b.org.id);
  const checked: string[] = [];

  for (const route of orgRoutes) {
    const url = fillPattern(route.pattern, b.params);
    const urls = route.isResource ? [url] : [url, `${url.replace(/\/$/, "")}.data`];
    for (const target of urls) {
      const response = await api.get(target, { maxRedirects: 0 });
      const body = await response.text();
      expect.soft(response.status(), `GET ${target}`).toBe(404);
      expect.soft(body.includes(canary), `GET ${target} shows B's data`).toBe(false);
      checked.push(`GET ${target}`);
    }
    const post = await api.post(url, {
      form: { intent: "update", title: "hijacked", name: "hijacked", status: "done" },
      headers: { Origin: ORIGIN },
      maxRedirects: 0,
    });
    expect.soft(post.status(), `POST ${url}`).toBe(404);
    expect.soft((await post.text()).includes(canary), `POST ${url} shows B's data`).toBe(false);
    checked.push(`POST ${url}`);
  }
  expect(await snapshot(b.org.id)).toBe(before);
  expect(checked.length).toBeGreaterThanOrEqual(orgRoutes.length * 2);
  await api.dispose();
});

test("an API token of organisation A can neither read nor change anything of organisation B", async () => {
  const canary = `CANARY${randomSuffix().toUpperCase()}`;
  const b = await seedCanaryOrg(canary);
  const a = await createTestOrg();
  // A's read-and-write token, made as the settings page makes one (only its hash stored).
  const secret = `fpat_${randomBytes(32).toString("base64url")}`;
  await e2eDb().apiToken.create({
    data: {
      orgId: a.org.id,
      name: "Sweep",
      scope: "read_write",
      tokenHash: createHash("sha256").update(secret).digest("hex"),
      prefix: secret.slice(0, 9),
      createdById: a.users.owner.id,
    },
  });
  const api = await playwrightRequest.newContext({
    baseURL: ORIGIN,
    extraHTTPHeaders: { Authorization: `Bearer ${secret}` },
  });
  const document = (await (await api.get("/api/v1/openapi.json")).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const before = await snapshot(b.org.id);
  const body = {
    roadmapId: b.params.roadmapId,
    phase: "pilot",
    title: "hijacked",
    dueDate: "2026-04-01",
    status: "done",
    version: 1,
    measurements: [{ date: "2026-04-01", value: 1 }],
  };
  let checked = 0;
  for (const [path, item] of Object.entries(document.paths)) {
    const url = `/api/v1${path.replace(/\{(\w+)\}/g, (_, name: string) => b.params[name]!)}`;
    for (const method of Object.keys(item)) {
      const response = await api.fetch(url, {
        method: method.toUpperCase(),
        data: method === "get" ? undefined : body,
      });
      const text = await response.text();
      // A's own lists answer 200 (with A's records only); every record of B is a 404.
      if (!path.includes("{"))
        expect.soft([200, 404, 422], `${method} ${url}`).toContain(response.status());
      else expect.soft(response.status(), `${method} ${url}`).toBe(404);
      expect.soft(text.includes(canary), `${method} ${url} shows B's data`).toBe(false);
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(12);
  expect(await snapshot(b.org.id)).toBe(before);
  await api.dispose();
});

test("every route parameter outside the organisation is a token or public route", () => {
  const outside = flattenRoutes().filter(
    (r) => !r.pattern.includes(":orgSlug") && r.pattern.includes(":"),
  );
  for (const route of outside) {
    expect(
      TOKEN_ROUTES.has(route.pattern) || PUBLIC_ROUTES.has(route.pattern) || route.pattern === "*",
      route.pattern,
    ).toBe(true);
  }
});
