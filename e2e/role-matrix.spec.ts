// The role matrix: every mutation × {owner, manager, member, viewer,
// non-member, anonymous}, checked against one expected table. Allowed roles
// get a success (2xx/3xx) and the change is in the database; other members
// 403; non-members 404; anonymous visitors are sent to sign in; and for all
// of those the database is unchanged. Each cell runs in a fresh organisation; the
// members act with sessions made in the database (signing in is not under test here).
import type { Role } from "../app/lib/permissions";
import { createTestOrg, e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import { GOVERNANCE_EXPECTED, GOVERNANCE_MUTATIONS, prepare } from "./role-matrix-governance";
import type { Mutation } from "./role-matrix-governance";
import { REVIEW_EXPECTED, REVIEW_MUTATIONS } from "./role-matrix-reviews";
import { WEBHOOK_EXPECTED, WEBHOOK_MUTATIONS } from "./role-matrix-webhooks";
import { apiAsActor, expect, ORIGIN, test } from "./fixtures";
import { seedNotification } from "./notifications-helpers";

type Actor = Role | "non-member" | "anonymous";

async function membershipOf(org: TestOrg, role: Role) {
  const m = await e2eDb().membership.findFirstOrThrow({
    where: { orgId: org.org.id, userId: org.users[role].id },
    select: { id: true },
  });
  return m.id;
}

const MUTATIONS: Mutation[] = [
  {
    action: "org:update",
    path: (o) => `/o/${o.org.slug}/settings`,
    form: () => ({
      name: "Neuer Name GmbH",
      industry: "Handel",
      employeeBand: "E10_49",
      locale: "de",
      version: "1",
    }),
    applied: async (o, form) => {
      const org = await e2eDb().organisation.findUniqueOrThrow({
        where: { id: o.org.id },
        select: { name: true, industry: true },
      });
      return org.name === form.name && org.industry === form.industry;
    },
  },
  {
    action: "member:invite",
    path: (o) => `/o/${o.org.slug}/members`,
    form: () => ({ intent: "invite", email: `neu-${Date.now()}@e2e.test`, role: "member" }),
    applied: async (o, form) =>
      (await e2eDb().invitation.count({
        where: { orgId: o.org.id, email: form.email, role: "member" },
      })) === 1,
  },
  {
    action: "member:update",
    path: (o) => `/o/${o.org.slug}/members`,
    form: async (o) => ({
      intent: "change-role",
      membershipId: await membershipOf(o, "member"),
      role: "viewer",
      version: "1",
    }),
    applied: async (o, form) =>
      (
        await e2eDb().membership.findUniqueOrThrow({
          where: { id: form.membershipId },
          select: { role: true },
        })
      ).role === "viewer",
  },
  {
    action: "member:remove",
    path: (o) => `/o/${o.org.slug}/members`,
    form: async (o) => ({
      intent: "remove",
      membershipId: await membershipOf(o, "viewer"),
      version: "1",
    }),
    applied: async (o, form) =>
      (await e2eDb().membership.count({ where: { id: form.membershipId, orgId: o.org.id } })) === 0,
  },
  {
    // Every member reads their own inbox; outsiders change nobody's.
    action: "notifications:read-all",
    path: (o) => `/o/${o.org.slug}/notifications`,
    form: async (o, me) => ({
      intent: "read-all",
      notificationId: await seedNotification(o, me ?? o.users.owner.id),
    }),
    applied: async (_o, form) =>
      (
        await e2eDb().notification.findUniqueOrThrow({
          where: { id: form.notificationId },
          select: { readAt: true },
        })
      ).readAt !== null,
  },
  ...GOVERNANCE_MUTATIONS,
  ...REVIEW_MUTATIONS,
  ...WEBHOOK_MUTATIONS,
];

const EXPECTED: Record<string, Role[]> = {
  "org:update": ["owner"],
  "member:invite": ["owner"],
  "member:update": ["owner"],
  "member:remove": ["owner"],
  "notifications:read-all": ["owner", "manager", "member", "viewer"],
  ...GOVERNANCE_EXPECTED,
  ...REVIEW_EXPECTED,
  ...WEBHOOK_EXPECTED,
};

const ACTORS: Actor[] = ["owner", "manager", "member", "viewer", "non-member", "anonymous"];

test("every mutation has a row in the expected table", () => {
  expect(MUTATIONS.map((m) => m.action).sort()).toEqual(Object.keys(EXPECTED).sort());
});

for (const mutation of MUTATIONS) {
  test.describe(mutation.action, () => {
    for (const actor of ACTORS) {
      test(actor, async () => {
        const created = await createTestOrg({ withRoadmap: mutation.pilot });
        const org = mutation.pilot ? await prepare(created) : created;
        const api = await apiAsActor(org, actor);
        const me =
          actor === "anonymous" || actor === "non-member" ? undefined : org.users[actor].id;
        const form = await mutation.form(org, me);
        const response = await api.post(await mutation.path(org), {
          form,
          headers: { Origin: ORIGIN },
          maxRedirects: 0,
        });
        const status = response.status();
        const allowed =
          actor !== "anonymous" &&
          actor !== "non-member" &&
          EXPECTED[mutation.action]!.includes(actor);
        if (actor === "anonymous") {
          expect(status).toBe(302);
          expect(response.headers()["location"]).toMatch(/^\/sign-in/);
        } else if (actor === "non-member") {
          expect(status).toBe(404);
        } else if (allowed) {
          expect(status, await response.text()).toBeLessThan(400);
        } else {
          expect(status).toBe(403);
        }
        expect(
          await mutation.applied(org, form),
          allowed ? "the change is saved" : "nothing changed",
        ).toBe(allowed);
        await api.dispose();
      });
    }
  });
}

/**
 * Pages that only read, with the roles that may open them: the allowed ones get the
 * page, other members 403, non-members 404, anonymous visitors are sent to sign in.
 */
const READS: { page: string; path: (o: TestOrg) => string; allowed: Role[] }[] = [
  {
    page: "the inbox",
    path: (o) => `/o/${o.org.slug}/notifications`,
    allowed: ["owner", "manager", "member", "viewer"],
  },
  {
    page: "portfolio",
    path: (o) => `/o/${o.org.slug}/portfolio`,
    allowed: ["owner", "manager", "member", "viewer"],
  },
  {
    page: "the closing review",
    path: (o) => `/o/${o.org.slug}/roadmaps/${o.roadmapId}/review`,
    allowed: ["owner", "manager", "member", "viewer"],
  },
  {
    page: "the next roadmap's form",
    path: (o) => `/o/${o.org.slug}/roadmaps/${o.roadmapId}/next`,
    allowed: ["owner", "manager"],
  },
];

for (const read of READS) {
  test(`reading ${read.page}`, async () => {
    const org = await createTestOrg({ withRoadmap: true });
    for (const actor of ACTORS) {
      const api = await apiAsActor(org, actor);
      const response = await api.get(read.path(org), { maxRedirects: 0 });
      const status = response.status();
      if (actor === "anonymous") {
        expect(status, actor).toBe(302);
        expect(response.headers()["location"]).toMatch(/^\/sign-in/);
      } else if (actor === "non-member") {
        expect(status, actor).toBe(404);
      } else {
        expect(status, actor).toBe(read.allowed.includes(actor) ? 200 : 403);
      }
      await api.dispose();
    }
  });
}
