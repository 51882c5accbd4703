// The role matrix for the use-case and assessment actions: every mutation ×
// {owner, manager, member, viewer, non-member, anonymous}. Allowed roles get a
// success (2xx/3xx), other members 403, non-members 404, anonymous visitors are
// sent to sign in. Each cell runs in a fresh organisation; the members act with
// sessions made in the database (signing in is not under test here). Reading (list,
// result, register, CSV) is open to every member, viewers included.
import type { Role } from "../app/lib/permissions";
import { CV_SCREENING } from "../app/modules/assessments/assessments.test-helpers";
import { assess } from "../app/modules/assessments/rules";
import { createTestOrg, e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import { apiAsActor, expect, ORIGIN, test } from "./fixtures";

type Cell = { path: string; form: Record<string, string> };
type Mutation = { action: string; setup: (org: TestOrg) => Promise<Cell> };

const RATINGS = {
  ratingValue: "3",
  ratingDataQuality: "3",
  ratingDataProtection: "3",
  ratingTeamReadiness: "3",
  ratingEffort: "3",
};

async function createUseCase(org: TestOrg) {
  return e2eDb().useCase.create({
    data: { orgId: org.org.id, title: "Bewerbungen", area: "hr", roadmapId: org.roadmapId! },
    select: { id: true },
  });
}

async function assessment(org: TestOrg, useCaseId: string, status: "draft" | "completed") {
  const result = assess(CV_SCREENING, { asOf: "2026-07-15" });
  return e2eDb().assessment.create({
    data: {
      orgId: org.org.id,
      useCaseId,
      status,
      answers: CV_SCREENING,
      rulesetVersion: result.rulesetVersion,
      ...(status === "completed"
        ? { result: JSON.parse(JSON.stringify(result)), tier: result.tier, completedAt: new Date() }
        : {}),
    },
    select: { id: true },
  });
}

const MUTATIONS: Mutation[] = [
  {
    action: "usecase:create",
    setup: async (o) => ({
      path: `/o/${o.org.slug}/use-cases/new`,
      form: { title: "Neu", area: "sales", ...RATINGS },
    }),
  },
  {
    action: "usecase:update (edit)",
    setup: async (o) => ({
      path: `/o/${o.org.slug}/use-cases/${(await createUseCase(o)).id}/edit`,
      form: { title: "Geändert", area: "hr", version: "1", ...RATINGS },
    }),
  },
  {
    action: "usecase:update (status)",
    setup: async (o) => ({
      path: `/o/${o.org.slug}/use-cases/${(await createUseCase(o)).id}`,
      form: { intent: "status", status: "selected", version: "1" },
    }),
  },
  {
    action: "usecase:update (archive)",
    setup: async (o) => ({
      path: `/o/${o.org.slug}/use-cases/${(await createUseCase(o)).id}`,
      form: { intent: "archive", version: "1" },
    }),
  },
  {
    action: "assessment:update (save step)",
    setup: async (o) => ({
      path: `/o/${o.org.slug}/use-cases/${(await createUseCase(o)).id}/assessment/1`,
      form: { shown: "q1_ai_system", q1_ai_system: "no" },
    }),
  },
  {
    action: "assessment:update (discard draft)",
    setup: async (o) => {
      const u = await createUseCase(o);
      await assessment(o, u.id, "draft");
      return {
        path: `/o/${o.org.slug}/use-cases/${u.id}/assessment/1`,
        form: { intent: "discard" },
      };
    },
  },
  {
    action: "assessment:update (complete)",
    setup: async (o) => {
      const u = await createUseCase(o);
      await assessment(o, u.id, "draft");
      return {
        path: `/o/${o.org.slug}/use-cases/${u.id}/assessment/review`,
        form: { intent: "complete" },
      };
    },
  },
  {
    action: "assessment:update + task:create (plan obligations)",
    setup: async (o) => {
      const u = await createUseCase(o);
      const a = await assessment(o, u.id, "completed");
      return {
        path: `/o/${o.org.slug}/use-cases/${u.id}/assessments/${a.id}`,
        form: { intent: "plan" },
      };
    },
  },
];

/** Who may do what. Deliberately written out, not derived from app/lib/permissions.ts. */
const EXPECTED: Record<string, Role[]> = {
  "usecase:create": ["owner", "manager"],
  "usecase:update (edit)": ["owner", "manager"],
  "usecase:update (status)": ["owner", "manager"],
  "usecase:update (archive)": ["owner", "manager"],
  "assessment:update (save step)": ["owner", "manager"],
  "assessment:update (discard draft)": ["owner", "manager"],
  "assessment:update (complete)": ["owner", "manager"],
  "assessment:update + task:create (plan obligations)": ["owner", "manager"],
};

type Actor = Role | "non-member" | "anonymous";
const ACTORS: Actor[] = ["owner", "manager", "member", "viewer", "non-member", "anonymous"];

test("every mutation has a row in the expected table", () => {
  expect(MUTATIONS.map((m) => m.action).sort()).toEqual(Object.keys(EXPECTED).sort());
});

for (const mutation of MUTATIONS) {
  test.describe(mutation.action, () => {
    for (const actor of ACTORS) {
      test(actor, async () => {
        const org = await createTestOrg({ withRoadmap: true });
        const cell = await mutation.setup(org);
        const api = await apiAsActor(org, actor);
        const response = await api.post(cell.path, {
          form: cell.form,
          headers: { Origin: ORIGIN },
          maxRedirects: 0,
        });
        const status = response.status();
        if (actor === "anonymous") {
          expect(status).toBe(302);
          expect(response.headers()["location"]).toMatch(/^\/sign-in/);
        } else if (actor === "non-member") {
          expect(status).toBe(404);
        } else if (EXPECTED[mutation.action]!.includes(actor)) {
          expect(status, await response.text()).toBeLessThan(400);
        } else {
          expect(status).toBe(403);
        }
        await api.dispose();
      });
    }
  });
}

test("every member, viewers included, reads use cases, results, history and the register", async () => {
  const org = await createTestOrg({ withRoadmap: true });
  const u = await createUseCase(org);
  const a = await assessment(org, u.id, "completed");
  const base = `/o/${org.org.slug}`;
  for (const actor of ["owner", "manager", "member", "viewer"] as const) {
    const api = await apiAsActor(org, actor);
    for (const path of [
      "/use-cases",
      "/use-cases/matrix",
      `/use-cases/${u.id}`,
      `/use-cases/${u.id}/assessments`,
      `/use-cases/${u.id}/assessments/${a.id}`,
      "/governance/register",
      "/governance/register.csv",
    ]) {
      const response = await api.get(base + path, { maxRedirects: 0 });
      expect(response.status(), `${actor} GET ${path}`).toBe(200);
    }
    const wizard = await api.get(`${base}/use-cases/${u.id}/assessment/1`, { maxRedirects: 0 });
    expect(wizard.status(), `${actor} wizard`).toBe(
      actor === "owner" || actor === "manager" ? 200 : 403,
    );
    await api.dispose();
  }
});
