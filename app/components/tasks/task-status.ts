import { useFetcher, useSearchParams } from "react-router";
import { useI18n } from "~/lib/i18n/react";
import { isStatusRefusal, REFUSAL_PARAMS, STATUS_REFUSALS } from "~/modules/tasks/status-refusals";
import type { action as taskStatusAction } from "~/routes/org/roadmaps/task-status";

/** What the task's status route answers a fetcher (type only: no code runs up to routes). */
export type TaskStatusAction = typeof taskStatusAction;

/** Where a task's status changes are posted: its page's path plus "/status". */
export function taskStatusPath(taskPath: string): string {
  return `${taskPath}/status`;
}

/** The keyed fetchers of a task's tick and menu moves, shared with the board's optimistic view. */
export function tickFetcherKey(taskId: string) {
  return `tick-${taskId}`;
}

export function moveFetcherKey(taskId: string) {
  return `move-${taskId}`;
}

/** The keyed fetcher of a card's quick plan (owner, due date, priority). */
export function planFetcherKey(taskId: string) {
  return `plan-${taskId}`;
}

/** What a card of the phase board offers its user. */
export type CardPermissions = { canComplete: boolean; canMove: boolean; canDelete: boolean };

/** Drag and drop: one fetcher for the whole board. */
export const PLACE_FETCHER_KEY = "board-place";

/**
 * Why the last tick or move of this task was refused, if it was: the fetcher's answer
 * (the optimistic state is already rolled back: the control shows the stored state
 * again once the fetcher is idle), or, after a post without JavaScript, the reason the
 * status route put into the URL.
 */
export function useStatusError(taskId: string): string | null {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const tick = useFetcher<TaskStatusAction>({ key: tickFetcherKey(taskId) });
  const move = useFetcher<TaskStatusAction>({ key: moveFetcherKey(taskId) });
  for (const fetcher of [tick, move]) {
    if (fetcher.state === "idle" && fetcher.data && !fetcher.data.ok) return fetcher.data.message;
  }
  if (tick.data || move.data || params.get(REFUSAL_PARAMS.task) !== taskId) return null;
  const reason = params.get(REFUSAL_PARAMS.reason);
  return isStatusRefusal(reason) ? t(STATUS_REFUSALS[reason]) : null;
}
