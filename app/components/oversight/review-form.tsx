import { useState } from "react";
import { Form, Link, useNavigation } from "react-router";
import { Button, buttonClass } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { Select } from "~/components/ui/select";
import { Textarea } from "~/components/ui/textarea";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { ReviewFormValues } from "~/modules/oversight/fields";
import { IncidentFields } from "./incident-fields";
import type { FollowUpOffer } from "./incident-fields";

const wholeNumber = (text: string | undefined) =>
  text !== undefined && /^\d+$/.test(text.trim()) ? Number(text) : null;

/** "Approved" left empty counts the rest: shown while typing, computed on the server too. */
function useRemainder(values: ReviewFormValues) {
  const [counts, setCounts] = useState({
    reviewed: values.reviewedCount,
    corrected: values.correctedCount,
    rejected: values.rejectedCount,
  });
  const reviewed = wholeNumber(counts.reviewed);
  const changed = (wholeNumber(counts.corrected) ?? 0) + (wholeNumber(counts.rejected) ?? 0);
  const remainder = reviewed !== null && reviewed >= changed ? reviewed - changed : null;
  return {
    remainder,
    track: (key: keyof typeof counts) => (event: React.ChangeEvent<HTMLInputElement>) =>
      setCounts((c) => ({ ...c, [key]: event.target.value })),
  };
}

/**
 * Record or edit one review session: keyboard-first (the cursor starts in "outputs
 * checked", Enter saves), date and reviewer filled in, "approved" computed when left
 * empty. A plain form that works without JavaScript.
 */
export function ReviewForm({
  values,
  errors = {},
  formError,
  people,
  today,
  roadmapStart,
  followUp,
  version,
  returnTo,
  submitLabel,
  cancelTo,
  autoFocus = false,
}: {
  values: ReviewFormValues;
  errors?: Record<string, string>;
  formError?: string;
  people: { id: string; name: string; canOwnTasks: boolean }[];
  today: string;
  roadmapStart: string | null;
  followUp: FollowUpOffer | null | "exists";
  version?: number;
  returnTo?: string | null;
  submitLabel: string;
  cancelTo: string;
  autoFocus?: boolean;
}) {
  const { t, locale } = useI18n();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const { remainder, track } = useRemainder(values);
  const count = { type: "number", inputMode: "numeric", min: 0, step: 1 } as const;
  return (
    <Form method="post" noValidate className="flex flex-col gap-5">
      <FormAlert>{formError}</FormAlert>
      <input type="hidden" name="intent" value="save" />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("oversight.field.date")}
          name="date"
          type="date"
          required
          min={roadmapStart ?? undefined}
          max={today}
          hint={
            roadmapStart
              ? t("oversight.field.dateHintRange", { start: formatDate(roadmapStart, locale) })
              : t("oversight.field.dateHintToday")
          }
          defaultValue={values.date ?? today}
          error={errors.date}
        />
        <Select
          label={t("oversight.field.reviewer")}
          name="reviewerId"
          hint={t("oversight.field.reviewerHint")}
          defaultValue={values.reviewerId ?? ""}
          error={errors.reviewerId}
          options={people.map((p) => ({ value: p.id, label: p.name }))}
        />
      </div>
      <Field
        {...count}
        label={t("oversight.field.reviewed")}
        name="reviewedCount"
        hint={t("oversight.field.reviewedHint")}
        required
        // Keyboard-first: the one number every session has is where typing starts.
        autoFocus={autoFocus}
        defaultValue={values.reviewedCount ?? ""}
        onChange={track("reviewed")}
        error={errors.reviewedCount}
        className="sm:max-w-xs"
      />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-caption font-semibold text-ink-muted">
          {t("oversight.field.countsLegend")}
        </legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field
            {...count}
            label={t("oversight.field.corrected")}
            name="correctedCount"
            defaultValue={values.correctedCount ?? "0"}
            onChange={track("corrected")}
            error={errors.correctedCount}
          />
          <Field
            {...count}
            label={t("oversight.field.rejected")}
            name="rejectedCount"
            defaultValue={values.rejectedCount ?? "0"}
            onChange={track("rejected")}
            error={errors.rejectedCount}
          />
          <Field
            {...count}
            label={t("oversight.field.approved")}
            name="approvedCount"
            hint={
              remainder === null
                ? t("oversight.field.approvedHint")
                : t("oversight.field.approvedAuto", { count: remainder })
            }
            placeholder={remainder === null ? undefined : String(remainder)}
            defaultValue={values.approvedCount ?? ""}
            error={errors.approvedCount}
          />
        </div>
      </fieldset>
      <Textarea
        label={t("oversight.field.note")}
        name="note"
        hint={t("oversight.field.noteHint")}
        rows={2}
        maxLength={2000}
        defaultValue={values.note ?? ""}
        error={errors.note}
      />
      <IncidentFields values={values} errors={errors} people={people} followUp={followUp} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? t("oversight.submitting") : submitLabel}
        </Button>
        <Link to={cancelTo} className={buttonClass("secondary")}>
          {t("oversight.cancel")}
        </Link>
      </div>
    </Form>
  );
}
