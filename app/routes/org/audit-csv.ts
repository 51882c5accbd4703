import type { Route } from "./+types/audit-csv";
import { formatAuditValue, lookup } from "~/components/audit/audit-values";
import { csvResponse } from "~/lib/csv";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { auditToCsv } from "~/modules/audit/csv";
import { parseAuditFilter } from "~/modules/audit/log";
import { listAuditEventsForExport, listAuditPeople } from "~/modules/audit/log.server";
import { todayIso } from "~/modules/calendar/dates";
import { requestT } from "~/lib/route/context.server";

/** The audit log as CSV, with the page's filters; the same reading rights as the page. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "audit:read-own");
  const user = getUser(context);
  const { t, locale } = requestT(context);
  const filter = parseAuditFilter(new URL(request.url).searchParams);
  const [{ events, truncated }, members] = await Promise.all([
    listAuditEventsForExport(
      { orgId: scope.org.id, userId: user.id, readsAll: can(scope.role, "audit:read") },
      filter,
    ),
    listAuditPeople(scope.org.id),
  ]);
  const people = new Map(members.map((p) => [p.id, p.name]));
  const csv = auditToCsv(
    events,
    {
      headers: {
        occurredAt: t("audit.csv.occurredAt"),
        actor: t("audit.csv.actor"),
        actorEmail: t("audit.csv.actorEmail"),
        entity: t("audit.csv.entity"),
        entityId: t("audit.csv.entityId"),
        action: t("audit.csv.action"),
        record: t("audit.csv.record"),
        changes: t("audit.csv.changes"),
        before: t("audit.csv.before"),
        after: t("audit.csv.after"),
        requestId: t("audit.csv.requestId"),
      },
      system: t("audit.system"),
      entity: (code) => lookup(t, `audit.entity.${code}`, code),
      action: (code) => lookup(t, `audit.action.${code}`, code),
      field: (code) => lookup(t, `audit.field.${code}`, code),
      value: (value, where) => formatAuditValue(value, { ...where, t, locale, people }),
    },
    locale,
  );
  const fileName = `${t("audit.fileName")}-${scope.org.slug}-${todayIso()}.csv`;
  // A spreadsheet cannot say it was cut short; the header can.
  return csvResponse(csv, fileName, truncated ? { "X-Export-Truncated": "true" } : {});
}
