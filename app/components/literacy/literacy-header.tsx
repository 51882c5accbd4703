import type { ReactNode } from "react";
import { NavLink } from "react-router";
import { useI18n } from "~/lib/i18n/react";

/** Title, introduction and the tabs every AI literacy page shares. */
export function LiteracyHeader({
  orgSlug,
  heading,
  intro,
  canRecord,
  actions,
}: {
  orgSlug: string;
  heading?: string;
  intro: string;
  /** Viewers record nothing: the recording tab is hidden from them. */
  canRecord: boolean;
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  const base = `/o/${orgSlug}/governance/literacy`;
  const tabs = [
    { to: base, label: t("literacy.tab.coverage") },
    { to: `${base}/trainings`, label: t("literacy.tab.trainings") },
    ...(canRecord ? [{ to: `${base}/record`, label: t("literacy.tab.record") }] : []),
    { to: `${base}/plan`, label: t("literacy.tab.plan") },
  ];
  return (
    <header className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-display">{heading ?? t("literacy.title")}</h1>
        {actions}
      </div>
      <p className="max-w-3xl text-ink-muted">{intro}</p>
      <nav aria-label={t("literacy.tabsLabel")} className="no-print">
        <ul className="flex flex-wrap gap-1 rounded-control bg-surface-muted p-1">
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink
                to={tab.to}
                end
                className={({ isActive }) =>
                  `block rounded-control px-3 py-1.5 text-caption font-medium ${
                    isActive
                      ? "bg-surface-raised text-ink shadow-card"
                      : "text-ink-muted hover:text-ink"
                  }`
                }
              >
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
