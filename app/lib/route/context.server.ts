import type { RouterContextProvider } from "react-router";
import { requestContext } from "../context.server";
import { createT } from "../i18n";
import { getOrgScope, getUser } from "../middleware.server";
import { can } from "../permissions";
import type { Action } from "../permissions";

/** The request's locale, its translator and request id, for loaders and actions. */
export function requestT(context: Readonly<RouterContextProvider>) {
  const { locale, requestId } = context.get(requestContext);
  return { locale, requestId, t: createT(locale) };
}

/** Who acts, where, in which language: what every action in the organisation needs. */
export function actionContext(context: Readonly<RouterContextProvider>) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  const { locale, requestId, t } = requestT(context);
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
