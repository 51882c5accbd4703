import type { Route } from "./+types/audit-csv";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { auditToCsv } from "~/modules/audit/csv";
import { parseAuditFilter } from "~/modules/audit/log";
import { listAuditEventsForExport } from "~/modules/audit/log.server";
import { todayIso } from "~/modules/calendar/dates";
import { requestT } from "~/lib/route/context.server";

/** The audit log as CSV, with the page's filters; the same reading rights as the page. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "audit:read-own");
  const user = getUser(context);
  const { t } = requestT(context);
  const filter = parseAuditFilter(new URL(request.url).searchParams);
  const { events, truncated } = await listAuditEventsForExport(
    { orgId: scope.org.id, userId: user.id, readsAll: can(scope.role, "audit:read") },
    filter,
  );
  const fileName = `${t("audit.fileName")}-${scope.org.slug}-${todayIso()}.csv`;
  return new Response(auditToCsv(events), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      // A spreadsheet cannot say it was cut short; the header can.
      ...(truncated ? { "X-Export-Truncated": "true" } : {}),
    },
  });
}
