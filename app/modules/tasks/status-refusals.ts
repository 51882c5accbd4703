import type { MessageKey } from "~/lib/i18n";

/**
 * Why a change of a task's status was refused, and the message that says so. A
 * fetcher gets the message with the answer; a post without JavaScript is sent back
 * to its page with the reason in the URL (`?refused=<taskId>&reason=<reason>`).
 */
export const STATUS_REFUSALS = {
  notFound: "tasks.errors.notFound",
  forbidden: "tasks.errors.forbidden",
  moveInvalid: "tasks.errors.moveInvalid",
  unknownAction: "roadmaps.errors.unknownAction",
} as const satisfies Record<string, MessageKey>;

export type StatusRefusal = keyof typeof STATUS_REFUSALS;

/** The search parameters that name a refusal after a post without JavaScript. */
export const REFUSAL_PARAMS = { task: "refused", reason: "reason" } as const;

export function isStatusRefusal(value: unknown): value is StatusRefusal {
  return typeof value === "string" && Object.hasOwn(STATUS_REFUSALS, value);
}
