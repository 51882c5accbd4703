import { createContext, useContext, useMemo } from "react";
import type { ReactNode } from "react";
import type { Locale, MessageTree, TFunction } from "./core";
import { createT, DEFAULT_LOCALE, registerCatalogue } from "./core";

const I18nContext = createContext<{ locale: Locale; t: TFunction }>({
  locale: DEFAULT_LOCALE,
  t: createT(DEFAULT_LOCALE),
});

/** Provides `t` for the page's language; `messages` is that language's catalogue from the root loader. */
export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages?: MessageTree;
  children: ReactNode;
}) {
  if (messages) registerCatalogue(locale, messages);
  const value = useMemo(() => ({ locale, t: createT(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `const { t, locale } = useI18n();` in any component below the root. */
export function useI18n() {
  return useContext(I18nContext);
}
