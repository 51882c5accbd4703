import { useFetcher } from "react-router";
import { useI18n } from "~/lib/i18n/react";

export type TickResult = { ok: boolean; intent?: string; message?: string; taskId?: string };

/** The keyed fetcher of a task's tick, shared by the button and the board's optimistic view. */
export function tickFetcherKey(taskId: string) {
  return `tick-${taskId}`;
}

/**
 * One-click tick-off. A plain form without JavaScript (the page reloads with the
 * result); with JavaScript a fetcher posts it and the task shows as done at once.
 * If the server refuses, the task returns to its state and the message says why.
 */
export function TickButton({
  taskId,
  title,
  isDone,
  disabled = false,
}: {
  taskId: string;
  title: string;
  isDone: boolean;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const fetcher = useFetcher<TickResult>({ key: tickFetcherKey(taskId) });
  const pending = fetcher.formData?.get("done");
  const shownDone = pending !== undefined && pending !== null ? pending === "true" : isDone;
  return (
    <fetcher.Form method="post" className="shrink-0">
      <input type="hidden" name="intent" value="complete" />
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="done" value={shownDone ? "false" : "true"} />
      <button
        type="submit"
        disabled={disabled}
        aria-label={
          shownDone ? t("tasks.tick.reopen", { title }) : t("tasks.tick.markDone", { title })
        }
        aria-pressed={shownDone}
        className={`flex h-6 w-6 items-center justify-center rounded-full border-2 transition-colors disabled:cursor-not-allowed disabled:opacity-50 ${
          shownDone
            ? "border-success bg-success text-white dark:text-surface"
            : "border-line-strong bg-surface-raised text-transparent hover:border-success hover:text-success"
        }`}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5">
          <path
            d="M3.5 8.5l3 3 6-7"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
    </fetcher.Form>
  );
}

/**
 * The server's refusal of the last tick, if any (the optimistic state is already
 * rolled back: the button shows the stored state again once the fetcher is idle).
 */
export function useTickError(taskId: string): string | null {
  const fetcher = useFetcher<TickResult>({ key: tickFetcherKey(taskId) });
  if (fetcher.state !== "idle" || !fetcher.data || fetcher.data.ok) return null;
  return fetcher.data.message ?? null;
}
