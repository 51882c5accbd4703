import { createContext, useContext, useMemo } from "react";
import type { ReactNode } from "react";
import type { Locale, MessageTree, TFunction } from "./core";
import { createT, DEFAULT_LOCALE, getCatalogue, registerCatalogue } from "./core";

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

const registered: Partial<Record<Locale, string>> = {};

/** Registers a catalogue sent as JSON text, parsing each text once. */
function registerJson(locale: Locale, json: string) {
  if (registered[locale] === json && getCatalogue(locale)) return;
  registerCatalogue(locale, JSON.parse(json) as MessageTree);
  registered[locale] = json;
}

/** Provides `t` for the page's language; `messages` is that language's catalogue (JSON text) from the root loader. */
export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages?: string;
  children: ReactNode;
}) {
  if (messages) registerJson(locale, messages);
  else registerFallback(locale);
  const value = useMemo(() => ({ locale, t: createT(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `const { t, locale } = useI18n();` in any component below the root. */
export function useI18n() {
  return useContext(I18nContext);
}
