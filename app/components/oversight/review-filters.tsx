import { Form, Link } from "react-router";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { Select } from "~/components/ui/select";
import { useI18n } from "~/lib/i18n/react";
import type { ReviewFilter } from "~/modules/oversight/schema";

/** Period, reviewer, incidents only: a GET form, so a filtered log is a shareable URL. */
export function ReviewFilters({
  filter,
  people,
}: {
  filter: ReviewFilter;
  people: { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const isFiltered =
    filter.from !== null ||
    filter.to !== null ||
    filter.reviewerId !== null ||
    filter.incidentsOnly;
  return (
    <Form
      method="get"
      aria-label={t("oversight.filter.label")}
      className="flex flex-wrap items-end gap-3"
    >
      <Field
        label={t("oversight.filter.from")}
        name="from"
        type="date"
        defaultValue={filter.from ?? ""}
      />
      <Field
        label={t("oversight.filter.to")}
        name="to"
        type="date"
        defaultValue={filter.to ?? ""}
      />
      <Select
        label={t("oversight.filter.reviewer")}
        name="reviewer"
        defaultValue={filter.reviewerId ?? ""}
        options={[
          { value: "", label: t("oversight.filter.everyone") },
          ...people.map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <label className="flex items-center gap-2 pb-2">
        <input
          type="checkbox"
          name="incidents"
          value="1"
          defaultChecked={filter.incidentsOnly}
          className="h-4 w-4 accent-brand"
        />
        {t("oversight.filter.incidentsOnly")}
      </label>
      <Button type="submit" variant="secondary">
        {t("oversight.filter.apply")}
      </Button>
      {isFiltered ? (
        <Link
          to="."
          className="pb-2 text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          {t("oversight.filter.reset")}
        </Link>
      ) : null}
    </Form>
  );
}
