import { Form, Link } from "react-router";
import { phaseColor } from "~/components/roadmap/phase-style";
import { Button } from "~/components/ui/button";
import { ProgressBar } from "~/components/ui/progress-bar";
import { Select } from "~/components/ui/select";
import { formatPercent } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { TASK_STATUSES } from "~/modules/tasks/status";
import type { PhaseBoard } from "~/modules/tasks/board.server";
import type { BoardFilter } from "~/modules/tasks/schema";

/** Above the board: the filters (a plain GET form, so they live in the URL) and progress. */
export function BoardToolbar({
  filter,
  board,
}: {
  filter: BoardFilter;
  board: Pick<PhaseBoard, "people" | "summary" | "phase">;
}) {
  const { t, locale } = useI18n();
  const isFiltered = Boolean(filter.owner || filter.status);
  const kind = board.phase.kind;
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <Form
        method="get"
        className="flex flex-wrap items-end gap-3"
        aria-label={t("tasks.filter.label")}
      >
        <Select
          id="filter-owner"
          label={t("tasks.filter.owner")}
          name="owner"
          defaultValue={filter.owner ?? ""}
          options={[
            { value: "", label: t("tasks.filter.everyone") },
            { value: "me", label: t("tasks.filter.me") },
            { value: "none", label: t("roadmap.noOwner") },
            ...board.people.map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
        <Select
          id="filter-status"
          label={t("tasks.filter.status")}
          name="status"
          defaultValue={filter.status ?? ""}
          options={[
            { value: "", label: t("tasks.filter.allStatuses") },
            ...TASK_STATUSES.map((s) => ({ value: s, label: t(`task.status.${s}`) })),
          ]}
        />
        <Button type="submit" variant="secondary">
          {t("tasks.filter.apply")}
        </Button>
        {isFiltered ? (
          <Link
            to="."
            className="pb-2 text-caption font-medium text-brand underline-offset-2 hover:underline"
          >
            {t("tasks.filter.reset")}
          </Link>
        ) : null}
      </Form>
      <div className="min-w-48 flex-1 sm:max-w-64">
        <ProgressBar
          percent={board.summary.percentDone}
          colorClass={phaseColor[kind].bg}
          label={t(`phase.${kind}`)}
        />
        <p className="mt-1 text-caption text-ink-muted">
          {formatPercent(board.summary.percentDone, locale)} ·{" "}
          {t("roadmap.tasksDone", { done: board.summary.done, count: board.summary.total })}
        </p>
      </div>
    </div>
  );
}
