import { Fragment } from "react";
import { ConfirmSubmit } from "~/components/ui/confirm-submit";
import { ConflictNotice } from "~/components/ui/conflict-notice";
import { Form, Link } from "react-router";
import { Button, buttonClass } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { Pager } from "~/components/ui/pager";
import { Table, TableBody, TableHead, Td, Th, Tr } from "~/components/ui/table";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { numberToInput } from "~/lib/numbers";
import { pagePath } from "~/lib/paths";
import { Badge } from "~/components/ui/badge";
import { formatKpiValue } from "./format";

export type MeasurementRow = {
  id: string;
  value: number;
  date: string;
  note: string;
  recordedById: string | null;
  recordedByName: string | null;
  version: number;
  /** The last recorded on its day: the value the KPI is judged by. */
  counts: boolean;
  /** The first recorded on its day; a later one is a correction. */
  firstOfDay: boolean;
};

type RowFailure = {
  intent: "update-measurement" | "delete-measurement";
  measurementId: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  formError?: string;
  /** A stale correction or delete: the measurement as stored now. */
  current?: { value: number; date: string; note: string };
};

/**
 * One page of the measurements, newest first: the chart's text alternative and the
 * place to correct or delete one's own values. Editing opens in the row through
 * `?edit=<id>` (on the same page), so it works without JavaScript.
 */
export function MeasurementsTable({
  measurements,
  unit,
  editing,
  failure,
  canChange,
  basePath,
  page,
}: {
  /** Newest first. */
  measurements: MeasurementRow[];
  unit: string;
  editing: string | null;
  failure: RowFailure | null;
  canChange: (m: MeasurementRow) => boolean;
  basePath: string;
  /** The table's page (from 1): the edit links, cancel and the forms keep it. */
  page: number;
}) {
  const { t, locale } = useI18n();
  if (measurements.length === 0) {
    return <p className="mt-3 text-ink-muted">{t("kpis.measurements.empty")}</p>;
  }
  const pageQuery = page > 1 ? `page=${page}&` : "";
  const pageInput = page > 1 ? <input type="hidden" name="page" value={page} /> : null;
  const anyChangeable = measurements.some(canChange);
  return (
    <Table caption={t("kpis.measurements.title")} captionHidden stickyHeader className="mt-3">
      <TableHead>
        <Th>{t("kpis.measurements.date")}</Th>
        <Th numeric>{t("kpis.measurements.value")}</Th>
        <Th>{t("kpis.measurements.note")}</Th>
        <Th className="hidden sm:table-cell">{t("kpis.measurements.recordedBy")}</Th>
        {anyChangeable ? (
          <Th>
            <span className="sr-only">{t("kpis.measurements.actions")}</span>
          </Th>
        ) : null}
      </TableHead>
      <TableBody>
        {measurements.map((m) => {
          const changeable = canChange(m);
          const date = formatDate(m.date, locale);
          const rowFailure = failure?.measurementId === m.id ? failure : null;
          const conflict = rowFailure?.current ? (
            <ConflictNotice
              heading="h3"
              title={rowFailure.formError ?? ""}
              body={t(
                rowFailure.intent === "delete-measurement"
                  ? "conflict.deleteBody"
                  : "conflict.body",
              )}
              rows={[
                [t("kpis.measurements.date"), formatDate(rowFailure.current.date, locale)],
                [
                  t("kpis.measurements.value"),
                  formatKpiValue(rowFailure.current.value, unit, locale),
                ],
                [t("kpis.measurements.note"), rowFailure.current.note || "—"],
              ]}
            />
          ) : null;
          if (changeable && editing === m.id) {
            const values = rowFailure?.values ?? {};
            const errors = rowFailure?.fieldErrors ?? {};
            return (
              <Tr key={m.id} id={`m-${m.id}`} className="bg-surface-muted">
                <td colSpan={5} className="p-3">
                  <Form method="post" action={basePath} noValidate className="flex flex-col gap-3">
                    <input type="hidden" name="intent" value="update-measurement" />
                    <input type="hidden" name="measurementId" value={m.id} />
                    <input type="hidden" name="version" value={m.version} />
                    {pageInput}
                    {conflict ??
                      (rowFailure?.formError ? (
                        <FormAlert>{rowFailure.formError}</FormAlert>
                      ) : null)}
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
                      <Button type="submit">
                        {conflict ? t("conflict.saveAnyway") : t("kpis.measurements.save")}
                      </Button>
                      <Link
                        to={page > 1 ? `${basePath}?page=${page}` : basePath}
                        className={buttonClass("secondary")}
                      >
                        {t("kpis.measurements.cancel")}
                      </Link>
                    </div>
                  </Form>
                </td>
              </Tr>
            );
          }
          return (
            <Fragment key={m.id}>
              {conflict ? (
                <Tr>
                  <td colSpan={5} className="p-3">
                    {conflict}
                  </td>
                </Tr>
              ) : null}
              <Tr id={`m-${m.id}`}>
                <Td className="whitespace-nowrap tabular-nums">{date}</Td>
                <Td numeric className={m.counts ? "font-medium" : "text-ink-muted line-through"}>
                  {formatKpiValue(m.value, unit, locale)}
                  {m.counts ? null : (
                    <span className="sr-only"> ({t("kpis.measurements.superseded")})</span>
                  )}
                  {m.firstOfDay ? null : (
                    <span className="ml-2">
                      <Badge tone="brand">{t("kpis.measurements.correction")}</Badge>
                    </span>
                  )}
                </Td>
                <Td className="text-ink-muted">{m.note}</Td>
                <Td className="hidden text-ink-muted sm:table-cell">
                  {m.recordedByName ?? t("kpis.measurements.unknownPerson")}
                </Td>
                {anyChangeable ? (
                  <Td className="whitespace-nowrap">
                    {changeable ? (
                      // Pulled in by the buttons' own padding, so the row keeps its height.
                      <div className="-my-1 flex justify-end gap-1">
                        <Link
                          to={`${basePath}?${pageQuery}edit=${m.id}#m-${m.id}`}
                          aria-label={t("kpis.measurements.editRow", { date })}
                          className="row-action text-brand hover:bg-surface-muted"
                        >
                          {t("kpis.measurements.edit")}
                        </Link>
                        <Form method="post" action={basePath}>
                          <input type="hidden" name="measurementId" value={m.id} />
                          <input type="hidden" name="version" value={m.version} />
                          {pageInput}
                          {/* The intent goes with the confirming button (50 rows a page). */}
                          <ConfirmSubmit
                            trigger={t("kpis.measurements.delete")}
                            triggerLabel={t("kpis.measurements.deleteRow", { date })}
                            question={t("kpis.measurements.confirmDelete", { date })}
                            confirm={t("kpis.measurements.confirmDeleteYes")}
                            name="intent"
                            value="delete-measurement"
                          />
                        </Form>
                      </div>
                    ) : null}
                  </Td>
                ) : null}
              </Tr>
            </Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** The links between the pages of a KPI's measurements, newest first. */
export function MeasurementPager({
  basePath,
  page,
  pages,
}: {
  basePath: string;
  page: number;
  pages: number;
}) {
  const { t } = useI18n();
  return (
    <Pager
      label={t("kpis.measurements.pages")}
      newer={
        page > 1 ? { to: pagePath(basePath, page - 1), label: t("kpis.measurements.newer") } : null
      }
      older={
        page < pages
          ? { to: pagePath(basePath, page + 1), label: t("kpis.measurements.older") }
          : null
      }
      status={t("kpis.measurements.pageOf", { page, pages })}
    />
  );
}
