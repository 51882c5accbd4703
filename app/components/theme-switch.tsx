import { Form, useLocation, useRouteLoaderData } from "react-router";
import type { MessageKey } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { DEFAULT_THEME, THEMES } from "~/lib/theme";
import type { Theme } from "~/lib/theme";
import type { loader as rootLoader } from "~/root";

const LABEL: Record<Theme, MessageKey> = {
  system: "app.theme.system",
  light: "app.theme.light",
  dark: "app.theme.dark",
};

const ICON: Record<Theme, string> = {
  // A screen, a sun, a moon.
  system: "M2.5 3.5h11v7h-11zM6 13.5h4M8 10.5v3",
  light:
    "M8 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1 1M12 12l1 1M3 13l1-1M12 4l1-1",
  dark: "M13 9.5A5.5 5.5 0 0 1 6.5 3a5.5 5.5 0 1 0 6.5 6.5z",
};

/** The signed-in user's colour scheme, as the server rendered it on <html>. */
export function useTheme(): Theme {
  return useRouteLoaderData<typeof rootLoader>("root")?.theme ?? DEFAULT_THEME;
}

/**
 * System, light or dark: three buttons of one plain form, so the choice works without
 * JavaScript; the server stores it on the account and renders the page in it. Compact
 * (icons, each named) in the header; with words in the menu and on the account page.
 * Styles: .theme-switch in styles/app.css (every page has two).
 */
export function ThemeSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useI18n();
  const current = useTheme();
  const location = useLocation();
  return (
    <Form method="post" action="/theme" preventScrollReset className="no-print">
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <div role="group" aria-label={t("app.theme.label")} className="theme-switch">
        {THEMES.map((theme) => (
          <button
            key={theme}
            type="submit"
            name="theme"
            value={theme}
            aria-pressed={theme === current}
            aria-label={compact ? t(LABEL[theme]) : undefined}
            title={compact ? t(LABEL[theme]) : undefined}
            className={compact ? "is-compact" : undefined}
          >
            <svg aria-hidden="true" viewBox="0 0 16 16">
              <path d={ICON[theme]} />
            </svg>
            {compact ? null : t(LABEL[theme])}
          </button>
        ))}
      </div>
    </Form>
  );
}
