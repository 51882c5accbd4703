/**
 * The colour scheme a user chose (User.theme): "system" follows the device. The server
 * renders it on <html> (data-theme and the color-scheme meta tag), so a page never
 * flashes in the other scheme and the choice works without JavaScript.
 */
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const DEFAULT_THEME: Theme = "system";

export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}

/** The color-scheme the browser may use for its own parts (scroll bars, form controls). */
export function colorSchemeOf(theme: Theme): string {
  return theme === "system" ? "light dark" : theme;
}
