import { createContext, useContext, useMemo } from "react";
import type { ReactNode } from "react";
import type { Locale, TFunction } from "./core";
import { createT, DEFAULT_LOCALE } from "./core";

const I18nContext = createContext<{ locale: Locale; t: TFunction }>({
  locale: DEFAULT_LOCALE,
  t: createT(DEFAULT_LOCALE),
});

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createT(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `const { t, locale } = useI18n();` in any component below the root. */
export function useI18n() {
  return useContext(I18nContext);
}
