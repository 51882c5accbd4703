// Demo data of the AI literacy register (Art 4): the default catalogue, completions
// that leave the pilot team partly covered (4 of 6 trained, one expired, one new
// colleague planned), and a training plan with one done and one open task.
// Called inside the demo seed's transaction; dates relative to today.
import type { Db } from "../app/lib/db.server";
import { seedTrainingCatalogue } from "../app/modules/literacy/trainings.server";
import { addDaysIso, isoToUtcDate } from "../app/modules/calendar/dates";
import type { IsoDate } from "../app/modules/calendar/dates";
import { insertTask } from "../app/modules/tasks/tasks.server";
import { setTaskDoneIn } from "../app/modules/tasks/status.server";
import type { DemoUserKey } from "./demo-data";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Two service agents of the pilot team; they have no demo login (no usable password). */
const SERVICE_TEAM = [
  { key: "sabine", email: "sabine.koch@muster-maschinenbau.de", name: "Sabine Koch" },
  { key: "tobias", email: "tobias.wagner@muster-maschinenbau.de", name: "Tobias Wagner" },
] as const;

export async function seedLiteracyDemo(
  tx: Tx,
  input: {
    orgId: string;
    roadmap: { id: string; phaseIds: Record<"analysis" | "pilot" | "scale", string> };
    useCase: { id: string };
    users: Record<DemoUserKey, string>;
    today: IsoDate;
  },
) {
  const { orgId, today, users } = input;
  const day = (offset: number) => isoToUtcDate(addDaysIso(today, offset));

  const agents = {} as Record<(typeof SERVICE_TEAM)[number]["key"], string>;
  for (const person of SERVICE_TEAM) {
    const user = await tx.user.upsert({
      where: { email: person.email },
      update: { name: person.name },
      // "!" is no valid password hash: the account exists but cannot sign in.
      create: { email: person.email, name: person.name, passwordHash: "!", locale: "de" },
      select: { id: true },
    });
    agents[person.key] = user.id;
    await tx.membership.create({ data: { orgId, userId: user.id, role: "member" } });
  }

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
  const link = `/o/muster-maschinenbau/governance/literacy/record?training=${basics.id}`;
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
