import type { Route } from "./+types/tasks-csv";
import { csvResponse } from "~/lib/csv";
import { notFound } from "~/lib/http.server";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { requestT } from "~/lib/route/context.server";
import { getTasksCsv } from "~/modules/reports/exports.server";
import { todayIso } from "~/modules/calendar/dates";

/** GET /o/:orgSlug/reports/:roadmapId/tasks.csv — the roadmap's tasks as a CSV download. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "report:read");
  const roadmapId = idParam(params.roadmapId);
  const csv = await getTasksCsv({
    orgId: scope.org.id,
    roadmapId,
    today: todayIso(),
    locale: requestT(context).locale,
  });
  if (!csv) notFound();
  return csvResponse(csv.body, csv.fileName);
}
