import { Form } from "react-router";
import { Badge } from "~/components/ui/badge";
import { ListLink } from "~/components/ui/list-link";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";

type Entry = {
  id: string;
  person: string;
  training: string;
  dueDate: string;
  isDone: boolean;
  isOverdue: boolean;
  task: { id: string; roadmapId: string; status: string } | null;
};

/** The training plan: open entries first, each with its due date, state and task. */
export function PlanList({
  orgSlug,
  entries,
  canRemove,
}: {
  orgSlug: string;
  entries: Entry[];
  canRemove: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <ul
      aria-label={t("literacy.plan.listCaption")}
      className="divide-y divide-line rounded-card border border-line bg-surface-raised shadow-card"
    >
      {entries.map((e) => (
        <li key={e.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 p-4">
          <div className="flex min-w-0 flex-col gap-1">
            <p className="break-words">
              <span className="font-semibold">{e.person}</span> · {e.training}
            </p>
            <p className="flex flex-wrap items-center gap-2 text-caption text-ink-muted">
              {e.isDone ? (
                <Badge tone="success">{t("literacy.plan.status.done")}</Badge>
              ) : e.isOverdue ? (
                <Badge tone="danger">{t("literacy.plan.status.overdue")}</Badge>
              ) : (
                <Badge tone="brand">{t("literacy.plan.status.open")}</Badge>
              )}
              <span>
                {t("literacy.plan.column.due")}: {formatDate(e.dueDate, locale)}
              </span>
              <span aria-hidden="true">·</span>
              {e.task ? (
                <ListLink
                  to={`/o/${orgSlug}/roadmaps/${e.task.roadmapId}/tasks/${e.task.id}`}
                  aria-label={t("literacy.plan.openTaskOf", {
                    person: e.person,
                    training: e.training,
                  })}
                  className="font-medium text-brand underline underline-offset-2"
                >
                  {t("literacy.plan.openTask")}
                </ListLink>
              ) : (
                <span>{t("literacy.plan.noTask")}</span>
              )}
            </p>
          </div>
          {canRemove ? (
            <Form method="post">
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="assignmentId" value={e.id} />
              <button
                type="submit"
                aria-label={t("literacy.plan.removeOf", { person: e.person, training: e.training })}
                className="row-action text-danger hover:bg-danger-soft"
              >
                {t("literacy.plan.remove")}
              </button>
            </Form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
