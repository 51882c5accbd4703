// Factories for end-to-end tests: each test that changes data gets its own
// organisation (random slug) with one user per role, written straight into the
// e2e database, so specs never depend on each other or on the demo data.
import { randomBytes } from "node:crypto";
import { createDb } from "../app/lib/db.server";
import type { Db } from "../app/lib/db.server";
import { hashPassword } from "../app/lib/password.server";
import { createRoadmapFromTemplate } from "../app/modules/roadmaps/create.server";
import { addDaysIso, todayIso } from "../app/modules/calendar/dates";
import type { Role } from "../app/lib/permissions";
import { e2eDatabaseUrl } from "./env";

export const E2E_PASSWORD = "e2e-Passwort-sicher-42";

let client: Db | undefined;
/** The database the e2e server runs on (see playwright.config.ts). */
export function e2eDb() {
  client ??= createDb(e2eDatabaseUrl());
  return client;
}

let passwordHash: Promise<string> | undefined;

export type TestOrg = {
  org: { id: string; slug: string; name: string };
  users: Record<Role, { id: string; email: string; name: string }>;
  roadmapId?: string;
};

export function randomSuffix() {
  return randomBytes(4).toString("hex");
}

/**
 * A fresh organisation with an owner, a manager, a member and a viewer (all with
 * E2E_PASSWORD), written in one transaction (one commit instead of one per row).
 */
export async function createTestOrg(
  options: { name?: string; withRoadmap?: boolean; locale?: "de" | "en" } = {},
): Promise<TestOrg> {
  passwordHash ??= hashPassword(E2E_PASSWORD);
  const hash = await passwordHash;
  const suffix = randomSuffix();
  const locale = options.locale ?? "de";
  const roles: Role[] = ["owner", "manager", "member", "viewer"];
  const emailOf = (role: Role) => `${role}-${suffix}@e2e.test`;
  return e2eDb().$transaction(async (tx) => {
    const created = await tx.user.createManyAndReturn({
      data: roles.map((role) => ({
        email: emailOf(role),
        name: `${role[0]!.toUpperCase()}${role.slice(1)} ${suffix}`,
        passwordHash: hash,
        locale,
      })),
      select: { id: true, email: true, name: true },
    });
    const users = Object.fromEntries(
      roles.map((role) => [role, created.find((u) => u.email === emailOf(role))!]),
    ) as TestOrg["users"];
    const org = await tx.organisation.create({
      data: {
        slug: `e2e-${suffix}`,
        name: options.name ?? `E2E ${suffix} GmbH`,
        memberships: {
          createMany: { data: roles.map((role) => ({ userId: users[role].id, role })) },
        },
      },
      select: { id: true, slug: true, name: true },
    });
    if (!options.withRoadmap) return { org, users };
    const roadmap = await createRoadmapFromTemplate(tx, {
      orgId: org.id,
      actorId: users.manager.id,
      title: `Fahrplan ${suffix}`,
      startDate: addDaysIso(todayIso(), -14),
      locale,
      status: "active",
      ownerIds: [users.manager.id, users.member.id],
    });
    return { org, users, roadmapId: roadmap.id };
  });
}
