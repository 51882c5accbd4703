import { Link } from "react-router";
import { Card, CardTitle } from "~/components/ui/card";
import { formatDate, formatPercent } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { Portfolio } from "~/modules/portfolio/portfolio.server";

type Roadmap = Portfolio["roadmaps"][number];

/** Bar colours by status: done work is calm, running work stands out, drafts are outlined. */
const BAR: Record<Roadmap["status"], { track: string; fill: string }> = {
  completed: { track: "border-success bg-success-soft", fill: "bg-success" },
  active: { track: "border-brand bg-brand-soft", fill: "bg-brand" },
  draft: { track: "border-dashed border-brand bg-surface-raised", fill: "bg-brand-soft" },
  archived: { track: "border-dashed border-line-strong bg-surface-muted", fill: "bg-line-strong" },
};

const pct = (n: number) => `${n}%`;

/**
 * All roadmaps on one horizontal time axis (whole months, a "today" line), one row per
 * roadmap in chain order, each bar from its first to its last day and filled to its
 * share of tasks done; a dashed elbow leads from a roadmap to its successor in the row
 * below. Positions are percentages from timelineLayout, so it fits any width without
 * scrolling. Each row is one link (to the roadmap's dashboard) whose text names the
 * roadmap, its dates, status and progress; the drawing itself is hidden from screen
 * readers, and the list below the timeline gives every figure again.
 */
export function PortfolioTimeline({
  roadmaps,
  timeline,
  orgSlug,
}: {
  roadmaps: Portfolio["roadmaps"];
  timeline: Portfolio["timeline"];
  orgSlug: string;
}) {
  const { t, locale } = useI18n();
  const barOf = new Map(timeline.bars.map((b) => [b.id, b]));
  return (
    <Card aria-labelledby="timeline-title" className="break-inside-avoid">
      <CardTitle id="timeline-title">{t("portfolio.timeline.title")}</CardTitle>
      <p className="mt-1 text-caption text-ink-muted">{t("portfolio.timeline.intro")}</p>
      <p className="sr-only">
        {t("portfolio.timeline.todayOn", { date: formatDate(timeline.today.date, locale) })}
      </p>
      <div className="relative mt-4">
        <div
          aria-hidden="true"
          className="relative h-5 overflow-hidden text-caption text-ink-subtle"
        >
          {timeline.months.map((m) => (
            <span
              key={m.date}
              className={`absolute top-0 pl-1 whitespace-nowrap tabular-nums ${
                m.major ? "" : "hidden md:block"
              }`}
              style={{ left: pct(m.left) }}
            >
              {formatDate(m.date, locale, "month")}
            </span>
          ))}
        </div>
        <div className="relative">
          {/* Month lines behind the rows. */}
          <div aria-hidden="true" className="pointer-events-none absolute inset-0">
            {timeline.months.map((m) => (
              <span
                key={m.date}
                className={`absolute inset-y-0 border-l ${m.major ? "border-line-strong" : "border-line"}`}
                style={{ left: pct(m.left) }}
              />
            ))}
          </div>
          <ol className="relative flex flex-col gap-2 pt-2 pb-8">
            {roadmaps.map((r) => {
              const bar = barOf.get(r.id);
              if (!bar) return null;
              const colours = BAR[r.status];
              return (
                <li key={r.id}>
                  <Link
                    to={`/o/${orgSlug}/dashboard/${r.id}`}
                    className="group block rounded-control focus-visible:outline-offset-2"
                  >
                    <span className="block h-5 truncate text-caption font-medium text-ink group-hover:underline">
                      {/* Over the lines behind it, so they never cross the words. */}
                      <span aria-hidden="true" className="relative z-10 bg-surface-raised pr-1">
                        {r.title} · {t(`roadmap.status.${r.status}`)}
                      </span>
                      <span className="sr-only">
                        {t("portfolio.timeline.bar", {
                          title: r.title,
                          start: formatDate(r.startDate, locale),
                          end: formatDate(r.endDate, locale),
                          status: t(`roadmap.status.${r.status}`),
                          percent: formatPercent(r.figures.percentDone, locale),
                        })}
                        {r.predecessor
                          ? ` (${t("portfolio.timeline.successorOf", { title: r.predecessor.title })})`
                          : ""}
                      </span>
                    </span>
                    <span aria-hidden="true" className="relative block h-6">
                      {bar.link ? (
                        <span
                          // From the bottom of the predecessor's bar (the row above) down to
                          // the middle of this one, then across to its start.
                          className="absolute -top-7 h-10 border-b-2 border-l-2 border-dashed border-ink-subtle"
                          style={{
                            left: pct(Math.min(bar.link.from, bar.link.to)),
                            width: pct(Math.abs(bar.link.to - bar.link.from)),
                          }}
                        />
                      ) : null}
                      <span
                        className={`absolute inset-y-0 min-w-1 overflow-hidden rounded-control border-2 ${colours.track}`}
                        style={{ left: pct(bar.left), width: pct(bar.width) }}
                      >
                        <span
                          className={`block h-full ${colours.fill}`}
                          style={{ width: pct(r.figures.percentDone) }}
                        />
                      </span>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ol>
          <div
            aria-hidden="true"
            className="pointer-events-none absolute inset-y-0 border-l-2 border-danger"
            style={{ left: pct(timeline.today.left) }}
          >
            <span
              className={`absolute bottom-1 rounded-control bg-danger px-1.5 text-caption font-semibold whitespace-nowrap text-surface-raised ${
                // Kept inside the card at either end of the axis.
                timeline.today.left > 85
                  ? "-translate-x-full"
                  : timeline.today.left < 15
                    ? ""
                    : "-translate-x-1/2"
              }`}
            >
              {t("portfolio.timeline.today")}
            </span>
          </div>
        </div>
      </div>
    </Card>
  );
}
