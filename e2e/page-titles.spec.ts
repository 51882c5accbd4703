// Every page has a title of its own ("Mitglieder · Fahrplan"), not just the product's
// name: the browser tab, the history and a screen reader announce it. The pages come
// from app/routes.ts, so a new page is covered without editing this spec.
import type { APIRequestContext } from "@playwright/test";
import { seedCanaryOrg } from "./canary-org";
import { RULESET_VERSION } from "../app/modules/assessments/ruleset";
import { E2E_PASSWORD, e2eDb, randomSuffix } from "./factories";
import { expect, signInAs, test } from "./fixtures";
import { fillPattern, flattenRoutes } from "./route-table";

/** Pages for visitors, with the status each answers (an unknown invitation, an unknown URL). */
const PUBLIC_PAGES: Record<string, number> = {
  "/sign-in": 200,
  "/sign-up": 200,
  "/invite/no-such-invitation": 410,
  "/sign-up/no-such-invitation": 410,
  "/forgot-password": 200,
  "/reset-password/no-such-invitation": 410,
  "/confirm-email/no-such-invitation": 410,
  "/unsubscribe/no-such-invitation": 410,
  "/does-not-exist": 404,
};

function titleOf(html: string): string | null {
  const match = /<title>([^<]*)<\/title>/.exec(html);
  return match ? match[1]!.replace(/&amp;/g, "&").trim() : null;
}

async function expectOwnTitle(
  request: APIRequestContext,
  url: string,
  titles: Map<string, string>,
  status = 200,
) {
  const response = await request.get(url);
  // The page itself, not an error page standing in for it.
  expect.soft(response.status(), `status of ${url}`).toBe(status);
  const title = titleOf(await response.text());
  expect.soft(title, `title of ${url} (${response.url()})`).toMatch(/^\S.* · Fahrplan$/);
  if (title) titles.set(url, title);
}

test("every page has a title of its own", async ({ page }) => {
  test.slow(); // one request per page of the app
  const canary = `Titel${randomSuffix()}`;
  const { org, users, params } = await seedCanaryOrg(canary);
  // The canary's assessment is a draft (for the wizard's pages); a result page needs a completed one.
  const completed = await e2eDb().assessment.create({
    data: {
      orgId: org.id,
      useCaseId: params.useCaseId!,
      authorId: users.manager.id,
      status: "completed",
      answers: {},
      result: { tier: "minimal", roles: ["deployer"], obligations: [], judgements: [] },
      tier: "minimal",
      rulesetVersion: RULESET_VERSION,
      completedAt: new Date(),
    },
    select: { id: true },
  });
  const titles = new Map<string, string>();

  for (const [url, status] of Object.entries(PUBLIC_PAGES)) {
    await expectOwnTitle(page.request, url, titles, status);
  }

  // The owner: every page a manager sees, and the organisation's settings too.
  await signInAs(page, users.owner.email, E2E_PASSWORD);
  const pages = flattenRoutes().filter(
    (r) => !r.isResource && r.pattern !== "/*" && !(r.pattern in PUBLIC_PAGES),
  );
  expect(pages.length).toBeGreaterThan(40);
  for (const route of pages) {
    const url = fillPattern(route.pattern, {
      ...params,
      assessmentId: completed.id,
      token: "no-such-invitation",
    });
    await expectOwnTitle(page.request, url, titles, url in PUBLIC_PAGES ? PUBLIC_PAGES[url] : 200);
  }
  // Page-specific: the pages of one organisation do not all share one title.
  expect(new Set(titles.values()).size).toBeGreaterThan(titles.size / 2);
});
