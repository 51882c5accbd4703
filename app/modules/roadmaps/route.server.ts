import { data } from "react-router";
import type { RouterContextProvider } from "react-router";
import { requestContext } from "~/lib/context.server";
import { notFound } from "~/lib/http.server";
import { createT } from "~/lib/i18n";
import type { MessageKey } from "~/lib/i18n";
import { getOrgScope, getUser } from "~/lib/middleware.server";
import { IdParamSchema } from "~/lib/params";
import { can } from "~/lib/permissions";
import type { Action } from "~/lib/permissions";
import { isPhaseKind } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";

/** An id from the URL; anything malformed is a 404, never a database error. */
export function idParam(value: string | undefined): string {
  const parsed = IdParamSchema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

export function phaseParam(value: string | undefined): PhaseKind {
  if (!isPhaseKind(value)) notFound();
  return value;
}

/** Who acts, where, in which language: what every roadmap action needs. */
export function actionContext(context: Readonly<RouterContextProvider>) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const may = (action: Action) =>
    can(scope.role, action, { canApproveGates: scope.canApproveGates });
  return {
    scope,
    user,
    locale,
    t,
    may,
    actor: { orgId: scope.org.id, actorId: user.id, requestId },
  };
}

export type ActionMessage = {
  ok: false;
  intent: string;
  message: string;
  taskId?: string;
};

/**
 * A refusal the page shows in place (and a fetcher can roll back on), instead of a
 * thrown response that would replace the page with the error screen.
 */
export function refuse(
  t: ReturnType<typeof createT>,
  intent: string,
  key: MessageKey,
  status: 403 | 404 | 409 | 400,
  extra: { taskId?: string } = {},
) {
  return data({ ok: false as const, intent, message: t(key), ...extra }, { status });
}
