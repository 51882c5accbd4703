import type { Route } from "./+types/kpi-measurements-csv";
import { csvResponse } from "~/lib/csv";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { requestT } from "~/lib/route/context.server";
import { getMeasurementsCsv } from "~/modules/reports/exports.server";
import { todayIso } from "~/modules/calendar/dates";

/** GET /o/:orgSlug/reports/kpi-measurements.csv — every KPI measurement as a CSV download. */
export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "report:read");
  const csv = await getMeasurementsCsv({
    orgId: scope.org.id,
    orgSlug: scope.org.slug,
    today: todayIso(),
    locale: requestT(context).locale,
  });
  return csvResponse(csv.body, csv.fileName);
}
