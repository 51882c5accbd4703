import { NavLink } from "react-router";
import { useI18n } from "~/lib/i18n/react";
import { PHASES } from "~/modules/calendar/phase-dates";
import { phaseColor } from "./phase-style";

/**
 * The roadmap's sections: overview, the three phase boards, learnings and budget.
 * Plain links; every page passes what it knows, so no extra loader runs for it.
 */
export function RoadmapNav({ orgSlug, roadmapId }: { orgSlug: string; roadmapId: string }) {
  const { t } = useI18n();
  const base = `/o/${orgSlug}/roadmaps/${roadmapId}`;
  const items = [
    { to: base, label: t("roadmaps.nav.overview"), end: true, dot: null },
    ...PHASES.map((p) => ({
      to: `${base}/phases/${p.kind}`,
      label: `${p.position}. ${t(`phase.${p.kind}`)}`,
      end: false,
      dot: phaseColor[p.kind].bg,
    })),
    { to: `${base}/learnings`, label: t("roadmaps.nav.learnings"), end: false, dot: null },
    { to: `${base}/budget`, label: t("roadmaps.nav.budget"), end: false, dot: null },
  ];
  return (
    <nav aria-label={t("roadmaps.nav.label")} className="no-print -mx-1 overflow-x-auto">
      <ul className="flex gap-1 px-1 pb-1">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end}
              className={({ isActive }) =>
                `flex items-center gap-2 rounded-control px-3 py-1.5 text-caption font-medium whitespace-nowrap ${
                  isActive
                    ? "bg-brand-soft text-ink"
                    : "text-ink-muted hover:bg-surface-muted hover:text-ink"
                }`
              }
            >
              {item.dot ? (
                <span aria-hidden="true" className={`h-2 w-2 rounded-full ${item.dot}`} />
              ) : null}
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
