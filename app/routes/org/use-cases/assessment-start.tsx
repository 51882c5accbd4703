import { redirect } from "react-router";
import type { Route } from "./+types/assessment-start";
import { notFound } from "~/lib/http.server";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { getAssessmentWorkspace } from "~/modules/assessments/assessments.server";
import { firstOpenStep } from "~/modules/assessments/wizard";

/** "Start / resume assessment": to the first open step of the draft, or to step 1. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "assessment:update");
  const useCaseId = idParam(params.useCaseId);
  const workspace = await getAssessmentWorkspace({ orgId: scope.org.id, useCaseId });
  if (!workspace) notFound();
  const base = `/o/${scope.org.slug}/use-cases/${useCaseId}/assessment`;
  if (!workspace.draft) throw redirect(`${base}/1`);
  const open = firstOpenStep(workspace.answers);
  throw redirect(open ? `${base}/${open}` : `${base}/review`);
}
