// Factories for end-to-end tests: each test that changes data gets its own
// organisation (random slug) with one user per role, written straight into the
// e2e database, so specs never depend on each other or on the demo data.
import { randomBytes } from "node:crypto";
import { createDb } from "../app/lib/db.server";
import type { Db } from "../app/lib/db.server";
import { hashPassword } from "../app/lib/password.server";
import { createRoadmapFromTemplate } from "../app/modules/roadmaps/create.server";
import { addDaysIso, isoToUtcDate, todayIso } from "../app/modules/calendar/dates";
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
  options: { name?: string; withRoadmap?: boolean; locale?: "de" | "en"; db?: Db } = {},
): Promise<TestOrg> {
  passwordHash ??= hashPassword(E2E_PASSWORD);
  const hash = await passwordHash;
  const suffix = randomSuffix();
  const locale = options.locale ?? "de";
  const roles: Role[] = ["owner", "manager", "member", "viewer"];
  const emailOf = (role: Role) => `${role}-${suffix}@e2e.test`;
  return (options.db ?? e2eDb()).$transaction(async (tx) => {
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

/**
 * A completed closing review of the test organisation's roadmap (made with
 * `withRoadmap: true`), straight in the database: the roadmap is completed, "Angebote"
 * (owned by the member, a KPI measured twice) is to scale to `rolloutUnits` more sites,
 * "Belege" to adjust (with a "to change" learning), "Chatbot" stopped.
 */
export async function createCompletedReview(o: TestOrg, { rolloutUnits = 2 } = {}) {
  const db = e2eDb();
  const orgId = o.org.id;
  const roadmapId = o.roadmapId!;
  return db.$transaction(async (tx) => {
    const pilot = await tx.phase.findFirstOrThrow({
      where: { roadmapId, kind: "pilot" },
      select: { id: true },
    });
    const makeUseCase = (title: string) =>
      tx.useCase.create({
        data: { orgId, roadmapId, title, ownerId: o.users.member.id, status: "piloting" },
        select: { id: true },
      });
    const [scale, adjust, stop] = [
      await makeUseCase("Angebote"),
      await makeUseCase("Belege"),
      await makeUseCase("Chatbot"),
    ];
    const today = todayIso();
    const kpi = await tx.kpi.create({
      data: {
        orgId,
        roadmapId,
        useCaseId: scale.id,
        ownerId: o.users.member.id,
        name: "Bearbeitungszeit",
        category: "efficiency",
        unit: "Minuten",
        direction: "lower_is_better",
        baseline: 12,
        target: 8,
        baselineDate: isoToUtcDate(addDaysIso(today, -14)),
        targetDate: isoToUtcDate(addDaysIso(today, 75)),
        measurements: {
          create: [
            { orgId, value: 10, date: isoToUtcDate(addDaysIso(today, -7)) },
            { orgId, value: 9.5, date: isoToUtcDate(today) },
          ],
        },
      },
      select: { id: true },
    });
    const learning = await tx.learning.create({
      data: {
        orgId,
        roadmapId,
        phaseId: pilot.id,
        kind: "to_change",
        text: "Vorlagen vereinfachen",
        authorId: o.users.manager.id,
      },
      select: { id: true },
    });
    await tx.roadmap.update({ where: { id: roadmapId }, data: { status: "completed" } });
    const decisions = [
      { useCaseId: scale.id, decision: "scale" as const, reason: "Ziel erreicht", rolloutUnits },
      { useCaseId: adjust.id, decision: "adjust" as const, reason: "Vorlagen passen nicht" },
      { useCaseId: stop.id, decision: "stop" as const, reason: "Kein Nutzen" },
    ];
    const review = await tx.roadmapReview.create({
      data: {
        orgId,
        roadmapId,
        completedAt: new Date(),
        completedById: o.users.manager.id,
        decisions: { create: decisions.map((d) => ({ orgId, ...d })) },
      },
      select: { id: true },
    });
    return {
      reviewId: review.id,
      useCases: { scale, adjust, stop },
      kpiId: kpi.id,
      learningId: learning.id,
    };
  });
}

export type RoadmapChain = {
  first: { id: string; title: string };
  next: { id: string; title: string };
  /** A risk learning of the first roadmap, carried into the next as `task`. */
  carried: { learningId: string; text: string; task: { id: string; title: string } };
  /** A learning of the first roadmap that was not carried. */
  kept: { learningId: string; text: string };
};

/**
 * In `org`: a completed roadmap (started 120 days ago) whose closing review decided
 * "scale" for a piloted use case and "stop" for another, with a met KPI and a budget
 * line; and the roadmap generated from it (active, from the day after the first one's
 * last day), holding a task made from one of the first roadmap's learnings. Written
 * straight into the database, as the review and the generator would leave them.
 */
export async function createRoadmapChain(org: TestOrg): Promise<RoadmapChain> {
  const suffix = randomSuffix();
  const start = addDaysIso(todayIso(), -120);
  return e2eDb().$transaction(async (tx) => {
    const roadmap = (title: string, startDate: string, status: "active" | "completed") =>
      createRoadmapFromTemplate(tx, {
        orgId: org.org.id,
        actorId: org.users.manager.id,
        title,
        startDate,
        locale: "de",
        status: "active",
        ownerIds: [org.users.manager.id],
      }).then(async (r) => {
        if (status !== "active") await tx.roadmap.update({ where: { id: r.id }, data: { status } });
        return { ...r, title };
      });
    const first = await roadmap(`Erster Fahrplan ${suffix}`, start, "completed");
    const next = await roadmap(`Zweiter Fahrplan ${suffix}`, addDaysIso(start, 90), "active");
    await tx.roadmap.update({ where: { id: next.id }, data: { predecessorId: first.id } });
    const orgId = org.org.id;
    const [scaled, stopped] = await Promise.all(
      [
        { title: `Antwortentwürfe ${suffix}`, status: "scaled" as const },
        { title: `Angebotstexte ${suffix}`, status: "stopped" as const },
      ].map((u) =>
        tx.useCase.create({
          data: { orgId, roadmapId: first.id, hoursSavedPerWeek: 7, hourlyCostCents: 5_000, ...u },
          select: { id: true },
        }),
      ),
    );
    await tx.kpi.create({
      data: {
        orgId,
        roadmapId: first.id,
        name: `Antwortzeit ${suffix}`,
        category: "efficiency",
        direction: "lower_is_better",
        baseline: 48,
        target: 24,
        baselineDate: isoToUtcDate(start),
        targetDate: isoToUtcDate(addDaysIso(start, 89)),
        measurements: {
          create: { orgId, value: 20, date: isoToUtcDate(addDaysIso(start, 80)) },
        },
      },
    });
    await tx.budgetLine.create({
      data: {
        orgId,
        roadmapId: first.id,
        phaseId: first.phaseIds.pilot,
        label: "Lizenzen",
        plannedCents: 400_000,
        actualCents: 300_000,
      },
    });
    await tx.roadmapReview.create({
      data: {
        orgId,
        roadmapId: first.id,
        completedAt: new Date(),
        completedById: org.users.manager.id,
        decisions: {
          create: [
            { orgId, useCaseId: scaled!.id, decision: "scale" },
            { orgId, useCaseId: stopped!.id, decision: "stop", reason: "Zu wenig Nutzen" },
          ],
        },
      },
    });
    const learning = (kind: "risk" | "went_well", text: string) =>
      tx.learning.create({
        data: { orgId, roadmapId: first.id, phaseId: first.phaseIds.pilot, kind, text },
        select: { id: true, text: true },
      });
    const risk = await learning("risk", `Daten uneinheitlich ${suffix}`);
    const wentWell = await learning("went_well", `Schulung wirkte ${suffix}`);
    const task = await tx.task.create({
      data: {
        orgId,
        roadmapId: next.id,
        phaseId: next.phaseIds.analysis,
        title: `Datenqualität sichern ${suffix}`,
        dueDate: isoToUtcDate(addDaysIso(start, 100)),
        sourceKey: `learning:${risk.id}`,
      },
      select: { id: true, title: true },
    });
    return {
      first: { id: first.id, title: first.title },
      next: { id: next.id, title: next.title },
      carried: { learningId: risk.id, text: risk.text, task },
      kept: { learningId: wentWell.id, text: wentWell.text },
    };
  });
}
