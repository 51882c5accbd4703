import { db } from "~/lib/db.server";
import { createOrgWithMember, createUser } from "~/test/factories";
import { createRoadmapFromTemplate } from "../roadmaps/create.server";
import { getOversightUseCase } from "./oversight.server";
import type { ReviewInput } from "./schema";

export const START = "2026-03-02"; // a Monday
export const TODAY = "2026-03-25"; // week 4: the pilot phase

/** An organisation with a manager and a member, a roadmap from START and a use case on it. */
export async function oversightSetup(name = "Test GmbH") {
  const { org, user: manager } = await createOrgWithMember("manager", name);
  const member = await createUser();
  await db.membership.create({ data: { orgId: org.id, userId: member.id, role: "member" } });
  const roadmap = await db.$transaction((tx) =>
    createRoadmapFromTemplate(tx, {
      orgId: org.id,
      actorId: manager.id,
      title: "Pilot Kundenservice",
      startDate: START,
      locale: "de",
      status: "active",
      ownerIds: [manager.id],
    }),
  );
  const created = await db.useCase.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      ownerId: member.id,
      title: "Antwortentwürfe",
      status: "piloting",
    },
    select: { id: true },
  });
  const useCase = (await getOversightUseCase({ orgId: org.id, useCaseId: created.id }))!;
  return { org, manager, member, roadmap, useCase };
}

/** A review input: `reviewed` outputs of which `corrected` corrected and `rejected` rejected. */
export function review(
  date: string,
  reviewerId: string,
  reviewed: number,
  corrected: number,
  rejected = 0,
  extra: Partial<ReviewInput> = {},
): ReviewInput {
  return {
    date,
    reviewerId,
    reviewedCount: reviewed,
    approvedCount: reviewed - corrected - rejected,
    correctedCount: corrected,
    rejectedCount: rejected,
    note: "",
    incident: null,
    followUp: null,
    ...extra,
  };
}
