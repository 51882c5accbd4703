import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { diffDaysIso } from "~/modules/roadmaps/dates";
import type { IsoDate } from "~/modules/roadmaps/dates";
import type { RoadmapOverview } from "~/modules/roadmaps/overview.server";
import { phaseColor } from "./phase-style";

/**
 * 13 calendar weeks with the three phase bands, gates at each phase end and a
 * today marker. Wide screens see the bands; the phase cards below carry the
 * same information as a list, so on a phone the band scrolls sideways.
 */
export function Timeline({
  weeks,
  phases,
  today,
  startDate,
}: {
  weeks: RoadmapOverview["weeks"];
  phases: RoadmapOverview["phases"];
  today: IsoDate;
  startDate: IsoDate;
}) {
  const { t, locale } = useI18n();
  const totalDays = weeks.length * 7;
  const offset = diffDaysIso(startDate, today);
  const todayPercent =
    offset >= 0 && offset < totalDays ? ((offset + 0.5) / totalDays) * 100 : null;

  return (
    <section
      aria-labelledby="timeline-title"
      className="rounded-card border border-line bg-surface-raised p-5 shadow-card"
    >
      <h2 id="timeline-title" className="text-lead font-semibold">
        {t("roadmap.timeline")}
      </h2>
      <div className="mt-4 overflow-x-auto">
        <div className="relative min-w-[720px] pt-6 pr-3">
          <ol
            className="grid"
            style={{ gridTemplateColumns: `repeat(${weeks.length}, minmax(0, 1fr))` }}
          >
            {weeks.map((week) => (
              <li
                key={week.week}
                className="border-l border-line px-1 pb-2 text-caption first:border-l-0"
              >
                <span className="block font-semibold text-ink">
                  {t("roadmap.timelineWeek", { week: week.week })}
                </span>
                <span className="block text-ink-subtle tabular-nums">
                  {formatDate(week.startDate, locale, "dayMonth")}
                </span>
              </li>
            ))}
          </ol>
          <div
            className="grid gap-y-2"
            style={{ gridTemplateColumns: `repeat(${weeks.length}, minmax(0, 1fr))` }}
          >
            {phases.map((phase) => {
              const lastWeek = Math.min(
                weeks.length,
                phase.kind === "scale" ? weeks.length : phase.endWeek,
              );
              return (
                <div
                  key={phase.kind}
                  className="relative flex items-center"
                  style={{ gridColumn: `${phase.startWeek} / ${lastWeek + 1}` }}
                >
                  <div
                    className={`flex h-9 w-full items-center rounded-control px-3 ${phaseColor[phase.kind].bg}`}
                  >
                    <span className="truncate text-caption font-semibold text-white dark:text-surface">
                      {t(`phase.${phase.kind}`)}
                    </span>
                  </div>
                  <span
                    className={`absolute -right-2 h-4 w-4 rotate-45 border-2 ${
                      phase.gateStatus === "approved"
                        ? "border-success bg-success"
                        : phase.isGateOverdue
                          ? "border-danger bg-danger"
                          : "border-ink bg-surface-raised"
                    }`}
                    title={`${t("roadmap.gate")}: ${t(`phase.gateStatus.${phase.gateStatus}`)}`}
                    aria-hidden="true"
                  />
                </div>
              );
            })}
          </div>
          {todayPercent !== null ? (
            <div
              className="pointer-events-none absolute top-0 bottom-0"
              style={{ left: `calc(${todayPercent}% - ${(todayPercent / 100) * 0.75}rem)` }}
            >
              <div className="absolute top-5 bottom-0 w-0.5 bg-danger" />
              <span className="absolute top-0 -translate-x-1/2 rounded bg-danger px-1.5 text-[0.75rem] font-semibold text-white dark:text-surface">
                {t("roadmap.today")}
              </span>
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}
