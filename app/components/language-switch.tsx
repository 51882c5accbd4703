import { Form, useLocation } from "react-router";
import { useI18n } from "~/lib/i18n/react";

/** Switches the language; a plain form, so it works without JavaScript. */
export function LanguageSwitch() {
  const { t, locale } = useI18n();
  const location = useLocation();
  const other = locale === "de" ? "en" : "de";
  return (
    <Form method="post" action="/locale" className="no-print">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button
        type="submit"
        lang={other}
        title={t("app.language")}
        className="rounded-control px-2 py-1 text-caption font-medium text-ink-muted hover:bg-surface-muted hover:text-ink"
      >
        {t("app.switchTo")}
      </button>
    </Form>
  );
}
