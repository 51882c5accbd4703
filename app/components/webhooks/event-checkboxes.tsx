import { useI18n } from "~/lib/i18n/react";
import { eventLabelKey, WEBHOOK_EVENTS } from "~/modules/webhooks/events";

/** The events an endpoint receives: one checkbox each, in a fieldset with its error. */
export function EventCheckboxes({
  idPrefix,
  checked,
  error,
}: {
  idPrefix: string;
  checked: readonly string[];
  error?: string;
}) {
  const { t } = useI18n();
  const errorId = `${idPrefix}-events-error`;
  return (
    <fieldset
      className="flex flex-col gap-2"
      aria-describedby={error ? errorId : `${idPrefix}-events-hint`}
      aria-invalid={error ? true : undefined}
    >
      <legend className="font-medium">{t("webhooks.events")}</legend>
      <p id={`${idPrefix}-events-hint`} className="text-caption text-ink-muted">
        {t("webhooks.eventsHint")}
      </p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {WEBHOOK_EVENTS.map((event) => {
          const id = `${idPrefix}-${event.replace(".", "-")}`;
          return (
            <li key={event}>
              <label htmlFor={id} className="flex items-start gap-2 py-1">
                <input
                  id={id}
                  type="checkbox"
                  name="events"
                  value={event}
                  defaultChecked={checked.includes(event)}
                  className="mt-1 h-4 w-4 shrink-0 accent-brand"
                />
                <span>
                  {t(eventLabelKey(event))}
                  <code className="block text-caption text-ink-muted">{event}</code>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p id={errorId} className="text-caption font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
