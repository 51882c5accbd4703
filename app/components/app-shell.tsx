import { useEffect, useRef } from "react";
import type { ReactNode } from "react";
import { Form, Link, useLocation } from "react-router";
import type { MessageKey } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { can } from "~/lib/permissions";
import type { Action, Role } from "~/lib/permissions";
import { LanguageSwitch } from "./language-switch";
import { ListLink } from "./ui/list-link";
import { Logo } from "./logo";

type AppShellProps = {
  org: { slug: string; name: string };
  role: Role;
  user: { name: string };
  organisations: { slug: string; name: string }[];
  children: ReactNode;
};

/**
 * Main navigation; an entry with `requires` shows only to roles that may take that
 * action. An entry is current on its page and below it; the overview also on the
 * roadmap pages, where the organisation's start page leads.
 */
const NAV: { to: string; label: MessageKey; requires?: Action; section?: string }[] = [
  { to: "", label: "nav.overview", section: "roadmaps" },
  { to: "my-tasks", label: "nav.myTasks" },
  { to: "dashboard", label: "nav.dashboard" },
  { to: "kpis", label: "nav.kpis" },
  { to: "reports", label: "reports.nav" },
  { to: "use-cases", label: "nav.useCases" },
  { to: "governance/register", label: "register.nav" },
  { to: "governance/literacy", label: "literacy.nav" },
  { to: "members", label: "nav.members" },
  { to: "audit", label: "audit.nav" },
  { to: "settings", label: "nav.settings", requires: "org:update" },
];

function NavItem({ base, item }: { base: string; item: (typeof NAV)[number] }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const to = item.to ? `${base}/${item.to}` : base;
  const within = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  const current = item.to
    ? within(to)
    : pathname === base || (item.section !== undefined && within(`${base}/${item.section}`));
  return (
    <ListLink
      to={to}
      aria-current={current ? "page" : undefined}
      className={`block border-b-2 px-3 py-2 text-body font-medium whitespace-nowrap ${
        current ? "border-brand text-ink" : "border-transparent text-ink-muted hover:text-ink"
      }`}
    >
      {t(item.label)}
    </ListLink>
  );
}

/** The frame of every page inside an organisation: header, navigation, content. */
export function AppShell({ org, role, user, organisations, children }: AppShellProps) {
  const { t } = useI18n();
  const base = `/o/${org.slug}`;
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-control bg-brand px-4 py-2 text-brand-ink focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {t("app.skipToContent")}
      </a>
      <header className="no-print border-b border-line bg-surface-raised">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-gutter py-3">
          <Logo to={base} />
          <OrgSwitcher current={org} organisations={organisations} />
          <div className="ml-auto flex items-center gap-2">
            <Link
              to="/account"
              className="rounded-control px-2 py-1 text-caption text-ink-muted hover:bg-surface-muted hover:text-ink"
            >
              <span className="hidden sm:inline">{user.name} · </span>
              {t(`role.${role}`)}
            </Link>
            <LanguageSwitch />
            <Form method="post" action="/sign-out">
              <button
                type="submit"
                className="rounded-control px-2 py-1 text-caption font-medium text-ink-muted hover:bg-surface-muted hover:text-ink"
              >
                {t("app.signOut")}
              </button>
            </Form>
          </div>
        </div>
        <nav aria-label={t("app.mainNav")} className="mx-auto max-w-7xl overflow-x-auto px-gutter">
          <ul className="flex gap-1">
            {NAV.filter((item) => !item.requires || can(role, item.requires)).map((item) => (
              <li key={item.label}>
                <NavItem base={base} item={item} />
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-7xl flex-1 px-gutter py-6 outline-none"
      >
        {children}
      </main>
    </div>
  );
}

/**
 * The user's organisations as a menu under the current one's name (a user may
 * belong to many; a row of pills would fill a phone's screen). Switching loads
 * the other organisation's start page as a new document: nothing of this
 * organisation's page state carries over. Escape or a click elsewhere closes it.
 */
function OrgSwitcher({
  current,
  organisations,
}: {
  current: { slug: string; name: string };
  organisations: { slug: string; name: string }[];
}) {
  const { t } = useI18n();
  const menuRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const menu = menuRef.current;
      if (!menu?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        menu.open = false;
        menu.querySelector("summary")?.focus();
      } else if (!menu.contains(event.target as Node)) {
        menu.open = false;
      }
    };
    document.addEventListener("keydown", close);
    document.addEventListener("click", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("click", close);
    };
  }, []);
  if (organisations.length <= 1) {
    return <span className="text-body font-medium text-ink-muted">{current.name}</span>;
  }
  return (
    <details ref={menuRef} className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-control px-2 py-1 text-body font-medium text-ink hover:bg-surface-muted [&::-webkit-details-marker]:hidden">
        {current.name}
        <span className="sr-only">, {t("app.switchOrganisation")}</span>
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 text-ink-muted">
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" />
        </svg>
      </summary>
      <nav
        aria-label={t("app.organisation")}
        className="absolute right-0 z-30 mt-1 max-h-[70vh] w-64 max-w-[calc(100vw-2rem)] sm:right-auto sm:left-0 overflow-y-auto rounded-control border border-line bg-surface-raised p-1 shadow-card"
      >
        <ul>
          {organisations.map((o) => (
            <li key={o.slug}>
              <a
                href={`/o/${o.slug}`}
                aria-current={o.slug === current.slug ? "page" : undefined}
                className={`block truncate rounded-control px-3 py-2 text-body ${
                  o.slug === current.slug
                    ? "bg-brand-soft font-medium text-ink"
                    : "text-ink-muted hover:bg-surface-muted hover:text-ink"
                }`}
              >
                {o.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
