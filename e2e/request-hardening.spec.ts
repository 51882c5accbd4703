// What a script may send the server, answered at the HTTP level (no browser): a body too
// large is refused with 413 before it is read; a body that is no form gets 415 (or 400 when
// the form is broken) on every route of app/routes.ts; a return path leads nowhere but the
// app, refused before a session is made; and every answer says X-Content-Type-Options:
// nosniff, `.data` streams and CSV, calendar and JSON routes included.
import http from "node:http";
import type { APIRequestContext } from "@playwright/test";
import { createToken, hashToken } from "../app/lib/crypto.server";
import { MAX_BODY_BYTES } from "../app/lib/request-body.server";
import { seedCanaryOrg } from "./canary-org";
import { E2E_PORT } from "./env";
import { createTestOrg, E2E_PASSWORD, e2eDb, randomSuffix } from "./factories";
import { apiWithSession, expect, ORIGIN, test } from "./fixtures";
import { fillPattern, flattenRoutes } from "./route-table";

/** Every address of the app, with a value for each parameter (the canary organisation's). */
async function everyAddress() {
  const { users, params } = await seedCanaryOrg(`Hart${randomSuffix()}`);
  const token = createToken();
  await e2eDb().user.update({
    where: { id: users.owner.id },
    data: { calendarToken: hashToken(token) },
  });
  const values = { ...params, token: `${token}.ics`, locale: "de", version: "1" };
  const routes = flattenRoutes().map((route) => ({
    ...route,
    url: fillPattern(route.pattern, values).replace(/\/\*$/, "/gibt-es-nicht"),
  }));
  return { owner: users.owner, routes };
}

/** A page's own address and its `.data` twin (what the app's forms post with JavaScript). */
function withData(route: { url: string; isResource: boolean }): string[] {
  if (route.isResource) return [route.url];
  const data = route.url === "/" ? "/_root.data" : `${route.url.replace(/\/$/, "")}.data`;
  return [route.url, data];
}

const NOT_A_FORM: { label: string; type: string | null; body: string; status: number }[] = [
  { label: "JSON", type: "application/json", body: '{"intent":"update"}', status: 415 },
  { label: "XML", type: "application/xml", body: "<intent>update</intent>", status: 415 },
  { label: "plain text", type: "text/plain", body: "intent=update", status: 415 },
  { label: "no content type", type: null, body: "intent=update", status: 415 },
  {
    label: "broken multipart",
    type: "multipart/form-data; boundary=kaputt",
    body: '--kaputt\r\nContent-Disposition: form-data; name="intent"\r\n\r\nohne Ende',
    status: 400,
  },
];

async function inBatches<T>(items: T[], size: number, each: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map(each));
}

test("every route refuses a body that is no form: 415, or 400 for a broken form, never 5xx", async () => {
  test.slow(); // five bodies to every address of the app
  const { owner, routes } = await everyAddress();
  const api = await apiWithSession(owner.id);
  const targets = routes.flatMap(withData);
  expect(targets.length).toBeGreaterThan(100);
  const wrong: string[] = [];
  await inBatches(targets, 8, async (url) => {
    for (const body of NOT_A_FORM) {
      const headers: Record<string, string> = { Origin: ORIGIN };
      if (body.type) headers["Content-Type"] = body.type;
      const response = await api.post(url, {
        data: Buffer.from(body.body),
        headers,
        maxRedirects: 0,
      });
      // The JSON API takes no forms: its reference and document are read only (405), and
      // a call without a token is refused before any body is read (401, 404 for no route).
      const expected = url.startsWith("/api/")
        ? url.endsWith("/gibt-es-nicht")
          ? 404
          : url.startsWith("/api/v1/docs") || url.startsWith("/api/v1/openapi.json")
            ? 405
            : 401
        : body.status;
      if (response.status() !== expected) {
        wrong.push(`${body.label} → POST ${url}: ${response.status()}`);
      }
      expect.soft(response.headers()["x-content-type-options"], url).toBe("nosniff");
    }
  });
  expect(wrong).toEqual([]);
  await api.dispose();
});

type Answer = { status: number; sentBytes: number; nosniff: string | undefined };

/**
 * Posts a form of `total` bytes in 64 KB chunks, stopping as soon as the answer arrives:
 * how much was sent by then shows how much the server read before it answered. With
 * `declare`, the length is announced up front (Content-Length), otherwise it is chunked.
 */
function postHuge(path: string, total: number, declare: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      Origin: ORIGIN,
      "Content-Type": "application/x-www-form-urlencoded",
    };
    if (declare) headers["Content-Length"] = String(total);
    const request = http.request({
      host: "localhost",
      port: E2E_PORT,
      path,
      method: "POST",
      headers,
    });
    const chunk = Buffer.alloc(64 * 1024, "x");
    let sentBytes = 0;
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      response.resume();
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          sentBytes,
          nosniff: response.headers["x-content-type-options"] as string | undefined,
        }),
      );
    });
    // The server closes the connection after refusing: the rest of the body goes nowhere.
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sentBytes < total) {
        sentBytes += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    };
    request.write("email=");
    pump();
  });
}

test("a body over 1 MB is refused with 413 before the server reads it", async ({ request }) => {
  const org = await createTestOrg({ withRoadmap: true });
  const total = 200 * 1024 * 1024;
  // Without an account, with JavaScript or without, and on a resource route.
  for (const path of ["/sign-in", "/sign-in.data", `/o/${org.org.slug}/audit.csv`, "/locale"]) {
    for (const declare of [true, false]) {
      const answer = await postHuge(path, total, declare);
      const label = `${path} (${declare ? "Content-Length" : "chunked"})`;
      expect(answer.status, label).toBe(413);
      expect(answer.nosniff, label).toBe("nosniff");
      // The megabyte, plus what the network buffers hold: never the 200 MB.
      expect(answer.sentBytes, label).toBeLessThan(MAX_BODY_BYTES + 16 * 1024 * 1024);
    }
  }
  // The server is well, and a form just under the limit is still read.
  expect((await request.get("/healthz")).status()).toBe(200);
  const answer = await request.post("/sign-in", {
    form: { email: "x".repeat(MAX_BODY_BYTES - 1000), password: "x" },
    headers: { Origin: ORIGIN },
    maxRedirects: 0,
  });
  expect(answer.status()).toBe(400);
});

/** Return paths that lead off the app in some browser or parser. */
const BYPASSES = [
  "//evil.example/",
  "///evil.example/",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example/",
  "/\n/evil.example",
  "/%2F%2Fevil.example",
  "/%5Cevil.example",
  "/%09/evil.example",
  "/.//evil.example",
  "https://evil.example",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/account\r\nSet-Cookie: x=1",
];

test("a return path off the app is refused before sign-in makes a session", async ({ request }) => {
  const org = await createTestOrg({ withRoadmap: true });
  const user = org.users.member;
  const sessions = () => e2eDb().session.count({ where: { userId: user.id } });
  const before = await sessions();
  for (const redirectTo of BYPASSES) {
    const response = await request.post("/sign-in", {
      form: { email: user.email, password: E2E_PASSWORD, redirectTo },
      headers: { Origin: ORIGIN },
      maxRedirects: 0,
    });
    expect(response.status(), JSON.stringify(redirectTo)).toBe(400);
    expect(response.headers().location, JSON.stringify(redirectTo)).toBeUndefined();
    const locale = await request.post("/locale", {
      form: { locale: "de", redirectTo },
      headers: { Origin: ORIGIN },
      maxRedirects: 0,
    });
    expect(locale.status(), `/locale ${JSON.stringify(redirectTo)}`).toBe(400);
  }
  expect(await sessions(), "no session made").toBe(before);

  // A poisoned link to the sign-in page drops its target instead of carrying it along.
  const page = await request.get(`/sign-in?redirectTo=${encodeURIComponent("/\t/evil.example/")}`);
  expect(await page.text()).toContain('<input type="hidden" name="redirectTo" value=""/>');

  // The app's own path is where signing in leads.
  const own = `/o/${org.org.slug}/kpis?tab=1`;
  const signedIn = await request.post("/sign-in", {
    form: { email: user.email, password: E2E_PASSWORD, redirectTo: own },
    headers: { Origin: ORIGIN },
    maxRedirects: 0,
  });
  expect(signedIn.status()).toBe(302);
  expect(signedIn.headers().location).toBe(own);
});

async function expectNosniff(api: APIRequestContext, urls: string[]) {
  const missing: string[] = [];
  await inBatches(urls, 8, async (url) => {
    const response = await api.get(url, { maxRedirects: 0 });
    if (response.headers()["x-content-type-options"] !== "nosniff") {
      missing.push(`GET ${url}: ${response.status()} ${response.headers()["content-type"]}`);
    }
  });
  expect(missing).toEqual([]);
}

test("every answer says nosniff: pages, .data, CSV, calendar and JSON routes, assets", async ({
  request,
}) => {
  const { owner, routes } = await everyAddress();
  const api = await apiWithSession(owner.id);
  const resources = routes.filter((r) => r.isResource).map((r) => r.url);
  // The CSV exports, the calendar feed and the message catalogue (JSON) among them.
  expect(resources.filter((url) => /\.csv$/.test(url)).length).toBeGreaterThanOrEqual(3);
  expect(resources.some((url) => /\.ics$/.test(url))).toBe(true);
  expect(resources.some((url) => url.startsWith("/i18n/"))).toBe(true);
  await expectNosniff(api, routes.flatMap(withData));
  // Signed out (redirects to the sign-in page), and the static files.
  const html = await (await request.get("/sign-in")).text();
  const asset = /\/assets\/[\w.-]+\.js/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  await expectNosniff(request, ["/o/x/kpis.data", "/favicon.svg", asset!]);
  await api.dispose();
});
