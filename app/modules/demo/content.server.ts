// The demo organisation "Muster Maschinenbau GmbH": an active roadmap in its fifth
// week, use cases, KPIs, an assessment, oversight, literacy, data sources, learnings
// and budget, dated relative to today. Written by the seed (the shared demo
// organisation with the README's logins; idempotent: users are upserted by e-mail and
// the organisation is rebuilt) and for each visitor's private copy (copies.server.ts).
import type { Db, Prisma } from "~/lib/db.server";
import { hashPassword } from "~/lib/password.server";
import { addDaysIso, isoToUtcDate, todayIso } from "~/modules/calendar/dates";
import type { IsoDate } from "~/modules/calendar/dates";
import { computePhaseDates, templateSpan } from "~/modules/calendar/phase-dates";
import { createRoadmapFromTemplate } from "~/modules/roadmaps/create.server";
import { narrateDemoAudit } from "./audit.server";
import type { AssessmentAnswers } from "~/modules/assessments/questions";
import { assess } from "~/modules/assessments/rules";
import { hashApiSecret } from "~/modules/api/tokens.server";
import { DEMO_API_TOKEN, DEMO_ORG, DEMO_PASSWORD, DEMO_USERS, SERVICE_TEAM } from "./people";
import type { DemoPeople, DemoUserKey, ServiceAgentKey } from "./people";
import { seedOversightDemo } from "./oversight.server";
import { seedLiteracyDemo } from "./literacy.server";
import { seedDataSources } from "./data-sources.server";
import { seedKpis } from "./kpis.server";

/** The shared demo organisation (npm run db:seed): its people sign in with DEMO_PASSWORD. */
export async function seedDemo(db: Db, today: string = todayIso()) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = {} as Record<DemoUserKey, string>;
  for (const u of DEMO_USERS) {
    const user = await db.user.upsert({
      where: { email: u.email },
      update: { name: u.name, passwordHash },
      create: { email: u.email, name: u.name, passwordHash, locale: "de" },
      select: { id: true },
    });
    users[u.key] = user.id;
  }
  const agents = {} as Record<ServiceAgentKey, string>;
  for (const person of SERVICE_TEAM) {
    const user = await db.user.upsert({
      where: { email: person.email },
      update: { name: person.name },
      // "!" is no valid password hash: the account exists but cannot sign in.
      create: { email: person.email, name: person.name, passwordHash: "!", locale: "de" },
      select: { id: true },
    });
    agents[person.key] = user.id;
  }

  await db.organisation.deleteMany({ where: { slug: DEMO_ORG.slug } });
  await db.$transaction(
    async (tx) => {
      const { orgId } = await createDemoOrganisation(tx, {
        slug: DEMO_ORG.slug,
        people: { users, agents },
        today,
      });
      await tx.apiToken.create({
        data: {
          orgId,
          name: "Demo (README)",
          scope: "read_write",
          tokenHash: hashApiSecret(DEMO_API_TOKEN),
          prefix: DEMO_API_TOKEN.slice(0, 9),
          createdById: users.manager,
        },
      });
    },
    { timeout: 30_000 },
  );
  return { users };
}

/**
 * Creates a demo organisation with its members (the people must exist) and all its
 * content, inside the caller's transaction. `expiresAt` marks a visitor's copy.
 */
export async function createDemoOrganisation(
  tx: Tx,
  input: { slug: string; people: DemoPeople; today: IsoDate; expiresAt?: Date },
): Promise<{ orgId: string }> {
  const { today } = input;
  const { users, agents } = input.people;
  const startDate = addDaysIso(today, -28);
  const org = await tx.organisation.create({
    data: {
      ...DEMO_ORG,
      slug: input.slug,
      locale: "de",
      isDemo: true,
      demoExpiresAt: input.expiresAt ?? null,
    },
    select: { id: true },
  });
  await tx.membership.createMany({
    data: [
      ...DEMO_USERS.map((u) => ({
        orgId: org.id,
        userId: users[u.key],
        role: u.role,
        canApproveGates: u.canApproveGates,
      })),
      ...SERVICE_TEAM.map((p) => ({
        orgId: org.id,
        userId: agents[p.key],
        role: "member" as const,
      })),
    ],
  });

  const roadmap = await createRoadmapFromTemplate(tx, {
    orgId: org.id,
    actorId: users.manager,
    title: "KI-Pilot Kundenservice 2026",
    ambition:
      "Bis Ende des Quartals beantworten wir Standardanfragen im Kundenservice mit KI-Entwürfen in der Hälfte der Zeit – mit Freigabe durch das Team und nachvollziehbar dokumentiert.",
    focusArea: "Kundenservice-Anfragen",
    startDate,
    locale: "de",
    status: "active",
    plannedBudgetCents: 4_800_000,
    ownerIds: [users.manager, users.member, users.member2, users.owner],
  });

  await shapeTaskStates(tx, roadmap.id, today, users);
  const phases = computePhaseDates(templateSpan(startDate));
  const analysisEnd = phases[0]!.endDate;

  // Phase 1 is through its gate, approved two days late by the works council member.
  await tx.phase.update({
    where: { id: roadmap.phaseIds.analysis },
    data: {
      gateStatus: "approved",
      gateRequestedAt: isoToUtcDate(addDaysIso(analysisEnd, -1)),
      gateRequestedById: users.manager,
      gateDecidedAt: isoToUtcDate(addDaysIso(analysisEnd, 2)),
      gateDecidedById: users.viewer,
      gateComment: "Freigegeben. Bitte Betriebsrat vor dem Start der Pilotschulung informieren.",
    },
  });
  await tx.exitCriterion.updateMany({
    where: { orgId: org.id, phaseId: roadmap.phaseIds.analysis },
    data: { isMet: true },
  });

  const useCases = await Promise.all([
    tx.useCase.create({
      data: {
        orgId: org.id,
        roadmapId: roadmap.id,
        ownerId: users.member,
        title: "Antwortentwürfe für Kundenservice-Anfragen",
        area: "customer_service",
        description:
          "Ein gehostetes Sprachmodell entwirft Antworten auf Standardanfragen (Lieferstatus, Ersatzteile, Wartungstermine); das Service-Team prüft und sendet.",
        hoursSavedPerWeek: 22,
        hourlyCostCents: 5200,
        errorReductionPct: 30,
        ratingValue: 5,
        ratingDataQuality: 4,
        ratingDataProtection: 3,
        ratingTeamReadiness: 4,
        ratingEffort: 2,
        status: "piloting",
      },
      select: { id: true },
    }),
    // The two candidates belong to the roadmap too: its closing review decides on three
    // use cases, so the demo shows scale, adjust and stop side by side.
    tx.useCase.create({
      data: {
        orgId: org.id,
        roadmapId: roadmap.id,
        title: "Angebotsentwürfe aus Kundenanfragen",
        area: "sales",
        description:
          "Technische Anfragen werden vorstrukturiert und ein Angebotsentwurf aus Stücklisten erstellt.",
        hoursSavedPerWeek: 12,
        hourlyCostCents: 6500,
        extraRevenueCents: 9_000_000,
        ratingValue: 4,
        ratingDataQuality: 2,
        ratingDataProtection: 2,
        ratingTeamReadiness: 3,
        ratingEffort: 4,
        status: "candidate",
      },
      select: { id: true },
    }),
    tx.useCase.create({
      data: {
        orgId: org.id,
        roadmapId: roadmap.id,
        title: "Lagerwarnungen aus Absatzprognosen",
        area: "inventory",
        description:
          "Prognose des Ersatzteilbedarfs aus Verkaufsdaten; Warnung, bevor Mindestbestände unterschritten werden. Keine personenbezogenen Daten.",
        hoursSavedPerWeek: 6,
        hourlyCostCents: 4800,
        errorReductionPct: 40,
        ratingValue: 3,
        ratingDataQuality: 4,
        ratingDataProtection: 1,
        ratingTeamReadiness: 3,
        ratingEffort: 3,
        status: "candidate",
      },
      select: { id: true },
    }),
  ]);

  await seedKpis(tx, org.id, roadmap.id, useCases[0].id, startDate, today, users);
  await seedOversightDemo(tx, {
    orgId: org.id,
    roadmapId: roadmap.id,
    useCaseId: useCases[0].id,
    reviewers: [users.member, users.member2],
    manager: users.manager,
    startDate,
    today,
  });
  await seedLiteracyDemo(tx, {
    orgId: org.id,
    orgSlug: input.slug,
    roadmap,
    useCase: useCases[0],
    people: input.people,
    today,
  });

  // The pilot's use case has its AI Act assessment: the spec's worked
  // example "support-ticket drafting with a hosted LLM, agent reviews".
  const answers: AssessmentAnswers = {
    q1_ai_system: "yes",
    q2_sourcing: "third_party_as_is",
    q3_use: "internal",
    q4_eu_link: "yes",
    q5_exclusions: ["none"],
    q6_prohibited_practices: ["none"],
    q7_annex_i: "no",
    q8_annex_iii: "none",
    q9_profiling: false,
    q11_value_chain: ["none"],
    q12_transparency: ["generates_synthetic_content"],
    q13_organisation_type: "other",
    q14_workplace: false,
    q15_size: "medium",
    q16_gpai: "no",
    q17_personal_data: ["ordinary"],
    q18_decision_effect: "no_significant_effect",
    q19_dpia_criteria: ["none"],
    q20a_vendor_personal_data: true,
    q20b_vendor_training: "no",
    q20c_vendor_location: "eu_eea",
  };
  const result = assess(answers, { asOf: addDaysIso(startDate, 10), companySize: "medium" });
  await tx.assessment.create({
    data: {
      orgId: org.id,
      useCaseId: useCases[0].id,
      authorId: users.manager,
      status: "completed",
      answers: answers as object,
      result: result as unknown as object,
      tier: result.tier,
      rulesetVersion: result.rulesetVersion,
      completedAt: isoToUtcDate(addDaysIso(startDate, 10)),
    },
  });
  await seedDataSources(tx, { orgId: org.id, useCaseId: useCases[0].id, users, today });

  await tx.learning.createMany({
    data: [
      {
        kind: "went_well",
        text: "Das Service-Team hat die drei häufigsten Anfragearten selbst ausgewählt – hohe Akzeptanz von Anfang an.",
      },
      {
        kind: "went_well",
        text: "Die Datenschutzprüfung war schneller als erwartet, weil der Anbieter einen Standard-AVV bereitstellt.",
      },
      {
        kind: "to_change",
        text: "Die Ausgangsmessung der Bearbeitungszeit hätte früher starten sollen; die erste Woche ist geschätzt.",
      },
      {
        kind: "risk",
        text: "Ersatzteilnummern im Ticketsystem sind uneinheitlich gepflegt – Risiko für falsche Antwortentwürfe.",
      },
    ].map((l, i) => ({
      kind: l.kind as "went_well" | "to_change" | "risk",
      text: l.text,
      orgId: org.id,
      roadmapId: roadmap.id,
      phaseId: roadmap.phaseIds.analysis,
      authorId: i % 2 === 0 ? users.manager : users.member,
    })),
  });

  await tx.budgetLine.createMany({
    data: [
      {
        phase: "analysis",
        label: "Workshops Prozessauswahl (extern)",
        plannedCents: 600_000,
        actualCents: 540_000,
      },
      {
        phase: "analysis",
        label: "Datenschutz-Beratung",
        plannedCents: 250_000,
        actualCents: 310_000,
      },
      {
        phase: "pilot",
        label: "KI-Dienst Lizenzen (3 Monate)",
        plannedCents: 180_000,
        actualCents: 60_000,
      },
      {
        phase: "pilot",
        label: "Integration Ticketsystem",
        plannedCents: 1_500_000,
        actualCents: 420_000,
      },
      { phase: "pilot", label: "Schulung Pilotteam", plannedCents: 400_000, actualCents: 0 },
      {
        phase: "scale",
        label: "KI-Kompetenz-Schulung alle Mitarbeitenden",
        plannedCents: 900_000,
        actualCents: 0,
      },
      { phase: "scale", label: "Reserve Skalierung", plannedCents: 970_000, actualCents: 0 },
    ].map(({ phase, ...line }) => ({
      ...line,
      orgId: org.id,
      roadmapId: roadmap.id,
      phaseId: roadmap.phaseIds[phase as "analysis" | "pilot" | "scale"],
    })),
  });

  await narrateDemoAudit(tx, { orgId: org.id, startDate, planner: users.manager });
  return { orgId: org.id };
}

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Tasks in every state: phase 1 nearly done, phase 2 under way, phase 3 ahead. */
async function shapeTaskStates(
  tx: Tx,
  roadmapId: string,
  today: string,
  users: Record<DemoUserKey, string>,
) {
  const tasks = await tx.task.findMany({
    where: { roadmapId },
    orderBy: { position: "asc" },
    select: { id: true, dueDate: true, ownerId: true, phase: { select: { kind: true } } },
  });
  const todayDate = isoToUtcDate(today);
  let analysisIndex = 0;
  let pilotIndex = 0;
  // Tasks that end up alike are written together: a visitor's copy is made while they wait.
  const changes = new Map<string, { data: Prisma.TaskUncheckedUpdateManyInput; ids: string[] }>();
  for (const task of tasks) {
    let status: "todo" | "in_progress" | "blocked" | "done" = "todo";
    if (task.phase.kind === "analysis") {
      // All analysis tasks but the first are done; it stays open and overdue, as in real life.
      status = analysisIndex++ === 0 ? "in_progress" : "done";
    } else if (task.phase.kind === "pilot") {
      const i = pilotIndex++;
      status = i < 2 ? "done" : i === 2 ? "blocked" : i < 5 ? "in_progress" : "todo";
    }
    const isDone = status === "done";
    const completedAt = isDone
      ? task.dueDate < todayDate
        ? task.dueDate
        : isoToUtcDate(addDaysIso(today, -1))
      : null;
    const completedById = isDone ? (task.ownerId ?? users.manager) : null;
    const key = `${status}|${completedAt?.toISOString()}|${completedById}`;
    const ids = changes.get(key)?.ids ?? [];
    ids.push(task.id);
    changes.set(key, { data: { status, completedAt, completedById }, ids });
  }
  for (const { data, ids } of changes.values())
    await tx.task.updateMany({ where: { id: { in: ids } }, data });
}
