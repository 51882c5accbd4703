import { data } from "react-router";
import type { MessageKey, TFunction } from "../i18n";

/**
 * A refusal the page shows in place (and a fetcher can roll back on), instead of a
 * thrown response that would replace the page with the error screen.
 */
export function refuse(
  t: TFunction,
  intent: string,
  key: MessageKey,
  status: 403 | 404 | 409 | 400,
  extra: { taskId?: string } = {},
) {
  return data({ ok: false as const, intent, message: t(key), ...extra }, { status });
}
