import { Select } from "~/components/ui/select";
import type { SelectProps } from "~/components/ui/select";
import { useI18n } from "~/lib/i18n/react";
import type { TrainingTopic } from "~/modules/literacy/fields";

/** A choice of training from the catalogue, each named with its topic; "choose" first. */
export function TrainingSelect({
  trainings,
  ...props
}: Omit<SelectProps, "options" | "name"> & {
  trainings: readonly { id: string; title: string; topic: TrainingTopic }[];
}) {
  const { t } = useI18n();
  return (
    <Select
      {...props}
      name="trainingId"
      options={[
        { value: "", label: t("literacy.record.chooseTraining") },
        ...trainings.map((training) => ({
          value: training.id,
          label: `${training.title} (${t(`literacy.topic.${training.topic}`)})`,
        })),
      ]}
    />
  );
}
