import { useLocation } from "react-router";
import type { MessageKey } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { can } from "~/lib/permissions";
import type { Action, Role } from "~/lib/permissions";
import { ListLink } from "../ui/list-link";

/**
 * Main navigation; an entry with `requires` shows only to roles that may take that
 * action. An entry is current on its page and below it; the overview also on the
 * roadmap pages, where the organisation's start page leads.
 */
const NAV: {
  to: string;
  label: MessageKey;
  requires?: Action;
  section?: string;
}[] = [
  { to: "", label: "nav.overview", section: "roadmaps" },
  { to: "my-tasks", label: "nav.myTasks" },
  { to: "dashboard", label: "nav.dashboard" },
  { to: "portfolio", label: "portfolio.nav", requires: "report:read" },
  { to: "kpis", label: "nav.kpis" },
  { to: "reports", label: "reports.nav" },
  { to: "use-cases", label: "nav.useCases" },
  { to: "governance/register", label: "register.nav" },
  { to: "governance/literacy", label: "literacy.nav" },
  { to: "members", label: "nav.members" },
  { to: "audit", label: "audit.nav" },
  { to: "integrations", label: "api.nav", requires: "integration:manage" },
  { to: "settings", label: "nav.settings", requires: "org:update" },
];

/**
 * The entries, as a row under the header on wide screens or as a list in the phone
 * menu. Both are rendered; CSS shows one, and the hidden one is out of the
 * accessibility tree (display: none), so there is only ever one "main navigation".
 */
export function MainNav({
  base,
  role,
  layout,
  className = "",
}: {
  base: string;
  role: Role;
  layout: "row" | "list";
  className?: string;
}) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const within = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  return (
    <nav aria-label={t("app.mainNav")} className={className}>
      <ul className={layout === "row" ? "flex flex-wrap" : "flex flex-col py-1"}>
        {NAV.filter((item) => !item.requires || can(role, item.requires)).map((item) => {
          const to = item.to ? `${base}/${item.to}` : base;
          const current = item.to
            ? within(to)
            : pathname === base ||
              (item.section !== undefined && within(`${base}/${item.section}`));
          return (
            <li key={item.label}>
              <ListLink
                to={to}
                aria-current={current ? "page" : undefined}
                className={
                  layout === "row"
                    ? `block border-b-2 px-2.5 py-2 text-caption font-medium whitespace-nowrap ${
                        current
                          ? "border-brand text-ink"
                          : "border-transparent text-ink-muted hover:text-ink"
                      }`
                    : `block border-l-4 px-4 py-2.5 text-body font-medium ${
                        current
                          ? "border-brand bg-brand-soft text-ink"
                          : "border-transparent text-ink-muted hover:bg-surface-muted hover:text-ink"
                      }`
                }
              >
                {t(item.label)}
              </ListLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
