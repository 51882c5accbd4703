// What an organisation's webhook endpoints can subscribe to. Pure (no I/O): the
// settings form, emitWebhook and the worker share it. See docs/decisions/0019-webhooks.md.

export const WEBHOOK_EVENTS = [
  "task.completed",
  "task.assigned",
  "gate.requested",
  "gate.decided",
  "measurement.recorded",
  "assessment.completed",
  "roadmap.started",
  "roadmap.completed",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export function isWebhookEvent(value: unknown): value is WebhookEvent {
  return typeof value === "string" && (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

/** The stored set (comma-separated) as a list in the catalogue's order; unknown names dropped. */
export function parseEvents(stored: string): WebhookEvent[] {
  const chosen = new Set(stored.split(","));
  return WEBHOOK_EVENTS.filter((event) => chosen.has(event));
}

/** The list as stored: known events only, in the catalogue's order, each once. */
export function formatEvents(events: readonly string[]): string {
  const chosen = new Set(events);
  return WEBHOOK_EVENTS.filter((event) => chosen.has(event)).join(",");
}

/** The body a receiver gets: the delivery id, the event, when it happened, the record. */
export type WebhookPayload = {
  id: string;
  event: WebhookEvent;
  createdAt: string;
  orgSlug: string;
  data: unknown;
};

/** The event's message key under webhooks.event (dots are the catalogue's separators). */
export function eventLabelKey(event: WebhookEvent) {
  return `webhooks.event.${event.replace(".", "_") as EventKey}` as const;
}
type EventKey = {
  [E in WebhookEvent]: E extends `${infer A}.${infer B}` ? `${A}_${B}` : never;
}[WebhookEvent];
