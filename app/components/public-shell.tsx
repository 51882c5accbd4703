import type { ReactNode } from "react";
import { useI18n } from "~/lib/i18n/react";
import { LanguageSwitch } from "./language-switch";
import { Logo } from "./logo";

/** Frame for pages without an organisation: sign-in, errors before sign-in. */
export function PublicShell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-gutter py-4">
        <Logo />
        <LanguageSwitch />
      </header>
      <main
        id="main"
        className={`mx-auto w-full flex-1 px-gutter py-8 sm:py-16 ${wide ? "max-w-4xl" : "max-w-md"}`}
      >
        {children}
      </main>
      <footer className="px-gutter py-6 text-center text-caption text-ink-subtle">
        {t("app.tagline")}
      </footer>
    </div>
  );
}
