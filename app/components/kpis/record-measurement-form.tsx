import { useFetcher, useSearchParams } from "react-router";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { useI18n } from "~/lib/i18n/react";

/** What the KPI route's action answers when a record attempt fails (status 400/409). */
export type RecordFailure = {
  intent: "record";
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  formError?: string;
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
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? t("kpis.record.submitting") : t("kpis.record.submit")}
        </Button>
      </div>
    </fetcher.Form>
  );
}
