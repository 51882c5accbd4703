import { Link } from "react-router";
import { buttonClass } from "./button";

/**
 * The links between the pages of a list that is newest first: back towards the newest
 * on the left, on to older entries on the right, and where the reader stands between
 * them when the list knows it. A link is left out where there is nowhere to go; the
 * whole bar is left out when the list has one page.
 */
export function Pager({
  label,
  newer,
  older,
  status,
}: {
  /** The navigation landmark's name (which list these pages are of). */
  label: string;
  newer: { to: string; label: string } | null;
  older: { to: string; label: string } | null;
  /** E.g. "Seite 2 von 5". */
  status?: string;
}) {
  if (!newer && !older) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      {newer ? (
        <Link to={newer.to} className={buttonClass("secondary")}>
          {newer.label}
        </Link>
      ) : (
        <span />
      )}
      {status ? <span className="text-caption text-ink-muted">{status}</span> : null}
      {older ? (
        <Link to={older.to} className={buttonClass("secondary")}>
          {older.label}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
