// One i18n layer for every string: typed message keys (a key missing in one
// language is a type error), {placeholders}, and plural forms through
// Intl.PluralRules. No runtime dependency; see docs/decisions/0004-i18n.md.
//
// The catalogues are registered, not imported here: the server registers both
// (catalogues.server.ts, loaded by entry.server.tsx), the browser only the
// active language's, fetched from a versioned URL the root loader names and
// kept in the browser's cache (react.tsx). So no page downloads a language it
// does not show, and no page carries the messages in its HTML.
import type { Messages } from "./messages/en";
import type { MessageTree, MessageValue, PluralForms } from "./messages/types";

export type { Messages, MessageTree, PluralForms };

export const LOCALES = ["de", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "de";

type Join<K extends string, P extends string> = `${K}.${P}`;
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K
    : T[K] extends PluralForms
      ? K
      : Join<K, Leaves<T[K]>>;
}[keyof T & string];
export type MessageKey = Leaves<Messages>;

export type MessageParams = Record<string, string | number>;
export type TFunction = (key: MessageKey, params?: MessageParams) => string;

const catalogues: Partial<Record<Locale, MessageTree>> = {};

export function registerCatalogue(locale: Locale, tree: MessageTree) {
  catalogues[locale] = tree;
}

export function getCatalogue(locale: Locale): MessageTree | undefined {
  return catalogues[locale];
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// A page asks for hundreds of messages; each key is resolved once per catalogue.
const resolved = new WeakMap<MessageTree, Map<string, MessageValue | undefined>>();

function lookup(tree: MessageTree, key: string): MessageValue | undefined {
  let cache = resolved.get(tree);
  if (!cache) resolved.set(tree, (cache = new Map()));
  if (cache.has(key)) return cache.get(key);
  const value = resolve(tree, key);
  cache.set(key, value);
  return value;
}

function resolve(tree: MessageTree, key: string): MessageValue | undefined {
  let node: MessageValue | MessageTree | undefined = tree;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = (node as MessageTree)[part];
  }
  if (node === undefined || typeof node === "string") return node;
  return "other" in node && typeof node.other === "string" ? (node as PluralForms) : undefined;
}

// Creating an Intl.NumberFormat costs ~40 µs, formatting with one ~0.5 µs; a page
// with a few hundred numbers in its messages would spend milliseconds on the former.
const numberFormats: Record<Locale, Intl.NumberFormat> = {
  de: new Intl.NumberFormat("de"),
  en: new Intl.NumberFormat("en"),
};

function interpolate(text: string, params: MessageParams | undefined, locale: Locale): string {
  if (!params || !text.includes("{")) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === "number" ? numberFormats[locale].format(value) : value;
  });
}

const pluralRules: Record<Locale, Intl.PluralRules> = {
  de: new Intl.PluralRules("de"),
  en: new Intl.PluralRules("en"),
};

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const value = lookup(catalogues[locale] ?? {}, key) ?? lookup(catalogues.en ?? {}, key);
  if (value === undefined) return key;
  if (typeof value === "string") return interpolate(value, params, locale);
  const count = Number(params?.count ?? 0);
  const form =
    count === 0 && value.zero !== undefined
      ? value.zero
      : pluralRules[locale].select(count) === "one"
        ? value.one
        : value.other;
  return interpolate(form, params, locale);
}

export function createT(locale: Locale): TFunction {
  return (key, params) => translate(locale, key, params);
}

/** Picks the best supported language from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null): Locale | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.find((r) => r.trim().startsWith("q="));
      return {
        lang: tag.trim().toLowerCase().split("-")[0] ?? "",
        q: q ? Number(q.split("=")[1]) : 1,
      };
    })
    .filter((entry) => entry.lang && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.lang).find(isLocale) ?? null;
}
