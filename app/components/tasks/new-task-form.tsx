import { Form, useNavigation } from "react-router";
import { Button } from "~/components/ui/button";
import { FormAlert } from "~/components/ui/form-alert";
import { useI18n } from "~/lib/i18n/react";
import type { Person } from "~/modules/tasks/board.server";
import { TaskFields } from "./task-fields";

export type NewTaskFailure = {
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  formError: string;
};

/**
 * "New task" on the phase board, folded away until opened (and open again after a
 * refused attempt, with what was typed). Posts to the board (intent "create").
 */
export function NewTaskForm({
  failure,
  createdTaskId,
  defaults,
  people,
  phase,
  roadmapRange,
}: {
  failure?: NewTaskFailure;
  /** The task just created: a fresh, empty form after it. */
  createdTaskId?: string;
  defaults: { ownerId: string; dueDate: string };
  people: Person[];
  phase: { startDate: string; endDate: string };
  roadmapRange: { startDate: string; endDate: string };
}) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const values = failure?.values;
  return (
    <details
      open={Boolean(failure)}
      className="rounded-card border border-line bg-surface-raised shadow-card"
    >
      <summary className="cursor-pointer px-5 py-3 font-semibold">
        {t("tasks.create.title")}
      </summary>
      <Form
        method="post"
        noValidate
        key={createdTaskId ?? "new"}
        className="flex flex-col gap-4 border-t border-line px-5 py-4"
      >
        <input type="hidden" name="intent" value="create" />
        {failure ? <FormAlert>{failure.formError}</FormAlert> : null}
        <TaskFields
          idPrefix="new-task"
          values={{
            title: values?.title ?? "",
            description: values?.description ?? "",
            ownerId: values?.ownerId ?? (failure ? "" : defaults.ownerId),
            dueDate: values?.dueDate ?? defaults.dueDate,
            priority: values?.priority ?? "medium",
          }}
          errors={failure?.fieldErrors}
          people={people}
          phase={phase}
          roadmap={roadmapRange}
        />
        <div>
          <Button type="submit" disabled={navigation.state === "submitting"}>
            {t("tasks.create.submit")}
          </Button>
        </div>
      </Form>
    </details>
  );
}
