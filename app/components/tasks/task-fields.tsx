import { Field } from "~/components/ui/field";
import { Select } from "~/components/ui/select";
import { Textarea } from "~/components/ui/textarea";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { TASK_STATUSES } from "~/modules/tasks/status";
import { PRIORITIES } from "~/modules/tasks/priorities";

export type TaskFieldValues = {
  title: string;
  description: string;
  ownerId: string;
  dueDate: string;
  priority: string;
  status?: string;
};

/**
 * The fields of the task form, shared by "new task" on the board and the task's
 * detail page. The due-date hint names the phase's and the roadmap's dates, so the
 * rule (inside the roadmap; inside the phase preferred) is visible before saving.
 */
export function TaskFields({
  values,
  errors,
  people,
  phase,
  roadmap,
  withStatus = false,
  idPrefix,
}: {
  values: TaskFieldValues;
  errors?: Record<string, string>;
  people: { id: string; name: string; canOwnTasks: boolean }[];
  phase: { startDate: string; endDate: string };
  roadmap: { startDate: string; endDate: string };
  withStatus?: boolean;
  idPrefix: string;
}) {
  const { t, locale } = useI18n();
  const owners = people.filter((p) => p.canOwnTasks || p.id === values.ownerId);
  return (
    <div className="flex flex-col gap-4">
      <Field
        id={`${idPrefix}-title`}
        label={t("tasks.fields.title")}
        name="title"
        required
        maxLength={200}
        defaultValue={values.title}
        error={errors?.title}
      />
      <Textarea
        id={`${idPrefix}-description`}
        label={t("tasks.fields.description")}
        name="description"
        rows={3}
        defaultValue={values.description}
        error={errors?.description}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          id={`${idPrefix}-owner`}
          label={t("tasks.fields.owner")}
          name="ownerId"
          defaultValue={values.ownerId}
          error={errors?.ownerId}
          options={[
            { value: "", label: t("roadmap.noOwner") },
            ...owners.map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
        <Field
          id={`${idPrefix}-due`}
          label={t("tasks.fields.dueDate")}
          name="dueDate"
          type="date"
          required
          min={roadmap.startDate}
          max={roadmap.endDate}
          defaultValue={values.dueDate}
          error={errors?.dueDate}
          hint={t("tasks.fields.dueDateHint", {
            start: formatDate(phase.startDate, locale),
            end: formatDate(phase.endDate, locale),
          })}
        />
        <Select
          id={`${idPrefix}-priority`}
          label={t("tasks.fields.priority")}
          name="priority"
          defaultValue={values.priority}
          error={errors?.priority}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`task.priority.${p}`) }))}
        />
        {withStatus ? (
          <Select
            id={`${idPrefix}-status`}
            label={t("tasks.fields.status")}
            name="status"
            defaultValue={values.status}
            error={errors?.status}
            options={TASK_STATUSES.map((s) => ({ value: s, label: t(`task.status.${s}`) }))}
          />
        ) : null}
      </div>
    </div>
  );
}
