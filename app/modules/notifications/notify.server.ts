import type { Prisma } from "~/lib/db.server";
import { Prisma as P } from "~/lib/db.server";
import { publicOrigin } from "~/lib/http.server";
import { enqueueMail } from "../mail/outbox.server";
import { channelFor, eventOf, wantsInApp, wantsMail } from "./events";
import type { NotificationKind, NotificationParams } from "./events";
import { signUnsubscribe } from "./signing.server";

// The one way anything notifies anyone: notify(tx, …) inside the transaction of the
// change that causes it (a task assigned, a gate requested, an incident recorded, the
// sweep's reminder). Per recipient and their preference it writes the inbox row and/or
// queues a mail in the outbox (app/modules/mail), both or neither; a rolled-back change
// leaves neither. The caller calls mailQueued() after its commit.
// See docs/decisions/0018-notifications.md.

type Tx = Prisma.TransactionClient;

export type NotifyInput = {
  orgId: string;
  /** Who should hear of it; the actor and anyone no longer a member are left out. */
  recipientIds: readonly (string | null | undefined)[];
  /** Whoever caused it: nobody is notified of their own doing. */
  actorId?: string | null;
  kind: NotificationKind;
  params: NotificationParams;
  /**
   * The item's path inside the organisation ("/roadmaps/<id>/tasks/<id>"): stored as
   * /o/<slug>/…, and made absolute with APP_ORIGIN in mails.
   */
  path: string;
};

export type NotifyResult = { inApp: number; mailed: number };

/**
 * Notifies the recipients, scoped to the organisation: only its members are reached.
 * In the demo organisation and visitors' copies of it people get the inbox row, never a
 * mail (their addresses are made up).
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<NotifyResult> {
  const ids = [...new Set(input.recipientIds.filter((id): id is string => Boolean(id)))].filter(
    (id) => id !== input.actorId,
  );
  if (ids.length === 0) return { inApp: 0, mailed: 0 };
  if (!input.path.startsWith("/") || input.path.startsWith("//"))
    throw new Error("a notification's path is a path inside the organisation");
  const event = eventOf(input.kind);
  const [org, actor, people] = await Promise.all([
    tx.organisation.findUnique({
      where: { id: input.orgId },
      select: { name: true, slug: true, locale: true, isDemo: true, demoExpiresAt: true },
    }),
    input.actorId
      ? tx.user.findUnique({ where: { id: input.actorId }, select: { name: true } })
      : null,
    tx.user.findMany({
      where: { id: { in: ids }, memberships: { some: { orgId: input.orgId } } },
      select: {
        id: true,
        email: true,
        name: true,
        locale: true,
        demoExpiresAt: true,
        notificationPrefs: { where: { event }, select: { channel: true } },
      },
    }),
  ]);
  if (!org) return { inApp: 0, mailed: 0 };
  // The actor's name is part of what happened: stored, so a later rename changes nothing.
  const values: NotificationParams = actor ? { actor: actor.name, ...input.params } : input.params;
  const params = JSON.stringify(values);
  const path = `/o/${org.slug}${input.path}`;
  const inApp = people.filter((person) =>
    wantsInApp(channelFor(event, person.notificationPrefs[0]?.channel)),
  );
  if (inApp.length > 0) {
    await tx.notification.createMany({
      data: inApp.map((person) => ({
        orgId: input.orgId,
        userId: person.id,
        kind: input.kind,
        params,
        link: path,
      })),
    });
  }
  const origin = publicOrigin();
  let mailed = 0;
  // The demo and visitors' copies of it are fictional people: never a mail to them.
  const mayMail = !org.isDemo && !org.demoExpiresAt;
  for (const person of people) {
    if (!mayMail || person.demoExpiresAt) continue;
    if (!wantsMail(channelFor(event, person.notificationPrefs[0]?.channel))) continue;
    const token = await signUnsubscribe(tx, person.id, event);
    await enqueueMail(tx, {
      to: person.email,
      locale: person.locale ?? org.locale,
      // Personal mails (with the person's unsubscribe link): not on the owner's outbox page.
      orgId: null,
      input: {
        kind: "notification",
        event: input.kind,
        params: values,
        name: person.name,
        org: org.name,
        link: origin + path,
        unsubscribe: `${origin}/unsubscribe/${token}`,
      },
    });
    mailed++;
  }
  return { inApp: inApp.length, mailed };
}

/**
 * Takes a key that must be used once (a reminder per task, kind and day; a digest per
 * person, organisation and week), inside the caller's transaction: true for the one
 * caller that inserted it, false when it was there already. INSERT … ON CONFLICT DO
 * NOTHING works alike on SQLite and PostgreSQL; on PostgreSQL a concurrent second
 * insert waits for the first transaction and then inserts nothing.
 */
export async function claimOnce(tx: Tx, key: string): Promise<boolean> {
  const inserted = await tx.$executeRaw(
    P.sql`INSERT INTO "NotificationKey" ("key") VALUES (${key}) ON CONFLICT ("key") DO NOTHING`,
  );
  return inserted === 1;
}
