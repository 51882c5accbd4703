import { Form } from "react-router";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { completionValidUntil } from "~/modules/literacy/expiry";

type Completion = {
  id: string;
  completedOn: string;
  note: string;
  person: string;
  recordedBy: string | null;
  training: string;
  validityMonths: number | null;
};

/** Recorded completions, newest first; managers may delete a wrong one. */
export function CompletionList({
  completions,
  canDelete,
  label,
}: {
  completions: Completion[];
  canDelete: boolean;
  label: string;
}) {
  const { t, locale } = useI18n();
  const fmt = (date: string) => formatDate(date, locale);
  return (
    <ul
      aria-label={label}
      className="divide-y divide-line rounded-card border border-line bg-surface-raised shadow-card"
    >
      {completions.map((c) => {
        const validUntil = completionValidUntil(c.completedOn, c.validityMonths);
        return (
          <li key={c.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 p-4">
            <div className="flex min-w-0 flex-col gap-0.5">
              <p className="break-words">
                <span className="font-semibold">{c.person}</span> · {c.training}
              </p>
              <p className="text-caption text-ink-muted">
                {t("literacy.coverage.doneOn", { date: fmt(c.completedOn) })} ·{" "}
                {validUntil
                  ? t("literacy.validUntil", { date: fmt(validUntil) })
                  : t("literacy.noExpiry")}
                {c.recordedBy
                  ? ` · ${t("literacy.record.column.recordedBy")}: ${c.recordedBy}`
                  : ""}
              </p>
              {c.note ? <p className="text-caption break-words text-ink-muted">{c.note}</p> : null}
            </div>
            {canDelete ? (
              <Form method="post">
                <input type="hidden" name="intent" value="delete" />
                <input type="hidden" name="completionId" value={c.id} />
                <button
                  type="submit"
                  aria-label={t("literacy.record.deleteOf", {
                    person: c.person,
                    training: c.training,
                    date: fmt(c.completedOn),
                  })}
                  className="row-action text-danger hover:bg-danger-soft"
                >
                  {t("literacy.record.delete")}
                </button>
              </Form>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
