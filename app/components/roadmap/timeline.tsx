import { ListLink } from "~/components/ui/list-link";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { addDaysIso, diffDaysIso } from "~/modules/calendar/dates";
import type { IsoDate } from "~/modules/calendar/dates";
import type { RoadmapOverview } from "~/modules/roadmaps/overview.server";
import { GateBadge } from "./gate-badge";
import { phaseColor } from "./phase-style";

type Props = {
  weeks: RoadmapOverview["weeks"];
  phases: RoadmapOverview["phases"];
  today: IsoDate;
  startDate: IsoDate;
  /** Link of each phase's board; no links when absent. */
  boardHref?: (kind: RoadmapOverview["phases"][number]["kind"]) => string;
};

/**
 * The plan's weeks (12 of 90 days; the last one runs to the roadmap's last day) with the
 * three phase bands, week numbers and dates, the gate at each phase's end, the tasks due
 * per week and a today marker. A long roadmap labels every n-th week, so labels never
 * overlap. On a phone the same facts stack into a list instead of a band that would need
 * sideways scrolling.
 */
export function Timeline({ weeks, phases, today, startDate, boardHref }: Props) {
  const { t } = useI18n();
  return (
    <section
      aria-labelledby="timeline-title"
      className="rounded-card border border-line bg-surface-raised p-5 shadow-card"
    >
      <h2 id="timeline-title" className="text-lead font-semibold">
        {t("roadmap.timeline")}
      </h2>
      <TimelineBands weeks={weeks} phases={phases} today={today} startDate={startDate} />
      <TimelineList weeks={weeks} phases={phases} today={today} boardHref={boardHref} />
    </section>
  );
}

function gateMarkerClass(phase: Props["phases"][number]) {
  if (phase.gateStatus === "approved") return "border-success bg-success";
  if (phase.isGateOverdue || phase.gateStatus === "rejected") return "border-danger bg-danger";
  if (phase.gateStatus === "requested") return "border-brand bg-brand";
  return "border-ink bg-surface-raised";
}

function TimelineBands({ weeks, phases, today, startDate }: Props) {
  const { t, locale } = useI18n();
  const totalDays = weeks.reduce((sum, week) => sum + week.days, 0);
  const offset = diffDaysIso(startDate, today);
  const todayPercent =
    offset >= 0 && offset < totalDays ? ((offset + 0.5) / totalDays) * 100 : null;
  // One column per day: each week spans its days (the last week of 90, 13 days, is wider)
  // and each phase band its exact days, so phases that share a week (in a roadmap of
  // another length) still sit side by side on one row.
  // At most about 13 labelled weeks fit the band: a longer roadmap labels every n-th week.
  const labelEvery = Math.ceil(weeks.length / 13);
  const dense = labelEvery > 1;
  const columns = { gridTemplateColumns: `repeat(${totalDays}, minmax(0, 1fr))` };
  // Each labelled week heads the weeks up to the next label.
  const labelled = weeks
    .filter((week) => (week.week - 1) % labelEvery === 0)
    .map((week) => ({
      week,
      days: weeks
        .slice(week.week - 1, week.week - 1 + labelEvery)
        .reduce((sum, w) => sum + w.days, 0),
    }));
  // A week's first day is column (week − 1) × 7 + 1; it spans `days` columns.
  const weekColumn = (week: Props["weeks"][number], days = week.days) => ({
    gridColumn: `${(week.week - 1) * 7 + 1} / span ${days}`,
  });
  return (
    <div className="mt-4 hidden md:block">
      <div className="relative pt-6 pr-3">
        {/* Above the today line (which starts at the phase bands): it never cuts a date. */}
        <ol className="relative z-10 grid" style={columns}>
          {labelled.map(({ week, days }) => (
            <li
              key={week.week}
              style={weekColumn(week, days)}
              className="border-l border-line bg-surface-raised px-1 pb-2 text-caption first:border-l-0"
            >
              <span className="block font-semibold text-ink">
                {t("roadmap.timelineWeek", { week: week.week })}
              </span>
              <span className="block text-ink-subtle tabular-nums">
                {formatDate(week.startDate, locale, "dayMonth")}
              </span>
              <span className="block text-ink-subtle tabular-nums">
                {t("roadmaps.timeline.isoWeek", { week: week.isoWeek })}
              </span>
            </li>
          ))}
        </ol>
        <div className="grid gap-y-2" style={columns}>
          {phases.map((phase) => {
            const firstDay = diffDaysIso(startDate, phase.startDate) + 1;
            return (
              <div
                key={phase.kind}
                className="relative flex items-center"
                style={{ gridColumn: `${firstDay} / span ${phase.days}` }}
              >
                <div
                  className={`flex h-9 w-full items-center rounded-control px-3 ${phaseColor[phase.kind].bg}`}
                >
                  <span className="truncate text-caption font-semibold text-white dark:text-surface">
                    {t(`phase.${phase.kind}`)}
                  </span>
                </div>
                <span
                  className={`absolute -right-2 h-4 w-4 rotate-45 border-2 ${gateMarkerClass(phase)}`}
                  title={`${t("roadmap.gate")}: ${t(`phase.gateStatus.${phase.gateStatus}`)}${
                    phase.isGateOverdue ? ` · ${t("phase.gateOverdue")}` : ""
                  }`}
                  aria-hidden="true"
                />
                <span className="sr-only">
                  {t("roadmaps.timeline.gateOn", {
                    date: formatDate(phase.endDate, locale),
                    status: t(`phase.gateStatus.${phase.gateStatus}`),
                  })}
                  {phase.isGateOverdue ? ` · ${t("phase.gateOverdue")}` : ""}
                </span>
              </div>
            );
          })}
        </div>
        <ol className="mt-2 grid" style={columns} aria-label={t("roadmaps.timeline.dueRow")}>
          {weeks.map((week) => (
            <li
              key={week.week}
              style={weekColumn(week)}
              className={`text-caption ${dense ? "" : "px-1"}`}
            >
              {week.dueCount > 0 ? (
                <span
                  className={`inline-flex justify-center rounded-full tabular-nums ${
                    dense ? "min-w-0 px-0.5" : "min-w-7 px-1.5"
                  } ${
                    week.openCount === 0
                      ? "bg-success-soft text-success"
                      : addDaysIso(week.startDate, week.days - 1) < today
                        ? "bg-danger-soft text-danger"
                        : "bg-surface-muted text-ink-muted"
                  }`}
                  title={t("roadmaps.timeline.dueInWeek", {
                    week: week.week,
                    open: week.openCount,
                    count: week.dueCount,
                  })}
                >
                  <span aria-hidden="true">{week.openCount > 0 ? week.openCount : "✓"}</span>
                  <span className="sr-only">
                    {t("roadmaps.timeline.dueInWeek", {
                      week: week.week,
                      open: week.openCount,
                      count: week.dueCount,
                    })}
                  </span>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
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
      <p className="mt-3 text-caption text-ink-muted">{t("roadmaps.timeline.legend")}</p>
    </div>
  );
}

function TimelineList({ weeks, phases, today, boardHref }: Omit<Props, "startDate">) {
  const { t, locale } = useI18n();
  return (
    <ol className="mt-4 flex flex-col gap-4 md:hidden">
      {phases.map((phase) => {
        const phaseWeeks = weeks.filter(
          (w) => w.startDate >= phase.startDate && w.startDate <= phase.endDate,
        );
        const isNow = phase.startDate <= today && today <= phase.endDate;
        return (
          <li key={phase.kind} className={`border-l-4 pl-3 ${phaseColor[phase.kind].borderLeft}`}>
            <p className="font-semibold">
              {boardHref ? (
                <ListLink to={boardHref(phase.kind)} className="underline-offset-2 hover:underline">
                  {phase.position}. {t(`phase.${phase.kind}`)}
                </ListLink>
              ) : (
                <>
                  {phase.position}. {t(`phase.${phase.kind}`)}
                </>
              )}
              {isNow ? (
                <span className="ml-2 text-caption font-medium text-brand">
                  {t("roadmap.today")}
                </span>
              ) : null}
            </p>
            <p className="text-caption text-ink-muted">
              {t("phase.weeks", { start: phase.startWeek, end: phase.endWeek })} ·{" "}
              {t("roadmap.dateRange", {
                start: formatDate(phase.startDate, locale),
                end: formatDate(phase.endDate, locale),
              })}
            </p>
            <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-caption text-ink-muted">
              {phaseWeeks.map((w) => (
                <li key={w.week} className="tabular-nums">
                  {t("roadmap.timelineWeek", { week: w.week })}{" "}
                  {formatDate(w.startDate, locale, "dayMonth")}
                  {w.dueCount > 0
                    ? ` · ${t("roadmaps.timeline.openShort", { count: w.openCount })}`
                    : ""}
                </li>
              ))}
            </ul>
            <div className="mt-1.5 flex flex-wrap items-center gap-2 text-caption">
              <span>
                {t("roadmaps.timeline.gateOnShort", { date: formatDate(phase.endDate, locale) })}
              </span>
              <GateBadge status={phase.gateStatus} isOverdue={phase.isGateOverdue} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
