import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { verifyPassword } from "~/lib/password.server";
import { createOrganisation } from "~/modules/orgs/orgs.server";
import { deleteExpiredDemoCopies } from "./cleanup.server";
import { seedDemo } from "./content.server";
import { createDemoCopy, DEMO_COPY_HOURS, isDemoOffered } from "./copies.server";
import { DEMO_ORG, DEMO_USERS } from "./people";

const HOUR = 3_600_000;

/** How many rows of each kind an organisation holds: a copy must match the seeded demo. */
async function contentOf(orgId: string) {
  const where = { orgId };
  const [members, roadmaps, tasks, useCases, kpis, measurements, assessments, reviews] =
    await Promise.all([
      db.membership.count({ where }),
      db.roadmap.count({ where }),
      db.task.count({ where }),
      db.useCase.count({ where }),
      db.kpi.count({ where }),
      db.kpiMeasurement.count({ where }),
      db.assessment.count({ where }),
      db.oversightReview.count({ where }),
    ]);
  const [trainings, dataSources, learnings, budgetLines] = await Promise.all([
    db.training.count({ where }),
    db.dataSource.count({ where }),
    db.learning.count({ where }),
    db.budgetLine.count({ where }),
  ]);
  return {
    ...{ members, roadmaps, tasks, useCases, kpis, measurements, assessments, reviews },
    ...{ trainings, dataSources, learnings, budgetLines },
  };
}

async function orgOf(slug: string) {
  return db.organisation.findUniqueOrThrow({
    where: { slug },
    select: { id: true, name: true, isDemo: true, demoExpiresAt: true },
  });
}

/** A real organisation with its owner, as onboarding makes it. */
async function createRealOrg() {
  const owner = await db.user.create({
    data: {
      email: `echt-${randomBytes(4).toString("hex")}@example.test`,
      name: "Echt",
      passwordHash: "!",
    },
    select: { id: true },
  });
  const org = await createOrganisation({
    name: `Echt ${randomBytes(3).toString("hex")} GmbH`,
    industry: "",
    employeeBand: "E10_49",
    locale: "de",
    userId: owner.id,
  });
  return { org, owner };
}

describe("private demo copies", () => {
  beforeAll(async () => {
    await seedDemo(db);
  }, 60_000);

  it("gives each visitor an organisation of their own with the seeded demo's content", async () => {
    const now = new Date();
    const first = (await createDemoCopy({ requestId: "demo-a", locale: "en", now }))!;
    const second = (await createDemoCopy({ requestId: "demo-b", locale: "de", now }))!;
    expect(first.orgSlug).not.toBe(second.orgSlug);
    expect(first.userId).not.toBe(second.userId);
    expect(first.expiresAt.getTime()).toBe(now.getTime() + DEMO_COPY_HOURS * HOUR);

    const seeded = await orgOf(DEMO_ORG.slug);
    const copy = await orgOf(first.orgSlug);
    expect(copy).toMatchObject({ name: DEMO_ORG.name, isDemo: true });
    expect(copy.demoExpiresAt?.getTime()).toBe(first.expiresAt.getTime());
    expect(seeded.demoExpiresAt).toBeNull();
    expect(await contentOf(copy.id)).toEqual(await contentOf(seeded.id));

    // The visitor is the copy's manager, in their language; the copy's people are its
    // own (no password, the copy's expiry) and belong to no other organisation.
    const manager = await db.user.findUniqueOrThrow({
      where: { id: first.userId },
      select: {
        name: true,
        locale: true,
        passwordHash: true,
        demoExpiresAt: true,
        memberships: { select: { orgId: true, role: true } },
      },
    });
    expect(manager).toMatchObject({ name: DEMO_USERS[1].name, locale: "en" });
    expect(manager.memberships).toEqual([{ orgId: copy.id, role: "manager" }]);
    expect(await verifyPassword(manager.passwordHash, "")).toBe(false);
    const people = await db.user.findMany({
      where: { memberships: { some: { orgId: copy.id } } },
      select: { email: true, demoExpiresAt: true, _count: { select: { memberships: true } } },
    });
    expect(people).toHaveLength(7);
    for (const person of people) {
      expect(person.email).toMatch(/@demo\.invalid$/);
      expect(person.demoExpiresAt?.getTime()).toBe(first.expiresAt.getTime());
      expect(person._count.memberships).toBe(1);
    }
    // The sign-in is in the copy's log under the request's id.
    expect(
      await db.auditEvent.count({
        where: { orgId: copy.id, requestId: "demo-a", action: "sign_in_demo" },
      }),
    ).toBe(1);
  }, 60_000);

  it("deletes expired copies with their people and sessions, and nothing else", async () => {
    const made = new Date(Date.now() - (DEMO_COPY_HOURS + 1) * HOUR);
    const expired = (await createDemoCopy({ requestId: "old", locale: "de", now: made }))!;
    const live = (await createDemoCopy({ requestId: "new", locale: "de" }))!;
    await db.session.create({
      data: {
        id: `s-${randomBytes(6).toString("hex")}`,
        userId: expired.userId,
        expiresAt: expired.expiresAt,
      },
    });
    const expiredOrg = await orgOf(expired.orgSlug);
    const real = await createRealOrg();
    // A real organisation that a copy's manager joined is no copy either.
    const joined = await createRealOrg();
    await db.membership.create({
      data: { orgId: joined.org.id, userId: live.userId, role: "member" },
    });
    const seeded = await orgOf(DEMO_ORG.slug);

    const deleted = await deleteExpiredDemoCopies();
    expect(deleted.organisations).toBeGreaterThanOrEqual(1);
    expect(deleted.users).toBeGreaterThanOrEqual(7);

    expect(await db.organisation.count({ where: { slug: expired.orgSlug } })).toBe(0);
    expect(await db.task.count({ where: { orgId: expiredOrg.id } })).toBe(0);
    expect(await db.user.count({ where: { id: expired.userId } })).toBe(0);
    expect(await db.session.count({ where: { userId: expired.userId } })).toBe(0);

    expect(await db.organisation.count({ where: { slug: live.orgSlug } })).toBe(1);
    expect(await db.user.count({ where: { id: live.userId } })).toBe(1);
    for (const { org, owner } of [real, joined]) {
      expect(await db.organisation.count({ where: { id: org.id } })).toBe(1);
      expect(await db.user.count({ where: { id: owner.id } })).toBe(1);
    }
    expect(await db.organisation.count({ where: { id: seeded.id } })).toBe(1);
    expect(await db.user.count({ where: { email: DEMO_USERS[1].email } })).toBe(1);

    // Long after every copy expired: the real and the seeded organisations stay.
    await deleteExpiredDemoCopies(new Date(Date.now() + 365 * 24 * HOUR));
    expect(await db.organisation.count({ where: { slug: live.orgSlug } })).toBe(0);
    for (const id of [real.org.id, joined.org.id, seeded.id])
      expect(await db.organisation.count({ where: { id } })).toBe(1);
    expect(await db.user.count({ where: { id: { in: [real.owner.id, joined.owner.id] } } })).toBe(
      2,
    );
  }, 60_000);

  it("offers no demo where the demo data was never loaded", async () => {
    await db.organisation.deleteMany({ where: { slug: DEMO_ORG.slug } });
    try {
      expect(await isDemoOffered()).toBe(false);
      expect(await createDemoCopy({ requestId: "none", locale: "de" })).toBeNull();
    } finally {
      await seedDemo(db);
    }
  }, 60_000);
});
