import { useId, useRef } from "react";
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
  triggerClassName = "confirm-trigger",
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
  const questionId = useId();
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
  // Styles: .confirm* in styles/app.css.
  return (
    <details ref={details} className="confirm" onKeyDown={onKeyDown}>
      <summary ref={summary} aria-label={triggerLabel} className={triggerClassName}>
        {trigger}
      </summary>
      <div role="group" aria-labelledby={questionId} className="confirm-panel">
        <p id={questionId}>{question}</p>
        <div>
          <button type="button" onClick={close} className="confirm-cancel">
            {t("app.cancel")}
          </button>
          <button
            type="submit"
            name={name}
            value={value}
            className={tone === "danger" ? "confirm-danger" : "confirm-brand"}
          >
            {confirm}
          </button>
        </div>
      </div>
    </details>
  );
}
