import type { Locale, MessageTree } from "./core";
import { registerCatalogue } from "./core";
import { de } from "./messages/de";
import { en } from "./messages/en";

// The server knows every language; importing this module registers them.
const all: Record<Locale, MessageTree> = { de, en };
registerCatalogue("de", de);
registerCatalogue("en", en);

/** The catalogue the browser needs for one page: only its language. */
export function messagesFor(locale: Locale): MessageTree {
  return all[locale];
}
