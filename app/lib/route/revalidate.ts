import type { ShouldRevalidateFunction } from "react-router";

/**
 * React Router keeps a page's data after an action answered 4xx. After a 409 (somebody
 * saved in between, app/lib/route/conflict.server.ts) the page reloads it instead: the
 * lists show what is stored now and every form carries the current version, while the
 * action's answer keeps what the person typed. Export it as a route's shouldRevalidate.
 */
export const revalidateAfterConflict: ShouldRevalidateFunction = ({
  actionStatus,
  defaultShouldRevalidate,
}) => actionStatus === 409 || defaultShouldRevalidate;
