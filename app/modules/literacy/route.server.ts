import type { RouterContextProvider } from "react-router";
import { requestContext } from "~/lib/context.server";
import { createT } from "~/lib/i18n";
import { getOrgScope, getUser } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { todayIso } from "../calendar/dates";
import { ensureTrainingCatalogue } from "./trainings.server";

/** Who asks, in which organisation and language, for the AI literacy routes. */
export function literacyContext(context: Readonly<RouterContextProvider>) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  const { locale, requestId } = context.get(requestContext);
  return {
    scope,
    user,
    locale,
    t: createT(locale),
    today: todayIso(),
    actor: { orgId: scope.org.id, actorId: user.id, requestId },
    can: {
      record: can(scope.role, "training:record"),
      manage: can(scope.role, "training:manage"),
    },
  };
}

/** literacyContext for a page: the catalogue exists before it is shown (see ensureTrainingCatalogue). */
export async function literacyPage(context: Readonly<RouterContextProvider>) {
  const c = literacyContext(context);
  await ensureTrainingCatalogue({ orgId: c.scope.org.id, locale: c.scope.org.locale });
  return c;
}
