import { redirect } from "react-router";
import type { MiddlewareFunction, RouterContextProvider } from "react-router";
import { orgContext, requestContext, userContext } from "./context.server";
import type { OrgScope } from "./context.server";
import { forbidden, notFound, refusedBody } from "./http.server";
import { DEFAULT_LOCALE, isLocale, negotiateLocale } from "./i18n";
import type { Locale } from "./i18n";
import { logger } from "./logger.server";
import { logSecurityEvent, requestIdFor, securityEventFor } from "./security-log.server";
import { can } from "./permissions";
import type { Action } from "./permissions";
import { getSessionUser } from "./session.server";
import type { SessionUser } from "./session.server";
import { localeCookie } from "./locale.server";
import { refuseBody } from "./request-body.server";
import { watchStorage } from "./storage-health.server";
import { storageRefusal } from "./storage-refusal";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for every non-GET request, resource routes
 * included: the Origin must be this host. A missing Origin is refused too;
 * every current browser sends one on POST.
 */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("Origin");
  if (!origin || origin === "null") return false;
  try {
    const allowed = process.env.APP_ORIGIN;
    if (allowed) return new URL(origin).origin === new URL(allowed).origin;
    return new URL(origin).host === new URL(request.url).host;
  } catch {
    return false;
  }
}

async function resolveLocale(request: Request, userLocale: Locale | null): Promise<Locale> {
  if (userLocale) return userLocale;
  const fromCookie: unknown = await localeCookie.parse(request.headers.get("Cookie"));
  if (isLocale(fromCookie)) return fromCookie;
  return negotiateLocale(request.headers.get("Accept-Language")) ?? DEFAULT_LOCALE;
}

/** Root middleware: request id, structured access log, origin check, user and locale. */
export const rootMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const started = performance.now();
  const requestId = requestIdFor(request);
  const log = logger.child({ requestId });
  const url = new URL(request.url);

  // The JSON API (app/modules/api/) authenticates each call by its bearer token, never by
  // a cookie, so a cross-site request cannot borrow a session there: no origin check, no
  // form body, no session lookup. Its handler answers and logs every call itself.
  if (url.pathname.startsWith("/api/")) {
    context.set(userContext, null);
    context.set(requestContext, { requestId, log, locale: DEFAULT_LOCALE });
    return next();
  }

  if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
    context.set(requestContext, { requestId, log, locale: DEFAULT_LOCALE });
    logSecurityEvent(log, context, "origin_refused", {
      method: request.method,
      route: url.pathname,
      status: 403,
      requestId,
    });
    forbidden();
  }

  // Every action reads a form: a body too large (413), no form at all (415) or a form that
  // cannot be read (400) is refused here, before any action reads it into memory.
  const refusal = SAFE_METHODS.has(request.method) ? null : await refuseBody(request);
  if (refusal) {
    log.info("request body refused", { method: request.method, path: url.pathname, refusal });
    context.set(requestContext, { requestId, log, locale: DEFAULT_LOCALE });
    refusedBody(refusal);
  }

  const user = await getSessionUser(request);
  context.set(userContext, user);
  context.set(requestContext, {
    requestId,
    log,
    locale: await resolveLocale(request, user?.locale ?? null),
  });

  const response = await next();
  response.headers.set("X-Request-Id", requestId);
  // The database could not store or answer (storage-health.server.ts): worth a retry soon.
  if (response.status === 503 && !response.headers.has("Retry-After")) {
    response.headers.set("Retry-After", "30");
  }
  const denial = securityEventFor(response.status);
  if (denial) {
    logSecurityEvent(log, context, denial, {
      method: request.method,
      route: url.pathname,
      status: response.status,
      requestId,
    });
  }
  // Signed-in answers are private; only a route that says otherwise (the
  // message catalogue, the same for everyone) may be cached.
  if (user && !response.headers.has("Cache-Control")) {
    response.headers.set("Cache-Control", "no-store");
  }
  log.info("request", {
    method: request.method,
    path: url.pathname,
    status: response.status,
    ms: Math.round(performance.now() - started),
  });
  return response;
};

/**
 * A request whose statements ran into a full disk or an unreachable database and that
 * ended in a server error is answered with that failure's 503 page, however the error
 * reached React Router (storage-health.server.ts). Runs right inside rootMiddleware,
 * so the access log and the request id see the 503.
 */
export const storageMiddleware: MiddlewareFunction<Response> = async (_args, next) => {
  const { response, failure } = await watchStorage(next);
  if (failure && response.status >= 500) throw storageRefusal(failure);
  return response;
};

/** Signed-in users only; others go to the sign-in page and come back afterwards. */
export const requireUserMiddleware: MiddlewareFunction<Response> = async (
  { request, context },
  next,
) => {
  if (!context.get(userContext)) {
    const url = new URL(request.url);
    throw redirect(`/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return next();
};

/**
 * Resolves the organisation from the URL slug and the user's membership in it.
 * No membership → 404, so a non-member cannot even learn that it exists.
 */
export const orgMiddleware: MiddlewareFunction<Response> = ({ params, context }, next) => {
  const user = context.get(userContext);
  const slug = params.orgSlug;
  const membership = user?.memberships.find((m) => m.organisation.slug === slug);
  if (!membership) notFound();
  context.set(orgContext, {
    org: membership.organisation,
    role: membership.role,
    canApproveGates: membership.canApproveGates,
    userId: user!.id,
    lastRoadmapId: membership.lastRoadmapId,
    unread: membership.unread,
  });
  return next();
};

/** The signed-in user; only call below requireUserMiddleware. */
export function getUser(context: Readonly<RouterContextProvider>): SessionUser {
  const user = context.get(userContext);
  if (!user) throw redirect("/sign-in");
  return user;
}

/** The organisation scope; only call below orgMiddleware. */
export function getOrgScope(context: Readonly<RouterContextProvider>): OrgScope {
  return context.get(orgContext);
}

/** Throws 403 unless the member's role allows the action (see permissions.ts). */
export function requirePermission(scope: OrgScope, action: Action) {
  if (!can(scope.role, action, { canApproveGates: scope.canApproveGates })) forbidden();
}
