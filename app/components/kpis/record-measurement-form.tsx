import { useId } from "react";
import { useFetcher, useSearchParams } from "react-router";
import { formatKpiValue } from "~/components/kpis/format";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { parseDecimal } from "~/lib/numbers";

/** What the KPI route's action answers when a record attempt fails (status 400/409). */
export type RecordFailure = {
  intent: "record";
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  formError?: string;
  /** The day already has this value: replace it or add a correction? */
  sameDay?: { value: number };
  /** The value lies far outside the KPI's history (its lowest and highest figure). */
  outlier?: { low: number; high: number };
};

export type RecordMeasurementFormProps = {
  orgSlug: string;
  kpi: { id: string; name: string; unit: string };
  /** The default date (today, "YYYY-MM-DD"). */
  today: string;
  /** Where to come back to after recording (a path inside this organisation). */
  redirectTo: string;
  /** Show "Record a value for <KPI name>" as a heading of this level. */
  headingLevel?: 2 | 3;
  /** The route's actionData after a submit without JavaScript. */
  initial?: RecordFailure | null;
};

/**
 * Records a KPI measurement. Posts to the KPI's own route (intent "record"), so it can be
 * mounted anywhere, e.g. on "my tasks" for KPI owners. With JavaScript it submits in
 * place (errors show beside the fields, the page then reloads its data); without, it is
 * a plain form and the server redirects back to `redirectTo`.
 */
export function RecordMeasurementForm(props: RecordMeasurementFormProps) {
  const [params] = useSearchParams();
  // A fresh form (empty fields) after each successful recording.
  const stamp = params.get("recordedKpi") === props.kpi.id ? (params.get("m") ?? "") : "";
  return <RecordForm key={stamp} {...props} justRecorded={stamp !== ""} />;
}

function RecordForm({
  orgSlug,
  kpi,
  today,
  redirectTo,
  headingLevel,
  initial,
  justRecorded,
}: RecordMeasurementFormProps & { justRecorded: boolean }) {
  const { t } = useI18n();
  const fetcher = useFetcher<RecordFailure>();
  const failure = fetcher.data ?? (initial?.intent === "record" ? initial : null);
  const errors = failure?.fieldErrors ?? {};
  const values = failure?.values ?? {};
  const busy = fetcher.state !== "idle";
  const headingId = `record-${kpi.id}-title`;
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <fetcher.Form
      method="post"
      action={`/o/${orgSlug}/kpis/${kpi.id}`}
      preventScrollReset
      noValidate
      aria-labelledby={headingLevel ? headingId : undefined}
      className="flex flex-col gap-3"
    >
      {headingLevel ? (
        <Heading id={headingId} className="text-lead font-semibold">
          {t("kpis.record.titleFor", { name: kpi.name })}
        </Heading>
      ) : null}
      <input type="hidden" name="intent" value="record" />
      {/* After a failed post without JavaScript this form shows on the KPI page; it keeps
          the original way back (the server checks it stays inside the organisation). */}
      <input type="hidden" name="redirectTo" value={values.redirectTo ?? redirectTo} />
      {failure?.formError ? <FormAlert>{failure.formError}</FormAlert> : null}
      {justRecorded && !failure ? (
        <FormAlert tone="success">{t("kpis.flash.recorded")}</FormAlert>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label={
            kpi.unit ? t("kpis.record.valueWithUnit", { unit: kpi.unit }) : t("kpis.record.value")
          }
          name="value"
          inputMode="decimal"
          autoComplete="off"
          required
          defaultValue={values.value ?? ""}
          error={errors.value}
        />
        <Field
          label={t("kpis.record.date")}
          name="date"
          type="date"
          required
          defaultValue={values.date ?? today}
          error={errors.date}
        />
      </div>
      <Field
        label={t("kpis.record.note")}
        name="note"
        hint={t("kpis.record.noteHint")}
        maxLength={500}
        defaultValue={values.note ?? ""}
        error={errors.note}
      />
      {failure?.sameDay ? (
        <SameDayQuestion kpi={kpi} date={values.date ?? today} existing={failure.sameDay.value} />
      ) : null}
      {failure?.outlier ? (
        <OutlierQuestion kpi={kpi} value={values.value ?? ""} history={failure.outlier} />
      ) : null}
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? t("kpis.record.submitting") : t("kpis.record.submit")}
        </Button>
      </div>
    </fetcher.Form>
  );
}

/** "This day has a value": replace it, or add a correction that then counts. */
function SameDayQuestion({
  kpi,
  date,
  existing,
}: {
  kpi: { unit: string };
  date: string;
  existing: number;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <fieldset
      aria-describedby={`${id}-question`}
      className="flex flex-col gap-2 rounded-control border border-warning bg-warning-soft p-3"
    >
      <legend className="px-1 font-semibold">{t("kpis.record.sameDayChoice")}</legend>
      <p id={`${id}-question`}>
        {t("kpis.record.sameDayQuestion", {
          date: formatDate(date, locale),
          value: formatKpiValue(existing, kpi.unit, locale),
        })}
      </p>
      {(["replace", "correction"] as const).map((choice) => (
        <label key={choice} className="flex items-start gap-2">
          <input
            type="radio"
            name="sameDay"
            value={choice}
            required
            defaultChecked={choice === "replace"}
            className="mt-1 h-4 w-4 shrink-0 accent-brand"
          />
          <span>
            {t(
              choice === "replace" ? "kpis.record.sameDayReplace" : "kpis.record.sameDayCorrection",
            )}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** "Far outside the history": the person confirms the value (or corrects it above). */
function OutlierQuestion({
  kpi,
  value,
  history,
}: {
  kpi: { unit: string };
  value: string;
  history: { low: number; high: number };
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const typed = parseDecimal(value);
  const shown = typed === null ? value : formatKpiValue(typed, kpi.unit, locale);
  return (
    <div className="flex flex-col gap-2 rounded-control border border-warning bg-warning-soft p-3">
      <p id={`${id}-question`}>
        {t("kpis.record.outlierQuestion", {
          low: formatKpiValue(history.low, kpi.unit, locale),
          high: formatKpiValue(history.high, kpi.unit, locale),
        })}
      </p>
      <label className="flex items-start gap-2 font-medium">
        <input
          type="checkbox"
          name="confirmOutlier"
          value="on"
          aria-describedby={`${id}-question`}
          className="mt-1 h-4 w-4 shrink-0 accent-brand"
        />
        <span>{t("kpis.record.confirmOutlier", { value: shown })}</span>
      </label>
    </div>
  );
}
