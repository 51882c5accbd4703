import type { Locale } from "~/lib/i18n";

/**
 * Instants (audit events, gate decisions) in the users' zone. Fixed to Europe/Berlin:
 * the server and the browser must render the same text (hydration), and the
 * organisations using Fahrplan work in that zone.
 */
const ZONE = "Europe/Berlin";
const tags: Record<Locale, string> = { de: "de-DE", en: "en-GB" };

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatInstant(iso: string, locale: Locale, withTime = true): string {
  const key = `${locale}:${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tags[locale], {
      timeZone: ZONE,
      dateStyle: "medium",
      ...(withTime ? { timeStyle: "short" } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}
