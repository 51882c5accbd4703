// The role matrix: every mutation × {owner, manager, member, viewer,
// non-member, anonymous}, checked against one expected table. Allowed roles
// get a success (2xx/3xx) and the change is in the database; other members
// 403; non-members 404; anonymous visitors are sent to sign in; and for all
// of those the database is unchanged. Each cell runs in a fresh organisation.
import { request as playwrightRequest } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import type { Role } from "../app/lib/permissions";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import { expect, ORIGIN, test } from "./fixtures";

type Form = Record<string, string>;
type Mutation = {
  action: string;
  path: (org: TestOrg) => Promise<string> | string;
  form: (org: TestOrg) => Promise<Form> | Form;
  /** Whether the database shows the mutation's effect, read back after the request. */
  applied: (org: TestOrg, form: Form) => Promise<boolean>;
};

async function membershipOf(org: TestOrg, role: Role) {
  const m = await e2eDb().membership.findFirstOrThrow({
    where: { orgId: org.org.id, userId: org.users[role].id },
    select: { id: true },
  });
  return m.id;
}

/**
 * A use case with one data source, its completeness already checked (once per
 * organisation; each cell has its own organisation).
 */
const dataSources = new WeakMap<TestOrg, Promise<{ base: string; dataSourceId: string }>>();
function dataSourceOf(org: TestOrg) {
  let found = dataSources.get(org);
  if (!found) {
    const orgId = org.org.id;
    found = e2eDb()
      .useCase.create({
        data: {
          orgId,
          title: "Antwortentwürfe",
          dataSources: {
            create: {
              orgId,
              name: "Tickets",
              kind: "customer",
              personalData: "none",
              checks: { create: { orgId, aspect: "completeness", checkedOn: new Date() } },
            },
          },
        },
        select: { id: true, dataSources: { select: { id: true } } },
      })
      .then((u) => ({
        base: `/o/${org.org.slug}/use-cases/${u.id}/data-sources`,
        dataSourceId: u.dataSources[0]!.id,
      }));
    dataSources.set(org, found);
  }
  return found;
}

async function sourceEditPath(org: TestOrg) {
  const { base, dataSourceId } = await dataSourceOf(org);
  return `${base}/${dataSourceId}/edit`;
}

async function checkCount(org: TestOrg, aspect: "accuracy" | "completeness") {
  const { dataSourceId } = await dataSourceOf(org);
  return e2eDb().dataSourceCheck.count({ where: { orgId: org.org.id, dataSourceId, aspect } });
}

const SOURCE_FORM = { name: "FAQ", kind: "public", personalData: "none", sentToVendor: "no" };

const MUTATIONS: Mutation[] = [
  {
    action: "org:update",
    path: (o) => `/o/${o.org.slug}/settings`,
    form: () => ({
      name: "Neuer Name GmbH",
      industry: "Handel",
      employeeBand: "E10_49",
      locale: "de",
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
    form: async (o) => ({ intent: "remove", membershipId: await membershipOf(o, "viewer") }),
    applied: async (o, form) =>
      (await e2eDb().membership.count({ where: { id: form.membershipId, orgId: o.org.id } })) === 0,
  },
  {
    action: "datasource:manage (create)",
    path: async (o) => `${(await dataSourceOf(o)).base}/new`,
    form: () => SOURCE_FORM,
    applied: async (o) =>
      (await e2eDb().dataSource.count({ where: { orgId: o.org.id, name: "FAQ" } })) === 1,
  },
  {
    action: "datasource:manage (edit)",
    path: sourceEditPath,
    form: () => ({ intent: "save", version: "1", ...SOURCE_FORM }),
    applied: async (o) => {
      const { dataSourceId } = await dataSourceOf(o);
      const source = await e2eDb().dataSource.findUniqueOrThrow({
        where: { id: dataSourceId },
        select: { name: true },
      });
      return source.name === "FAQ";
    },
  },
  {
    action: "datasource:manage (delete)",
    path: sourceEditPath,
    form: () => ({ intent: "delete", version: "1" }),
    applied: async (o) =>
      (await e2eDb().dataSource.count({ where: { id: (await dataSourceOf(o)).dataSourceId } })) ===
      0,
  },
  {
    action: "datasource:check",
    path: async (o) => (await dataSourceOf(o)).base,
    form: async (o) => ({
      intent: "check",
      dataSourceId: (await dataSourceOf(o)).dataSourceId,
      aspect: "accuracy",
    }),
    applied: async (o) => (await checkCount(o, "accuracy")) === 1,
  },
  {
    action: "datasource:manage (take back a check)",
    path: async (o) => (await dataSourceOf(o)).base,
    form: async (o) => ({
      intent: "uncheck",
      dataSourceId: (await dataSourceOf(o)).dataSourceId,
      aspect: "completeness",
    }),
    applied: async (o) => (await checkCount(o, "completeness")) === 0,
  },
];

/** Who may do what. Deliberately written out, not derived from app/lib/permissions.ts. */
const EXPECTED: Record<string, Role[]> = {
  "org:update": ["owner"],
  "member:invite": ["owner"],
  "member:update": ["owner"],
  "member:remove": ["owner"],
  "datasource:manage (create)": ["owner", "manager"],
  "datasource:manage (edit)": ["owner", "manager"],
  "datasource:manage (delete)": ["owner", "manager"],
  "datasource:check": ["owner", "manager", "member"],
  "datasource:manage (take back a check)": ["owner", "manager"],
};

type Actor = Role | "non-member" | "anonymous";
const ACTORS: Actor[] = ["owner", "manager", "member", "viewer", "non-member", "anonymous"];

async function apiFor(actor: Actor, org: TestOrg): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL: ORIGIN });
  if (actor === "anonymous") return api;
  const email =
    actor === "non-member" ? (await createTestOrg()).users.owner.email : org.users[actor].email;
  const response = await api.post("/sign-in", {
    form: { email, password: E2E_PASSWORD },
    headers: { Origin: ORIGIN },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return api;
}

test("every mutation has a row in the expected table", () => {
  expect(MUTATIONS.map((m) => m.action).sort()).toEqual(Object.keys(EXPECTED).sort());
});

for (const mutation of MUTATIONS) {
  test.describe(mutation.action, () => {
    for (const actor of ACTORS) {
      test(actor, async () => {
        const org = await createTestOrg({ withRoadmap: true });
        const api = await apiFor(actor, org);
        const form = await mutation.form(org);
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
