// Shared steps of the roadmap and task specs (e2e/roadmap-*.spec.ts, e2e/tasks-*.spec.ts).
import AxeBuilder from "@axe-core/playwright";
import type { Page, Response } from "@playwright/test";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import { expect, signInAs } from "./fixtures";

export async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/** A fresh organisation with an active template roadmap (started 14 days ago). */
export async function orgWithRoadmap(): Promise<TestOrg & { roadmapId: string }> {
  const org = await createTestOrg({ withRoadmap: true });
  return { ...org, roadmapId: org.roadmapId! };
}

export async function signInRole(page: Page, org: TestOrg, role: keyof TestOrg["users"]) {
  await signInAs(page, org.users[role].email, E2E_PASSWORD);
}

export function roadmapUrl(org: TestOrg, roadmapId: string, rest = "") {
  return `/o/${org.org.slug}/roadmaps/${roadmapId}${rest}`;
}

/** The first open template task of a phase owned by the given user. */
export async function taskOf(
  roadmapId: string,
  ownerId: string,
  phase: "analysis" | "pilot" | "scale" = "analysis",
) {
  return e2eDb().task.findFirstOrThrow({
    where: { roadmapId, ownerId, status: "todo", deletedAt: null, phase: { kind: phase } },
    orderBy: { position: "asc" },
    select: { id: true, title: true, version: true },
  });
}

/** Clicks a submit control and returns the POST's response (document or fetcher). */
export async function submitAndWait(page: Page, click: () => Promise<void>): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    click(),
  ]);
  return response;
}
