import { Form, Link } from "react-router";
import { Button, buttonClass } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { numberToInput } from "~/modules/kpis/numbers";
import { formatKpiValue } from "./format";

export type MeasurementRow = {
  id: string;
  value: number;
  date: string;
  note: string;
  recordedById: string | null;
  recordedByName: string | null;
};

type RowFailure = {
  measurementId: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  formError?: string;
};

/**
 * The measurements, newest first: the chart's text alternative and the place to correct
 * or delete one's own values. Editing opens in the row through `?edit=<id>`, so it works
 * without JavaScript.
 */
export function MeasurementsTable({
  measurements,
  unit,
  editing,
  failure,
  canChange,
  basePath,
}: {
  measurements: MeasurementRow[];
  unit: string;
  editing: string | null;
  failure: RowFailure | null;
  canChange: (m: MeasurementRow) => boolean;
  basePath: string;
}) {
  const { t, locale } = useI18n();
  if (measurements.length === 0) {
    return <p className="mt-3 text-ink-muted">{t("kpis.measurements.empty")}</p>;
  }
  const newestFirst = [...measurements].reverse();
  const anyChangeable = measurements.some(canChange);
  return (
    <div className="mt-3 max-h-[32rem] overflow-auto">
      <table className="w-full text-left text-body">
        <caption className="sr-only">{t("kpis.measurements.title")}</caption>
        <thead className="sticky top-0 bg-surface-raised text-caption text-ink-muted">
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("kpis.measurements.date")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t("kpis.measurements.value")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("kpis.measurements.note")}
            </th>
            <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">
              {t("kpis.measurements.recordedBy")}
            </th>
            {anyChangeable ? (
              <th scope="col" className="py-2 font-medium">
                <span className="sr-only">{t("kpis.measurements.actions")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((m) => {
            const changeable = canChange(m);
            const date = formatDate(m.date, locale);
            if (changeable && editing === m.id) {
              const rowFailure = failure?.measurementId === m.id ? failure : null;
              const values = rowFailure?.values ?? {};
              const errors = rowFailure?.fieldErrors ?? {};
              return (
                <tr key={m.id} id={`m-${m.id}`} className="border-b border-line bg-surface-muted">
                  <td colSpan={5} className="p-3">
                    <Form
                      method="post"
                      action={basePath}
                      noValidate
                      className="flex flex-col gap-3"
                    >
                      <input type="hidden" name="intent" value="update-measurement" />
                      <input type="hidden" name="measurementId" value={m.id} />
                      {rowFailure?.formError ? <FormAlert>{rowFailure.formError}</FormAlert> : null}
                      <div className="grid gap-3 sm:grid-cols-3">
                        <Field
                          label={t("kpis.measurements.value")}
                          name="value"
                          inputMode="decimal"
                          defaultValue={values.value ?? numberToInput(m.value, locale)}
                          error={errors.value}
                        />
                        <Field
                          label={t("kpis.measurements.date")}
                          name="date"
                          type="date"
                          defaultValue={values.date ?? m.date}
                          error={errors.date}
                        />
                        <Field
                          label={t("kpis.measurements.note")}
                          name="note"
                          maxLength={500}
                          defaultValue={values.note ?? m.note}
                          error={errors.note}
                        />
                      </div>
                      <div className="flex gap-2">
                        <Button type="submit">{t("kpis.measurements.save")}</Button>
                        <Link to={basePath} className={buttonClass("secondary")}>
                          {t("kpis.measurements.cancel")}
                        </Link>
                      </div>
                    </Form>
                  </td>
                </tr>
              );
            }
            return (
              <tr key={m.id} id={`m-${m.id}`} className="border-b border-line last:border-0">
                <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{date}</td>
                <td className="py-2 pr-3 text-right font-medium whitespace-nowrap tabular-nums">
                  {formatKpiValue(m.value, unit, locale)}
                </td>
                <td className="py-2 pr-3 text-ink-muted">{m.note}</td>
                <td className="hidden py-2 pr-3 text-ink-muted sm:table-cell">
                  {m.recordedByName ?? t("kpis.measurements.unknownPerson")}
                </td>
                {anyChangeable ? (
                  <td className="py-1 whitespace-nowrap">
                    {changeable ? (
                      <div className="flex justify-end gap-1">
                        <Link
                          to={`${basePath}?edit=${m.id}#m-${m.id}`}
                          aria-label={t("kpis.measurements.editRow", { date })}
                          className="rounded-control px-2 py-1 text-caption font-medium text-brand hover:bg-surface-muted"
                        >
                          {t("kpis.measurements.edit")}
                        </Link>
                        <Form method="post" action={basePath}>
                          <input type="hidden" name="intent" value="delete-measurement" />
                          <input type="hidden" name="measurementId" value={m.id} />
                          <button
                            type="submit"
                            aria-label={t("kpis.measurements.deleteRow", { date })}
                            className="rounded-control px-2 py-1 text-caption font-medium text-danger hover:bg-danger-soft"
                          >
                            {t("kpis.measurements.delete")}
                          </button>
                        </Form>
                      </div>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
