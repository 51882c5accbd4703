import { db } from "~/lib/db.server";
import { channelFor, DEFAULT_CHANNEL, withoutMail } from "./events";
import type { PreferenceEvent } from "./events";
import { setPreference } from "./inbox.server";
import { verifyUnsubscribe } from "./signing.server";

// The one-click unsubscribe of a notification or digest mail: the signed link names the
// person and the event; following it turns that event's mails off (the inbox keeps its
// rows: "both" becomes "in the app only"). No sign-in: the signature is the proof.

export type UnsubscribeResult = { ok: true; event: PreferenceEvent } | { ok: false };

/** Turns the mails of the link's event off; { ok: false } for a forged or stale link. */
export async function unsubscribe(token: string): Promise<UnsubscribeResult> {
  const claim = await verifyUnsubscribe(token);
  if (!claim) return { ok: false };
  const stored = await db.notificationPreference.findUnique({
    where: { userId_event: { userId: claim.userId, event: claim.event } },
    select: { channel: true },
  });
  const user = await db.user.findUnique({ where: { id: claim.userId }, select: { id: true } });
  if (!user) return { ok: false };
  await setPreference(
    claim.userId,
    claim.event,
    withoutMail(channelFor(claim.event, stored?.channel)),
  );
  return { ok: true, event: claim.event };
}

/** "Undo" on the confirmation page: the event's default again (mail included). */
export async function resubscribe(token: string): Promise<UnsubscribeResult> {
  const claim = await verifyUnsubscribe(token);
  if (!claim) return { ok: false };
  const user = await db.user.findUnique({ where: { id: claim.userId }, select: { id: true } });
  if (!user) return { ok: false };
  await setPreference(claim.userId, claim.event, DEFAULT_CHANNEL[claim.event]);
  return { ok: true, event: claim.event };
}
