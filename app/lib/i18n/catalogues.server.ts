import type { Locale, MessageTree } from "./core";
import { registerCatalogue } from "./core";
import { de } from "./messages/de";
import { en } from "./messages/en";

// The server knows every language; importing this module registers them.
const all: Record<Locale, MessageTree> = { de, en };
registerCatalogue("de", de);
registerCatalogue("en", en);

const serialised: Partial<Record<Locale, string>> = {};

/**
 * The catalogue the browser needs for one page: only its language, as JSON
 * text made once per process. A string costs the page's data encoder one
 * copy; the tree would be walked key by key on every request.
 */
export function messagesFor(locale: Locale): string {
  return (serialised[locale] ??= JSON.stringify(all[locale]));
}
