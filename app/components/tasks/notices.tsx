import { Form } from "react-router";
import { useI18n } from "~/lib/i18n/react";

/** After deleting a task on the board: what is gone, and the way back (a plain form). */
export function DeletedNotice({ taskId, title }: { taskId: string; title: string }) {
  const { t } = useI18n();
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-control bg-surface-muted px-3 py-2"
    >
      <span>{t("tasks.deleted", { title })}</span>
      <Form method="post">
        <input type="hidden" name="intent" value="restore" />
        <input type="hidden" name="taskId" value={taskId} />
        <button type="submit" className="font-semibold text-brand underline underline-offset-2">
          {t("tasks.undo")}
        </button>
      </Form>
    </div>
  );
}

/** A task was created or saved: green, or amber when its due date lies outside the phase. */
export function SavedNotice({ message, warning }: { message: string; warning: boolean }) {
  return (
    <p
      role="status"
      className={`rounded-control px-3 py-2 font-medium ${
        warning ? "bg-warning-soft text-warning" : "bg-success-soft text-success"
      }`}
    >
      {message}
    </p>
  );
}
