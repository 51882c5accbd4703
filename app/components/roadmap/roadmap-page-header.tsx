import type { ReactNode } from "react";
import { Link } from "react-router";
import { RoadmapNav } from "./roadmap-nav";

/**
 * The top of every page inside a roadmap: the way back to the roadmap (and further steps
 * such as the phase), the page's heading and introduction, then the roadmap's sections.
 * Render it as a child of the page's `flex flex-col gap-6` column.
 */
export function RoadmapPageHeader({
  orgSlug,
  roadmap,
  title,
  intro,
  crumbs,
  showRoadmapLink = true,
  titleStart,
  titleEnd,
  children,
}: {
  orgSlug: string;
  roadmap: { id: string; title: string };
  /** The page's h1. */
  title: ReactNode;
  intro?: ReactNode;
  /** Steps after the roadmap's name in the trail, e.g. "› 2. Pilot". */
  crumbs?: ReactNode;
  /** Off on the roadmap's own overview, whose heading is the roadmap. */
  showRoadmapLink?: boolean;
  /** Beside the heading: before it (a tick button), after it (a status badge). */
  titleStart?: ReactNode;
  titleEnd?: ReactNode;
  /** Anything else the header holds: facts, actions, a message. */
  children?: ReactNode;
}) {
  const heading = <h1 className="text-display break-words">{title}</h1>;
  return (
    <>
      <header className="flex flex-col gap-2">
        {showRoadmapLink ? (
          <p className="flex flex-wrap items-center gap-1 text-caption font-medium text-ink-muted">
            <Link
              to={`/o/${orgSlug}/roadmaps/${roadmap.id}`}
              className="underline-offset-2 hover:underline"
            >
              {roadmap.title}
            </Link>
            {crumbs}
          </p>
        ) : null}
        {titleStart ? (
          <div className="flex items-start gap-3">
            {titleStart}
            {heading}
            {titleEnd}
          </div>
        ) : titleEnd ? (
          <div className="flex flex-wrap items-center gap-3">
            {heading}
            {titleEnd}
          </div>
        ) : (
          heading
        )}
        {intro ? <p className="max-w-3xl text-ink-muted">{intro}</p> : null}
        {children}
      </header>
      <RoadmapNav orgSlug={orgSlug} roadmapId={roadmap.id} />
    </>
  );
}
