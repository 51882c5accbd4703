// Demo data of the AI literacy register (Art 4): the default catalogue, completions
// that leave the pilot team partly covered (4 of 6 trained, one expired, one new
// colleague planned), and a training plan with one done and one open task.
// Called inside the demo seed's transaction; dates relative to today.
import type { Db } from "~/lib/db.server";
import { seedTrainingCatalogue } from "~/modules/literacy/trainings.server";
import { addDaysIso, isoToUtcDate } from "~/modules/calendar/dates";
import type { IsoDate } from "~/modules/calendar/dates";
import { insertTask } from "~/modules/tasks/tasks.server";
import { setTaskDoneIn } from "~/modules/tasks/status.server";
import type { DemoPeople } from "./people";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function seedLiteracyDemo(
  tx: Tx,
  input: {
    orgId: string;
    /** For the link in the training tasks. */
    orgSlug: string;
    roadmap: { id: string; phaseIds: Record<"analysis" | "pilot" | "scale", string> };
    useCase: { id: string };
    /** The organisation's people, the service agents among its members. */
    people: DemoPeople;
    today: IsoDate;
  },
) {
  const { orgId, today } = input;
  const { users, agents } = input.people;
  const day = (offset: number) => isoToUtcDate(addDaysIso(today, offset));

  await seedTrainingCatalogue(tx, { orgId, locale: "de", actorId: null });
  const rows = await tx.training.findMany({
    where: { orgId, seedKey: { not: null } },
    select: { id: true, seedKey: true, title: true },
  });
  const training = (seedKey: string) => rows.find((r) => r.seedKey === seedKey)!;
  const basics = training("default-basics");
  const toolUse = training("default-tool-use");
  const dataProtection = training("default-data-protection");
  const aiAct = training("default-ai-act-duties");

  // The pilot team: the use case's owner (Aylin Demir) and five colleagues.
  await tx.useCaseMember.createMany({
    data: [users.manager, users.member2, users.owner, agents.sabine, agents.tobias].map(
      (userId) => ({ orgId, useCaseId: input.useCase.id, userId }),
    ),
  });

  const completion = (trainingId: string, userId: string, offset: number, note = "") => ({
    orgId,
    trainingId,
    userId,
    completedOn: day(offset),
    note,
    recordedById: users.manager,
  });
  await tx.trainingCompletion.createMany({
    data: [
      // The management workshop on the AI Act, half a year ago.
      completion(aiAct.id, users.owner, -150, "Inhouse-Workshop mit externer Kanzlei"),
      completion(aiAct.id, users.manager, -150, "Inhouse-Workshop mit externer Kanzlei"),
      completion(aiAct.id, users.viewer, -150, "Inhouse-Workshop mit externer Kanzlei"),
      completion(basics.id, users.owner, -200),
      completion(basics.id, users.manager, -120),
      completion(basics.id, users.member, -120),
      // Lukas Schmidt did the basics course over two years ago: expired, not yet renewed.
      completion(basics.id, users.member2, -800, "Zertifikat KI-Campus"),
      // The pilot team's tool workshop at the start of the pilot.
      ...[users.manager, users.member, users.member2, agents.sabine].map((userId) =>
        completion(toolUse.id, userId, -20, "Workshop Antwortentwürfe im Ticketsystem"),
      ),
      completion(dataProtection.id, users.member, -18),
      // Sabine Koch completed the basics course from the training plan last week.
      completion(basics.id, agents.sabine, -6),
    ],
  });

  // The training plan: Sabine's basics done (task ticked off), Tobias's open, due in ten days.
  const plan = [
    { userId: agents.sabine, name: "Sabine Koch", due: -4, done: true },
    { userId: agents.tobias, name: "Tobias Wagner", due: 10, done: false },
  ];
  const link = `/o/${input.orgSlug}/governance/literacy/record?training=${basics.id}`;
  for (const entry of plan) {
    const actor = { orgId, actorId: users.manager };
    const task = await insertTask(tx, {
      ...actor,
      roadmapId: input.roadmap.id,
      phaseId: input.roadmap.phaseIds.pilot,
      data: {
        title: `Schulung absolvieren: ${basics.title}`,
        description: `Aus dem Schulungsplan KI-Kompetenz (Art. 4 KI-VO). Den Abschluss danach hier erfassen: ${link}`,
        ownerId: entry.userId,
        dueDate: addDaysIso(today, entry.due),
        priority: "medium",
      },
    });
    if (entry.done)
      await setTaskDoneIn(tx, { ...actor, actorId: entry.userId, taskId: task.id, done: true });
    await tx.trainingAssignment.create({
      data: {
        orgId,
        trainingId: basics.id,
        userId: entry.userId,
        dueDate: day(entry.due),
        taskId: task.id,
        assignedById: users.manager,
        createdAt: new Date(`${addDaysIso(today, -14)}T09:00:00.000Z`),
      },
    });
  }
}
