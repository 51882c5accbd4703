// An organisation with one record of every kind, each named after a canary string, and a
// value for every route parameter: for sweeps over every URL of app/routes.ts (tenant
// isolation, page titles).
import { createToken, hashToken } from "../app/lib/crypto.server";
import { isoToUtcDate, todayIso } from "../app/modules/calendar/dates";
import { createTestOrg, e2eDb } from "./factories";

export async function seedCanaryOrg(canary: string) {
  const db = e2eDb();
  const { org, users, roadmapId } = await createTestOrg({
    name: `${canary} GmbH`,
    withRoadmap: true,
  });
  const roadmap = await db.roadmap.update({
    where: { id: roadmapId! },
    data: {
      title: `${canary} roadmap`,
      ambition: `${canary} ambition`,
      focusArea: `${canary} focus`,
    },
    select: { id: true, phases: { select: { id: true, kind: true } } },
  });
  const phase = roadmap.phases[0]!;
  const task = await db.task.findFirstOrThrow({
    where: { roadmapId: roadmap.id },
    select: { id: true },
  });
  await db.task.updateMany({ where: { roadmapId: roadmap.id }, data: { title: `${canary} task` } });
  await db.exitCriterion.updateMany({
    where: { orgId: org.id },
    data: { text: `${canary} criterion` },
  });
  const useCase = await db.useCase.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      title: `${canary} use case`,
      description: canary,
    },
    select: { id: true },
  });
  const assessment = await db.assessment.create({
    data: {
      orgId: org.id,
      useCaseId: useCase.id,
      answers: { note: canary },
      rulesetVersion: canary,
    },
    select: { id: true },
  });
  const kpi = await db.kpi.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      name: `${canary} KPI`,
      unit: canary,
      category: "efficiency",
      direction: "higher_is_better",
      baseline: 1,
      target: 2,
      baselineDate: isoToUtcDate(todayIso()),
      targetDate: isoToUtcDate(todayIso()),
    },
    select: { id: true },
  });
  const measurement = await db.kpiMeasurement.create({
    data: {
      orgId: org.id,
      kpiId: kpi.id,
      value: 1.5,
      date: isoToUtcDate(todayIso()),
      note: canary,
    },
    select: { id: true },
  });
  const learning = await db.learning.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      phaseId: phase.id,
      kind: "risk",
      text: `${canary} learning`,
    },
    select: { id: true },
  });
  const budgetLine = await db.budgetLine.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      phaseId: phase.id,
      label: `${canary} budget`,
      plannedCents: 100,
    },
    select: { id: true },
  });
  const dataSource = await db.dataSource.create({
    data: {
      orgId: org.id,
      useCaseId: useCase.id,
      name: `${canary} source`,
      systemOfRecord: canary,
      kind: "customer",
      personalData: "special",
      checks: {
        create: {
          orgId: org.id,
          aspect: "accuracy",
          checkedOn: isoToUtcDate(todayIso()),
          note: canary,
        },
      },
    },
    select: { id: true },
  });
  const invitation = await db.invitation.create({
    data: {
      orgId: org.id,
      email: `${canary.toLowerCase()}@e2e.test`,
      role: "member",
      tokenHash: hashToken(createToken()),
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById: users.owner.id,
    },
    select: { id: true },
  });
  const membership = await db.membership.findFirstOrThrow({
    where: { orgId: org.id },
    select: { id: true },
  });
  const review = await db.oversightReview.create({
    data: {
      orgId: org.id,
      useCaseId: useCase.id,
      date: isoToUtcDate(todayIso()),
      reviewerId: users.member.id,
      reviewedCount: 10,
      approvedCount: 9,
      correctedCount: 1,
      rejectedCount: 0,
      note: canary,
      hasIncident: true,
      incidentSeverity: "high",
      incidentDescription: `${canary} incident`,
    },
    select: { id: true },
  });
  const training = await db.training.create({
    data: { orgId: org.id, title: `${canary} training`, topic: "basics", format: "workshop" },
    select: { id: true },
  });
  await db.trainingCompletion.create({
    data: {
      orgId: org.id,
      trainingId: training.id,
      userId: users.member.id,
      completedOn: isoToUtcDate(todayIso()),
      note: canary,
    },
  });
  await db.trainingAssignment.create({
    data: {
      orgId: org.id,
      trainingId: training.id,
      userId: users.viewer.id,
      dueDate: isoToUtcDate(todayIso()),
    },
  });
  await db.useCaseMember.create({
    data: { orgId: org.id, useCaseId: useCase.id, userId: users.member.id },
  });
  // A closing review in progress: its summary and a decision's reason (issue 16).
  await db.roadmapReview.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      summary: `${canary} summary`,
      decisions: {
        create: {
          orgId: org.id,
          useCaseId: useCase.id,
          decision: "adjust",
          reason: `${canary} reason`,
        },
      },
    },
  });
  // An unread notification of B's owner, its title carrying the canary.
  await db.notification.create({
    data: {
      orgId: org.id,
      userId: users.owner.id,
      kind: "task_assigned",
      params: JSON.stringify({ actor: `${canary} actor`, task: `${canary} task` }),
      link: `/o/${org.slug}/my-tasks`,
    },
  });
  // A webhook endpoint with a delivery in its log (issue 19).
  const endpoint = await db.webhookEndpoint.create({
    data: {
      orgId: org.id,
      url: `https://${canary.toLowerCase()}.example.com/hook`,
      description: `${canary} endpoint`,
      events: "task.completed",
      secret: `whsec_${canary}`,
      deliveries: {
        create: {
          orgId: org.id,
          event: "task.completed",
          payload: JSON.stringify({ canary }),
          status: "failed",
          lastError: `${canary} error`,
        },
      },
    },
    select: { id: true },
  });
  return {
    org,
    users,
    params: {
      orgSlug: org.slug,
      roadmapId: roadmap.id,
      phaseId: phase.id,
      phaseKind: phase.kind,
      taskId: task.id,
      useCaseId: useCase.id,
      assessmentId: assessment.id,
      kpiId: kpi.id,
      measurementId: measurement.id,
      learningId: learning.id,
      budgetLineId: budgetLine.id,
      dataSourceId: dataSource.id,
      invitationId: invitation.id,
      membershipId: membership.id,
      reviewId: review.id,
      trainingId: training.id,
      endpointId: endpoint.id,
      step: "1",
      format: "csv",
    } as Record<string, string>,
  };
}
