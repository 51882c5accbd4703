import { db } from "~/lib/db.server";
import { channelFor, isNotificationKind, parseParams, PREFERENCE_EVENTS } from "./events";
import type { Channel, NotificationKind, NotificationParams, PreferenceEvent } from "./events";

// A person's inbox in one organisation and their notification preferences. Every
// function is scoped by orgId and userId: nobody reads or marks another's notifications.

export const INBOX_PAGE_SIZE = 20;

export type InboxItem = {
  id: string;
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
  createdAt: Date;
  isRead: boolean;
};

/** One page of the person's notifications in the organisation, newest first. */
export async function listNotifications({
  orgId,
  userId,
  page,
}: {
  orgId: string;
  userId: string;
  page: number;
}): Promise<{ items: InboxItem[]; total: number; unread: number; pages: number; page: number }> {
  const where = { orgId, userId };
  const [total, unread] = await Promise.all([
    db.notification.count({ where }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * INBOX_PAGE_SIZE,
    take: INBOX_PAGE_SIZE,
    select: { id: true, kind: true, params: true, link: true, createdAt: true, readAt: true },
  });
  const items: InboxItem[] = [];
  for (const row of rows) {
    if (!isNotificationKind(row.kind)) continue;
    items.push({
      id: row.id,
      kind: row.kind,
      params: parseParams(row.params),
      link: row.link,
      createdAt: row.createdAt,
      isRead: row.readAt !== null,
    });
  }
  return { items, total, unread, pages, page: current };
}

/** Marks one of the person's notifications read; false when it is not theirs (or not there). */
export async function markNotificationRead({
  orgId,
  userId,
  id,
}: {
  orgId: string;
  userId: string;
  id: string;
}): Promise<boolean> {
  const found = await db.notification.findFirst({
    where: { id, orgId, userId },
    select: { id: true },
  });
  if (!found) return false;
  await db.notification.updateMany({
    where: { id, orgId, userId, readAt: null },
    data: { readAt: new Date() },
  });
  return true;
}

/** Marks all of the person's notifications in the organisation read. */
export async function markAllNotificationsRead({
  orgId,
  userId,
}: {
  orgId: string;
  userId: string;
}): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { orgId, userId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

export type Preferences = Record<PreferenceEvent, Channel>;

/** The person's choice per event (defaults where they chose nothing). */
export async function getPreferences(userId: string): Promise<Preferences> {
  const rows = await db.notificationPreference.findMany({
    where: { userId },
    select: { event: true, channel: true },
  });
  const stored = new Map(rows.map((row) => [row.event, row.channel]));
  return Object.fromEntries(
    PREFERENCE_EVENTS.map((event) => [event, channelFor(event, stored.get(event))]),
  ) as Preferences;
}

/** Stores the person's choices (all events at once, as the form sends them). */
export async function savePreferences(userId: string, preferences: Preferences): Promise<void> {
  await db.$transaction(
    PREFERENCE_EVENTS.map((event) =>
      db.notificationPreference.upsert({
        where: { userId_event: { userId, event } },
        create: { userId, event, channel: preferences[event] },
        update: { channel: preferences[event] },
      }),
    ),
  );
}

/** Sets one event's choice (the unsubscribe link). */
export async function setPreference(
  userId: string,
  event: PreferenceEvent,
  channel: Channel,
): Promise<void> {
  await db.notificationPreference.upsert({
    where: { userId_event: { userId, event } },
    create: { userId, event, channel },
    update: { channel },
  });
}
