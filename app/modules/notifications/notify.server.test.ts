import { describe, expect, it } from "vitest";
import { createDb, db } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { addMember, createOrgWithMember, createOrgWithRoadmap } from "~/test/factories";
import { isoToUtcDate } from "../calendar/dates";
import { decideGate, requestGateApproval } from "../roadmaps/gates.server";
import { createTask, planTask, updateTask } from "../tasks/tasks.server";
import { updateOrganisation } from "../orgs/orgs.server";
import { runDigestSweep } from "./digest.server";
import {
  getPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  savePreferences,
  setPreference,
} from "./inbox.server";
import { claimOnce, notify } from "./notify.server";
import { signUnsubscribe, verifyUnsubscribe } from "./signing.server";
import { runReminderSweep } from "./sweep.server";
import { resubscribe, unsubscribe } from "./unsubscribe.server";

// Runs on SQLite and, under scripts/with-postgres.sh, on PostgreSQL.

const mailsTo = (to: string) =>
  db.outboxMail.findMany({
    where: { to },
    select: { kind: true, subject: true, text: true, locale: true },
  });
const inbox = (orgId: string, userId: string) => listNotifications({ orgId, userId, page: 1 });

const form = {
  title: "Datenschutz prüfen",
  description: "",
  ownerId: "",
  dueDate: "2026-03-13",
  priority: "high" as const,
};

async function firstTask(orgId: string, roadmapId: string) {
  return db.task.findFirstOrThrow({
    where: { orgId, roadmapId },
    orderBy: { position: "asc" },
    select: { id: true, version: true, title: true, ownerId: true, dueDate: true, priority: true },
  });
}

describe("notify: in the transaction, per preference", () => {
  it("a task assigned to a colleague: an inbox row and a mail in their language; none for the actor", async () => {
    const { org, user, actor, roadmap } = await createOrgWithRoadmap();
    const colleague = await addMember(org.id, "member", "Greta Kollegin");
    await db.user.update({ where: { id: colleague.id }, data: { locale: "en" } });
    const result = await createTask({
      ...actor,
      roadmapId: roadmap.id,
      phase: "analysis",
      data: { ...form, ownerId: colleague.id },
    });
    expect(result.status).toBe("ok");
    const mine = await inbox(org.id, colleague.id);
    expect(mine.unread).toBe(1);
    expect(mine.items[0]).toMatchObject({ kind: "task_assigned", isRead: false });
    expect(mine.items[0]!.params).toMatchObject({ task: form.title, actor: user.name });
    expect(mine.items[0]!.link).toMatch(
      new RegExp(`^/o/${org.slug}/roadmaps/${roadmap.id}/tasks/`),
    );
    const mails = await mailsTo(colleague.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "notification", locale: "en" });
    expect(mails[0]!.subject).toBe(`${user.name} assigned you the task “${form.title}”`);
    expect((await inbox(org.id, user.id)).total).toBe(0);
    // Assigning it to oneself notifies nobody.
    await createTask({
      ...actor,
      roadmapId: roadmap.id,
      phase: "analysis",
      data: { ...form, ownerId: user.id },
    });
    expect((await inbox(org.id, user.id)).total).toBe(0);
  });

  it("an owner change by the form or the quick edit notifies the new owner once; an unchanged save nobody", async () => {
    const { org, actor, roadmap } = await createOrgWithRoadmap();
    const colleague = await addMember(org.id, "member");
    const task = await firstTask(org.id, roadmap.id);
    const plan = {
      taskId: task.id,
      ownerId: colleague.id,
      dueDate: task.dueDate.toISOString().slice(0, 10),
      priority: task.priority,
      version: task.version,
    };
    expect((await planTask({ ...actor, roadmapId: roadmap.id, data: plan })).status).toBe("ok");
    expect((await inbox(org.id, colleague.id)).total).toBe(1);
    // The same owner again (a changed priority): no second notification.
    await planTask({
      ...actor,
      roadmapId: roadmap.id,
      data: { ...plan, priority: "low", version: task.version + 1 },
    });
    expect((await inbox(org.id, colleague.id)).total).toBe(1);
    const other = await addMember(org.id, "manager");
    await updateTask({
      ...actor,
      roadmapId: roadmap.id,
      taskId: task.id,
      data: {
        ...form,
        title: task.title,
        dueDate: plan.dueDate,
        ownerId: other.id,
        status: "todo",
        version: task.version + 2,
      },
    });
    expect((await inbox(org.id, other.id)).items[0]?.kind).toBe("task_assigned");
  });

  it("a rolled-back change leaves neither the inbox row nor the mail", async () => {
    const { org, user } = await createOrgWithMember("owner");
    const colleague = await addMember(org.id, "member");
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, {
          orgId: org.id,
          actorId: user.id,
          recipientIds: [colleague.id],
          kind: "task_assigned",
          params: { task: "X" },
          path: "/my-tasks",
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect((await inbox(org.id, colleague.id)).total).toBe(0);
    expect(await mailsTo(colleague.email)).toHaveLength(0);
  });

  it("preferences: in-app only writes no mail, e-mail only no row, off neither; strangers get nothing", async () => {
    const { org, user } = await createOrgWithMember("owner");
    const [inApp, mailOnly, off] = await Promise.all([
      addMember(org.id, "member"),
      addMember(org.id, "member"),
      addMember(org.id, "member"),
    ]);
    const { user: stranger } = await createOrgWithMember("owner");
    await setPreference(inApp.id, "task_assigned", "in_app");
    await setPreference(mailOnly.id, "task_assigned", "email");
    await setPreference(off.id, "task_assigned", "off");
    const result = await db.$transaction((tx) =>
      notify(tx, {
        orgId: org.id,
        actorId: user.id,
        recipientIds: [inApp.id, mailOnly.id, off.id, stranger.id],
        kind: "task_assigned",
        params: { task: "X" },
        path: "/my-tasks",
      }),
    );
    expect(result).toEqual({ inApp: 1, mailed: 1 });
    expect((await inbox(org.id, inApp.id)).total).toBe(1);
    expect(await mailsTo(inApp.email)).toHaveLength(0);
    expect((await inbox(org.id, mailOnly.id)).total).toBe(0);
    expect(await mailsTo(mailOnly.email)).toHaveLength(1);
    expect((await inbox(org.id, off.id)).total).toBe(0);
    expect(await mailsTo(off.email)).toHaveLength(0);
    expect(await mailsTo(stranger.email)).toHaveLength(0);
    expect(await getPreferences(inApp.id)).toMatchObject({
      task_assigned: "in_app",
      gate: "both",
      digest: "email",
    });
  });

  it("in the demo organisation (fictional people): the inbox row, never a mail", async () => {
    const { org, user } = await createOrgWithMember("owner");
    const colleague = await addMember(org.id, "member");
    await db.organisation.update({ where: { id: org.id }, data: { isDemo: true } });
    const result = await db.$transaction((tx) =>
      notify(tx, {
        orgId: org.id,
        actorId: user.id,
        recipientIds: [colleague.id],
        kind: "task_assigned",
        params: { task: "X" },
        path: "/my-tasks",
      }),
    );
    expect(result).toEqual({ inApp: 1, mailed: 0 });
    expect(await mailsTo(colleague.email)).toHaveLength(0);
  });

  it("a gate request reaches owners and designated viewers; the decision reaches the requester", async () => {
    const { org, user: manager, actor, roadmap } = await createOrgWithRoadmap();
    const owner = await addMember(org.id, "owner");
    const approvingViewer = await addMember(org.id, "viewer");
    await db.membership.updateMany({
      where: { orgId: org.id, userId: approvingViewer.id },
      data: { canApproveGates: true },
    });
    const viewer = await addMember(org.id, "viewer");
    const member = await addMember(org.id, "member");
    expect(
      (await requestGateApproval({ ...actor, roadmapId: roadmap.id, phase: "analysis" })).status,
    ).toBe("ok");
    for (const u of [owner, approvingViewer])
      expect((await inbox(org.id, u.id)).items[0]?.kind).toBe("gate_requested");
    for (const u of [viewer, member, manager]) expect((await inbox(org.id, u.id)).total).toBe(0);
    await decideGate({
      orgId: org.id,
      actorId: owner.id,
      roadmapId: roadmap.id,
      phase: "analysis",
      decision: "approve",
      comment: "",
    });
    const decided = (await inbox(org.id, manager.id)).items[0];
    expect(decided).toMatchObject({
      kind: "gate_decided",
      params: { decision: "approve", phase: "analysis" },
    });
  });

  it("the inbox: mark one read (only one's own), mark all read", async () => {
    const { org, user } = await createOrgWithMember("owner");
    const colleague = await addMember(org.id, "member");
    await db.$transaction(async (tx) => {
      for (const task of ["A", "B", "C"])
        await notify(tx, {
          orgId: org.id,
          actorId: user.id,
          recipientIds: [colleague.id],
          kind: "task_assigned",
          params: { task },
          path: "/my-tasks",
        });
    });
    const { items } = await inbox(org.id, colleague.id);
    expect(items.map((i) => i.params.task).sort()).toEqual(["A", "B", "C"]);
    expect(await markNotificationRead({ orgId: org.id, userId: user.id, id: items[0]!.id })).toBe(
      false,
    );
    expect(
      await markNotificationRead({ orgId: org.id, userId: colleague.id, id: items[0]!.id }),
    ).toBe(true);
    expect((await inbox(org.id, colleague.id)).unread).toBe(2);
    expect(await markAllNotificationsRead({ orgId: org.id, userId: colleague.id })).toBe(2);
    expect((await inbox(org.id, colleague.id)).unread).toBe(0);
  });
});

describe("the reminder sweep", () => {
  /** A roadmap whose tasks fall due at the end of December, but the first ones: a
   * colleague's, due on `dueDates` (one task each). */
  async function colleagueTasksDue(...dueDates: string[]) {
    const { org, roadmap } = await createOrgWithRoadmap();
    const colleague = await addMember(org.id, "member");
    const tasks = await db.task.findMany({
      where: { orgId: org.id, roadmapId: roadmap.id },
      take: dueDates.length,
      select: { id: true },
    });
    await db.task.updateMany({
      where: { orgId: org.id, roadmapId: roadmap.id },
      data: { dueDate: isoToUtcDate("2026-12-31") },
    });
    for (const [i, due] of dueDates.entries()) {
      await db.task.update({
        where: { id: tasks[i]!.id },
        data: { ownerId: colleague.id, dueDate: isoToUtcDate(due) },
      });
    }
    return { org, colleague };
  }

  it("due tomorrow and overdue, each once, even with two sweeps at the same moment", async () => {
    const { org, colleague } = await colleagueTasksDue("2026-12-08", "2026-12-04");
    // Monday 2026-12-07, 08:00 in Berlin: tomorrow is the 8th.
    const now = new Date("2026-12-07T07:00:00.000Z");
    const second = env.DATABASE_URL.startsWith("file:") ? db : createDb();
    const runs = await Promise.all([
      runReminderSweep({ orgIds: [org.id], now }),
      runReminderSweep({ orgIds: [org.id], client: second, now }),
    ]);
    const kinds = (await inbox(org.id, colleague.id)).items.map((i) => i.kind).sort();
    expect(kinds).toEqual(["task_due", "task_overdue"]);
    expect(runs.reduce((sum, r) => sum + r.due + r.overdue, 0)).toBeGreaterThanOrEqual(2);
    await runReminderSweep({ orgIds: [org.id], now: new Date("2026-12-07T15:00:00.000Z") });
    expect((await inbox(org.id, colleague.id)).total).toBe(2);
    if (second !== db) await second.$disconnect();
  });

  it("sweeps more organisations than one statement can name", async () => {
    const { org, colleague } = await colleagueTasksDue("2026-12-08");
    // A large instance: 1,200 more organisations in the same time zone (SQLite through
    // Prisma binds at most 999 values a statement; the sweep once failed there, every pass).
    const prefix = `sweep-many-${Date.now()}-`;
    await db.organisation.createMany({
      data: Array.from({ length: 1200 }, (_, i) => ({ slug: `${prefix}${i}`, name: `Org ${i}` })),
    });
    try {
      const others = await db.organisation.findMany({
        where: { slug: { startsWith: prefix } },
        select: { id: true },
      });
      const run = await runReminderSweep({
        orgIds: [...others.map((o) => o.id), org.id],
        now: new Date("2026-12-07T07:00:00.000Z"),
      });
      expect(run).toEqual({ due: 1, overdue: 0 });
      expect((await inbox(org.id, colleague.id)).items.map((i) => i.kind)).toEqual(["task_due"]);
    } finally {
      await db.organisation.deleteMany({ where: { slug: { startsWith: prefix } } });
    }
  });

  it("nothing before 07:00 in the organisation's zone", async () => {
    const { org, roadmap } = await createOrgWithRoadmap();
    const colleague = await addMember(org.id, "member");
    await db.task.updateMany({
      where: { orgId: org.id, roadmapId: roadmap.id },
      data: { ownerId: colleague.id, dueDate: isoToUtcDate("2026-12-08") },
    });
    await runReminderSweep({ orgIds: [org.id], now: new Date("2026-12-07T05:30:00.000Z") }); // 06:30 in Berlin
    expect((await inbox(org.id, colleague.id)).total).toBe(0);
  });

  it("claimOnce: a key is taken once", async () => {
    const key = `test:${Math.random()}`;
    expect(await db.$transaction((tx) => claimOnce(tx, key))).toBe(true);
    expect(await db.$transaction((tx) => claimOnce(tx, key))).toBe(false);
  });
});

describe("the weekly digest", () => {
  it("Monday 07:00 in the organisation's zone, once per person and week, even with two sweeps at once", async () => {
    const { org, actor, roadmap } = await createOrgWithRoadmap();
    const owner = await addMember(org.id, "owner", "Olga Owner");
    const member = await addMember(org.id, "member", "Max Member");
    await setPreference(actor.actorId, "digest", "off");
    await db.task.updateMany({
      where: { orgId: org.id, roadmapId: roadmap.id },
      data: { dueDate: isoToUtcDate("2027-01-31") },
    });
    const [t1, t2] = await db.task.findMany({
      where: { orgId: org.id, roadmapId: roadmap.id },
      take: 2,
      select: { id: true, title: true },
    });
    await db.task.update({
      where: { id: t1!.id },
      data: { ownerId: member.id, dueDate: isoToUtcDate("2026-12-10") },
    });
    await db.task.update({
      where: { id: t2!.id },
      data: { ownerId: member.id, dueDate: isoToUtcDate("2026-12-01") },
    });
    // Sunday evening and Monday 06:59 in Berlin: not yet.
    await runDigestSweep({ orgIds: [org.id], now: new Date("2026-12-06T20:00:00.000Z") });
    await runDigestSweep({ orgIds: [org.id], now: new Date("2026-12-07T05:59:00.000Z") });
    expect(await mailsTo(member.email)).toHaveLength(0);
    const now = new Date("2026-12-07T06:00:00.000Z"); // 07:00 in Berlin
    const second = env.DATABASE_URL.startsWith("file:") ? db : createDb();
    await Promise.all([
      runDigestSweep({ orgIds: [org.id], now }),
      runDigestSweep({ orgIds: [org.id], client: second, now }),
    ]);
    await runDigestSweep({ orgIds: [org.id], now: new Date("2026-12-07T10:00:00.000Z") });
    if (second !== db) await second.$disconnect();
    const memberMails = await mailsTo(member.email);
    expect(memberMails).toHaveLength(1);
    expect(memberMails[0]!.kind).toBe("digest");
    expect(memberMails[0]!.subject).toBe("Ihre Woche in Test GmbH (KW 50)");
    expect(memberMails[0]!.text).toContain(
      `Überfällig\n- ${t2!.title} (fällig am 1. Dez. 2026)\n  http://`,
    );
    expect(memberMails[0]!.text).toContain(
      `Diese Woche fällig\n- ${t1!.title} (fällig am 10. Dez. 2026)`,
    );
    expect(memberMails[0]!.text).not.toContain("Fahrplan „Pilot“");
    expect(memberMails[0]!.text).toMatch(
      /Wochenübersicht abbestellen \(ein Klick\): http:\/\/\S+\/unsubscribe\/\S+/,
    );
    const ownerMails = await mailsTo(owner.email);
    expect(ownerMails).toHaveLength(1);
    expect(ownerMails[0]!.text).toContain("Fahrplan „Pilot“");
    expect(ownerMails[0]!.text).toContain("Diese Woche ist nichts von Ihnen fällig.");
    // Who turned it off gets none.
    const manager = await db.user.findUniqueOrThrow({
      where: { id: actor.actorId },
      select: { email: true },
    });
    expect(await mailsTo(manager.email)).toHaveLength(0);
    // The next week: again one.
    await runDigestSweep({ orgIds: [org.id], now: new Date("2026-12-14T06:30:00.000Z") });
    expect(await mailsTo(member.email)).toHaveLength(2);
  });
});

describe("the organisation's time zone", () => {
  it("set in the settings (left out: kept); the digest waits for Monday 07:00 there", async () => {
    const { org, actor } = await createOrgWithMember("owner");
    const base = { name: "Test GmbH", industry: "", employeeBand: "E10_49", locale: "de" } as const;
    await updateOrganisation({
      ...actor,
      input: { ...base, timeZone: "America/New_York", version: 1 },
    });
    await updateOrganisation({ ...actor, input: { ...base, industry: "Handel", version: 2 } });
    const stored = await db.organisation.findUniqueOrThrow({
      where: { id: org.id },
      select: { timeZone: true, industry: true },
    });
    expect(stored).toEqual({ timeZone: "America/New_York", industry: "Handel" });
    const owner = await db.user.findUniqueOrThrow({
      where: { id: actor.actorId },
      select: { email: true },
    });
    await runDigestSweep({ orgIds: [org.id], now: new Date("2026-12-07T06:30:00.000Z") }); // 01:30 in New York
    expect(await mailsTo(owner.email)).toHaveLength(0);
    await runDigestSweep({ orgIds: [org.id], now: new Date("2026-12-07T12:05:00.000Z") }); // 07:05 in New York
    expect(await mailsTo(owner.email)).toHaveLength(1);
  });
});

describe("the unsubscribe link", () => {
  it("signed: one click turns the event's mails off; a forged or altered link does nothing", async () => {
    const { user } = await createOrgWithMember("member");
    const token = await signUnsubscribe(db, user.id, "task_assigned");
    expect(await verifyUnsubscribe(token)).toEqual({ userId: user.id, event: "task_assigned" });
    const [payload, signature] = token.split(".");
    const flipped = signature!.slice(0, -1) + (signature!.endsWith("A") ? "B" : "A");
    expect(await verifyUnsubscribe(`${payload}.${flipped}`)).toBeNull();
    const otherPayload = Buffer.from(`${user.id}:digest`).toString("base64url");
    expect(await verifyUnsubscribe(`${otherPayload}.${signature}`)).toBeNull();
    expect(await verifyUnsubscribe("nonsense")).toBeNull();
    expect(await unsubscribe(`${payload}.${flipped}`)).toEqual({ ok: false });
    expect((await getPreferences(user.id)).task_assigned).toBe("both");
    expect(await unsubscribe(token)).toEqual({ ok: true, event: "task_assigned" });
    expect((await getPreferences(user.id)).task_assigned).toBe("in_app");
    await resubscribe(token);
    expect((await getPreferences(user.id)).task_assigned).toBe("both");
    const digest = await signUnsubscribe(db, user.id, "digest");
    await unsubscribe(digest);
    expect((await getPreferences(user.id)).digest).toBe("off");
    await savePreferences(user.id, {
      task_assigned: "off",
      task_due: "email",
      gate: "in_app",
      incident: "both",
      digest: "email",
    });
    expect(await getPreferences(user.id)).toEqual({
      task_assigned: "off",
      task_due: "email",
      gate: "in_app",
      incident: "both",
      digest: "email",
    });
  });
});
