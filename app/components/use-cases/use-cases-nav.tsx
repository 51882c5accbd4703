import { NavLink } from "react-router";
import { useI18n } from "~/lib/i18n/react";

/** The tabs shared by the use-case list, the matrix and the AI register. */
export function UseCasesNav({ orgSlug }: { orgSlug: string }) {
  const { t } = useI18n();
  const base = `/o/${orgSlug}`;
  const items = [
    { to: `${base}/use-cases`, label: t("useCases.listLink"), end: true },
    { to: `${base}/use-cases/matrix`, label: t("useCases.matrixLink"), end: true },
    { to: `${base}/governance/register`, label: t("useCases.registerLink"), end: true },
  ];
  return (
    <nav aria-label={t("useCases.title")} className="no-print">
      <ul className="flex flex-wrap gap-1 rounded-control bg-surface-muted p-1">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end}
              className={({ isActive }) =>
                `block rounded-control px-3 py-1.5 text-caption font-medium ${
                  isActive
                    ? "bg-surface-raised text-ink shadow-card"
                    : "text-ink-muted hover:text-ink"
                }`
              }
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
