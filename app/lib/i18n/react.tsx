import { createContext, useContext, useMemo } from "react";
import type { ReactNode } from "react";
import type { Locale, MessageTree, TFunction } from "./core";
import { createT, DEFAULT_LOCALE, getCatalogue, isLocale, registerCatalogue } from "./core";

const FALLBACK_ID = "fahrplan-messages";

/**
 * When the root loader did not run (an error thrown by middleware), the page
 * has no catalogue in its data. The server then writes the page's catalogue
 * into a JSON block (not executed, so CSP does not apply) and the browser
 * reads it before hydrating, so both render the same words.
 */
export function CatalogueFallback({ locale }: { locale: Locale }) {
  // The browser renders the block with the text the server sent: a script
  // whose content differs would make React discard the server's HTML.
  const json =
    typeof document === "undefined"
      ? serverJson(locale)
      : (document.getElementById(FALLBACK_ID)?.textContent ?? undefined);
  return (
    <script
      type="application/json"
      id={FALLBACK_ID}
      suppressHydrationWarning
      dangerouslySetInnerHTML={json ? { __html: json } : undefined}
    />
  );
}

function serverJson(locale: Locale) {
  const tree = getCatalogue(locale);
  return tree ? JSON.stringify(tree).replace(/</g, "\\u003c") : undefined;
}

function registerFallback(locale: Locale) {
  if (typeof document === "undefined" || getCatalogue(locale)) return;
  const text = document.getElementById(FALLBACK_ID)?.textContent;
  if (text) registerCatalogue(locale, JSON.parse(text) as MessageTree);
}

const I18nContext = createContext<{ locale: Locale; t: TFunction }>({
  locale: DEFAULT_LOCALE,
  t: createT(DEFAULT_LOCALE),
});

const CATALOGUE_LINK = "link[data-catalogue]";
const loaded: Partial<Record<Locale, string>> = {};
const loading = new Map<string, Promise<void>>();

/**
 * Fetches and registers a language's catalogue from its versioned URL (the
 * root loader names it); the browser usually has it cached. Resolves at once
 * when that version is already registered.
 */
export function loadCatalogue(locale: Locale, url: string): Promise<void> {
  if (loaded[locale] === url && getCatalogue(locale)) return Promise.resolve();
  let pending = loading.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: "same-origin" })
      .then((response) => {
        if (!response.ok) throw new Error(`Catalogue ${url}: HTTP ${response.status}`);
        return response.json() as Promise<MessageTree>;
      })
      .then((tree) => {
        registerCatalogue(locale, tree);
        loaded[locale] = url;
      })
      .finally(() => loading.delete(url));
    loading.set(url, pending);
  }
  return pending;
}

/**
 * Before hydrating: the catalogue the server rendered the page with, from the
 * link in its head (preloaded while the scripts load). Pages without one carry
 * the catalogue inline (CatalogueFallback).
 */
export function loadPageCatalogue(): Promise<void> {
  const link = document.querySelector<HTMLLinkElement>(CATALOGUE_LINK);
  const locale = link?.dataset.catalogue;
  if (!link || !isLocale(locale)) return Promise.resolve();
  return loadCatalogue(locale, link.getAttribute("href")!);
}

/** The head's link to the page's catalogue: the browser starts fetching it at once. */
export function CatalogueLink({ locale, href }: { locale: Locale; href: string }) {
  return (
    <link rel="preload" as="fetch" crossOrigin="anonymous" href={href} data-catalogue={locale} />
  );
}

/**
 * Provides `t` for the page's language. The catalogue is registered before
 * React renders: on the server by catalogues.server.ts, in the browser by
 * entry.client.tsx (first page) and the root's clientLoader (language changes).
 */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  if (!getCatalogue(locale)) registerFallback(locale);
  const value = useMemo(() => ({ locale, t: createT(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `const { t, locale } = useI18n();` in any component below the root. */
export function useI18n() {
  return useContext(I18nContext);
}
