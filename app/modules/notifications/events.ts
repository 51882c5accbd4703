// What can be notified, and how each person wants to hear of it. Pure (no I/O): the
// inbox page, notify() and the sweep share these. See docs/decisions/0018-notifications.md.

/** What happened: one inbox row (and/or mail) each. */
export const NOTIFICATION_KINDS = [
  "task_assigned",
  "task_due",
  "task_overdue",
  "gate_requested",
  "gate_decided",
  "incident_high",
  "webhook_disabled",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a person chooses for: the kinds, grouped as the preferences form shows them. */
export const PREFERENCE_EVENTS = [
  "task_assigned",
  "task_due",
  "gate",
  "incident",
  "digest",
] as const;
export type PreferenceEvent = (typeof PREFERENCE_EVENTS)[number];

export const CHANNELS = ["both", "in_app", "email", "off"] as const;
export type Channel = (typeof CHANNELS)[number];

/** The weekly digest is a mail only: on or off. */
export const DIGEST_CHANNELS = ["email", "off"] as const satisfies readonly Channel[];

/**
 * Defaults: everything both in the app and by mail, the digest on. A roadmap of a few
 * people lives on these few messages; one click on the inbox page (or the link in any
 * mail) turns a kind down.
 */
export const DEFAULT_CHANNEL: Record<PreferenceEvent, Channel> = {
  task_assigned: "both",
  task_due: "both",
  gate: "both",
  incident: "both",
  digest: "email",
};

export function eventOf(kind: NotificationKind): PreferenceEvent {
  switch (kind) {
    case "task_assigned":
      return "task_assigned";
    case "task_due":
    case "task_overdue":
      return "task_due";
    case "gate_requested":
    case "gate_decided":
      return "gate";
    // A webhook switched off after a day of failures: something broke that someone
    // responsible must look at, like an incident.
    case "incident_high":
    case "webhook_disabled":
      return "incident";
  }
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === "string" && (CHANNELS as readonly string[]).includes(value);
}

export function isPreferenceEvent(value: unknown): value is PreferenceEvent {
  return typeof value === "string" && (PREFERENCE_EVENTS as readonly string[]).includes(value);
}

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** The stored choice, else the default. An unknown stored value counts as the default. */
export function channelFor(event: PreferenceEvent, stored: string | undefined): Channel {
  if (event === "digest") {
    return stored === "off" ? "off" : DEFAULT_CHANNEL.digest;
  }
  return isChannel(stored) ? stored : DEFAULT_CHANNEL[event];
}

export const wantsInApp = (channel: Channel) => channel === "both" || channel === "in_app";
export const wantsMail = (channel: Channel) => channel === "both" || channel === "email";

/** What "unsubscribe" in a mail of this event leaves: no more mail, the inbox stays. */
export function withoutMail(channel: Channel): Channel {
  return channel === "both" ? "in_app" : channel === "in_app" ? "in_app" : "off";
}

/** Title parameters: a flat object of strings and numbers, stored as JSON. */
export type NotificationParams = Record<string, string | number>;

/** Reads stored params; anything that is not a flat object of strings/numbers is dropped. */
export function parseParams(json: string): NotificationParams {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    const params: NotificationParams = {};
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === "string" || typeof v === "number") params[key] = v;
    }
    return params;
  } catch {
    return {};
  }
}
