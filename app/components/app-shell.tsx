import type { ReactNode } from "react";
import { useI18n } from "~/lib/i18n/react";
import type { ShellHeaderProps } from "./shell/header";
import { deferred } from "./ui/deferred";
import { LiveRegionProvider } from "./ui/live-region";

/*
 * The header's code (menus, switches, navigation: links and plain forms that work
 * without JavaScript) is not in the pages' first load: the server renders it, the
 * browser keeps that HTML until the code has come right after the page's (see
 * deferred). What a page needs for itself loads first.
 */
const ShellHeader = deferred(() => import("./shell/header").then((m) => m.ShellHeader));

/**
 * The frame of every page inside an organisation: the skip link, the header (see
 * ShellHeader), the content, and the polite live region that pages announce results in.
 */
export function AppShell({ children, ...header }: ShellHeaderProps & { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-control bg-brand px-4 py-2 text-brand-ink focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {t("app.skipToContent")}
      </a>
      <ShellHeader {...header} />
      <LiveRegionProvider>
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-7xl flex-1 px-gutter py-6 outline-none"
        >
          {children}
        </main>
      </LiveRegionProvider>
    </div>
  );
}
