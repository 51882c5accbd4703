import { useRef } from "react";
import type { KeyboardEvent, ReactNode } from "react";
import { useI18n } from "~/lib/i18n/react";

/**
 * A destructive or final submit that asks first. The trigger opens a small panel with
 * the question, the real submit button and "Cancel"; nothing is sent until the second
 * click. Works without JavaScript (a <details> element), by keyboard (the trigger is a
 * button-like summary; Escape closes the panel and returns the focus), and sits inside
 * the caller's form, so the form's hidden fields go with the confirming button.
 */
export function ConfirmSubmit({
  trigger,
  triggerLabel,
  question,
  confirm,
  name,
  value,
  triggerClassName = "rounded-control px-2 py-1 text-caption font-medium text-danger hover:bg-danger-soft",
  tone = "danger",
}: {
  /** What the trigger shows (e.g. "Delete" or "×"). */
  trigger: ReactNode;
  /** The trigger's accessible name when its text alone is not enough (e.g. names the row). */
  triggerLabel?: string;
  question: string;
  /** The confirming button's text, e.g. "Yes, delete". */
  confirm: string;
  /** Sent with the confirming button, like a submit button's own name and value. */
  name?: string;
  value?: string;
  triggerClassName?: string;
  tone?: "danger" | "brand";
}) {
  const { t } = useI18n();
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const close = () => {
    if (details.current) details.current.open = false;
    summary.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && details.current?.open) {
      event.preventDefault();
      close();
    }
  };
  return (
    <details ref={details} className="relative inline-block" onKeyDown={onKeyDown}>
      <summary
        ref={summary}
        aria-label={triggerLabel}
        className={`cursor-pointer list-none [&::-webkit-details-marker]:hidden ${triggerClassName}`}
      >
        {trigger}
      </summary>
      <div
        role="group"
        aria-label={question}
        className="absolute right-0 z-20 mt-1 flex w-64 flex-col gap-2 rounded-control border border-line bg-surface-raised p-3 text-left shadow-card"
      >
        <p className="text-caption text-ink whitespace-normal">{question}</p>
        <div className="flex flex-wrap justify-end gap-2">
          <button
            type="button"
            onClick={close}
            className="rounded-control px-3 py-1.5 text-caption font-medium text-ink-muted hover:bg-surface-muted"
          >
            {t("app.cancel")}
          </button>
          <button
            type="submit"
            name={name}
            value={value}
            className={`rounded-control px-3 py-1.5 text-caption font-medium ${
              tone === "danger"
                ? "bg-danger text-white hover:opacity-90 dark:text-surface"
                : "bg-brand text-brand-ink hover:bg-brand-strong"
            }`}
          >
            {confirm}
          </button>
        </div>
      </div>
    </details>
  );
}
