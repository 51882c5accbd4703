import { createHash } from "node:crypto";
import type { Locale, MessageTree } from "./core";
import { registerCatalogue } from "./core";
import { de } from "./messages/de";
import { en } from "./messages/en";

// The server knows every language; importing this module registers them.
const all: Record<Locale, MessageTree> = { de, en };
registerCatalogue("de", de);
registerCatalogue("en", en);

const serialised: Partial<Record<Locale, { json: string; version: string }>> = {};

function catalogue(locale: Locale) {
  return (serialised[locale] ??= (() => {
    const json = JSON.stringify(all[locale]);
    return { json, version: createHash("sha256").update(json).digest("hex").slice(0, 16) };
  })());
}

/** One language's catalogue as JSON text, made once per process. */
export function messagesFor(locale: Locale): string {
  return catalogue(locale).json;
}

/** A hash of the catalogue's text: it changes exactly when a message changes. */
export function catalogueVersion(locale: Locale): string {
  return catalogue(locale).version;
}

/**
 * Where the browser gets the page's catalogue (routes/i18n-catalogue.ts): a URL
 * that names the version, so the file can be cached for good and every page
 * after the first one finds it in the browser's cache instead of carrying ~55 KB
 * of messages in its HTML.
 */
export function catalogueUrl(locale: Locale): string {
  return `/i18n/${locale}/${catalogueVersion(locale)}`;
}
