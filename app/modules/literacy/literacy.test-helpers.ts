import { db } from "~/lib/db.server";
import type { Role } from "~/lib/permissions";
import { createOrgWithMember, createUser } from "~/test/factories";
import { createRoadmapFromTemplate } from "../roadmaps/create.server";
import { addDaysIso, todayIso } from "../roadmaps/dates";
import type { IsoDate } from "../roadmaps/dates";
import { seedTrainingCatalogue } from "./trainings.server";

/** A person who is a member of the organisation with the role. */
export async function addMember(orgId: string, role: Role = "member", name?: string) {
  const user = await createUser(name ? { name } : {});
  await db.membership.create({ data: { orgId, userId: user.id, role } });
  return user;
}

/** An organisation with a manager, its default catalogue and (optionally) an active roadmap. */
export async function literacyOrg(
  options: { roadmapStart?: IsoDate | null; locale?: "de" | "en" } = {},
) {
  const { org, user: manager } = await createOrgWithMember("manager");
  await db.$transaction((tx) =>
    seedTrainingCatalogue(tx, { orgId: org.id, locale: options.locale ?? "de", actorId: null }),
  );
  const trainings = await db.training.findMany({
    where: { orgId: org.id },
    select: { id: true, topic: true, validityMonths: true, seedKey: true },
  });
  const basics = trainings.find((t) => t.topic === "basics")!;
  const dataProtection = trainings.find((t) => t.topic === "data_protection")!;
  let roadmapId: string | null = null;
  const start =
    options.roadmapStart === undefined ? addDaysIso(todayIso(), -35) : options.roadmapStart;
  if (start) {
    const roadmap = await db.$transaction((tx) =>
      createRoadmapFromTemplate(tx, {
        orgId: org.id,
        actorId: manager.id,
        title: "Pilot",
        startDate: start,
        locale: "de",
        status: "active",
      }),
    );
    roadmapId = roadmap.id;
  }
  const actor = { orgId: org.id, actorId: manager.id };
  return { org, manager, actor, basics, dataProtection, roadmapId };
}

export async function createUseCase(
  orgId: string,
  ownerId: string | null,
  title = "Antwortentwürfe",
) {
  return db.useCase.create({ data: { orgId, ownerId, title }, select: { id: true } });
}
