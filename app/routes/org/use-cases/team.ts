import { redirect } from "react-router";
import type { Route } from "./+types/team";
import { submittedValues } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { TeamChangeSchema } from "~/modules/literacy/schema";
import { addTeamMember, removeTeamMember } from "~/modules/literacy/team.server";
import { getUseCase } from "~/modules/use-cases/use-cases.server";
import { idParam } from "~/lib/params.server";
import { requestT } from "~/lib/route/context.server";

/**
 * The use case team's add and remove (the team section of the use case page posts
 * here). Both answers go back to that page: success to the team section, a refusal
 * with its reason in `?team=`, so the form works without JavaScript too.
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "usecase:update");
  const user = getUser(context);
  const useCaseId = idParam(params.useCaseId);
  const { requestId } = requestT(context);
  const back = `/o/${scope.org.slug}/use-cases/${useCaseId}`;
  const form = TeamChangeSchema.safeParse(submittedValues(await request.formData()));
  if (!form.success) throw redirect(`${back}?team=not_member#team`);
  const change = form.data.intent === "add" ? addTeamMember : removeTeamMember;
  const result = await change({
    orgId: scope.org.id,
    actorId: user.id,
    requestId,
    useCaseId,
    userId: form.data.userId,
  });
  if (!result.ok && result.reason === "not_found") notFound();
  throw redirect(result.ok ? `${back}#team` : `${back}?team=${result.reason}#team`);
}

/** Nothing to show of its own: the team lives on the use case page. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const useCaseId = idParam(params.useCaseId);
  const useCase = await getUseCase({ orgId: scope.org.id, useCaseId });
  if (!useCase) notFound();
  throw redirect(`/o/${scope.org.slug}/use-cases/${useCaseId}#team`);
}
