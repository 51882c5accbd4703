import { db } from "~/lib/db.server";
import { createOrgWithMember, createTemplateRoadmap } from "~/test/factories";
import { addDaysIso, todayIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { seedTrainingCatalogue } from "./trainings.server";

/**
 * An organisation with a manager (`actor`), its default catalogue and, unless
 * `roadmapStart` is null, an active roadmap that started five weeks ago.
 */
export async function literacyOrg(options: { roadmapStart?: IsoDate | null } = {}) {
  const { org, user: manager, actor } = await createOrgWithMember("manager");
  await db.$transaction((tx) =>
    seedTrainingCatalogue(tx, { orgId: org.id, locale: "de", actorId: null }),
  );
  const trainings = await db.training.findMany({
    where: { orgId: org.id },
    select: { id: true, topic: true },
  });
  const basics = trainings.find((t) => t.topic === "basics")!;
  const dataProtection = trainings.find((t) => t.topic === "data_protection")!;
  const start =
    options.roadmapStart === undefined ? addDaysIso(todayIso(), -35) : options.roadmapStart;
  const roadmapId = start ? (await createTemplateRoadmap(actor, { startDate: start })).id : null;
  return { org, manager, actor, basics, dataProtection, roadmapId };
}

export async function createUseCase(
  orgId: string,
  ownerId: string | null,
  title = "Antwortentwürfe",
) {
  return db.useCase.create({ data: { orgId, ownerId, title }, select: { id: true } });
}
