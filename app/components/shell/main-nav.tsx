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
 * Styles: .nav-row and .nav-list in styles/app.css (every page has both).
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
    <nav
      aria-label={t("app.mainNav")}
      className={`${layout === "row" ? "nav-row" : "nav-list"} ${className}`.trim()}
    >
      <ul>
        {NAV.filter((item) => !item.requires || can(role, item.requires)).map((item) => {
          const to = item.to ? `${base}/${item.to}` : base;
          const current = item.to
            ? within(to)
            : pathname === base ||
              (item.section !== undefined && within(`${base}/${item.section}`));
          return (
            <li key={item.label}>
              <ListLink to={to} aria-current={current ? "page" : undefined}>
                {t(item.label)}
              </ListLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
