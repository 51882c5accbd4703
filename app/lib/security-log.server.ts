import { randomUUID } from "node:crypto";
import type { RouterContextProvider } from "react-router";
import { orgContext, userContext } from "./context.server";
import type { Logger } from "./logger.server";

// Denials are operators' business, not the organisation's: they go to the log as
// structured "security" lines (one JSON object each, level warn), never into an
// organisation's audit trail, which its members read and which must not fill up
// with a stranger's probing.

/** A client's X-Request-Id is kept only in this shape (a proxy's or a load balancer's id). */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,64}$/;

/** The request's id: the client's when it has the strict shape, else a new one from the server. */
export function requestIdFor(request: Request): string {
  const offered = request.headers.get("X-Request-Id");
  return offered && REQUEST_ID_PATTERN.test(offered) ? offered : randomUUID();
}

export type SecurityEvent = "origin_refused" | "forbidden" | "not_found" | "rate_limited";

const BY_STATUS: Partial<Record<number, SecurityEvent>> = {
  403: "forbidden",
  404: "not_found",
  429: "rate_limited",
};

/** The event an answer's status stands for: 403 (a role's limit), 404 (not yours, or not there), 429. */
export function securityEventFor(status: number): SecurityEvent | null {
  return BY_STATUS[status] ?? null;
}

/** Reads a context value the request may not have reached (a denial before the organisation). */
function maybe<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/**
 * Writes one security event: who (user), where (organisation, route), which request.
 * `log` is the request's logger, which carries the request id already.
 */
export function logSecurityEvent(
  log: Logger,
  context: Readonly<RouterContextProvider>,
  event: SecurityEvent,
  fields: { method: string; route: string; status: number; requestId: string },
) {
  const userId = maybe(() => context.get(userContext)?.id) ?? null;
  const orgId = maybe(() => context.get(orgContext).org.id);
  log.warn("security", { event, userId, orgId, ...fields });
}
