import type { Route } from "./+types/register-csv";
import { csvResponse } from "~/lib/csv";
import { getOrgScope } from "~/lib/middleware.server";
import { requestT } from "~/lib/route/context.server";
import { listRegister } from "~/modules/assessments/register.server";
import { registerToCsv } from "~/modules/assessments/register";
import { todayIso } from "~/modules/calendar/dates";

/** The AI register as a CSV download; every member may export it, like reading it. */
export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const { t, locale } = requestT(context);
  const rows = await listRegister({ orgId: scope.org.id, today: todayIso() });
  const csv = registerToCsv(
    rows,
    {
      headers: {
        title: t("register.column.title"),
        area: t("register.column.area"),
        status: t("register.column.status"),
        tier: t("register.column.tier"),
        roles: t("register.column.roles"),
        assessedOn: t("register.column.assessedOn"),
        rulesetVersion: t("register.column.rulesetVersion"),
        openJudgements: t("register.column.openJudgements"),
        documentation: t("register.column.documentation"),
        reviews30d: t("register.column.reviews30d"),
        correctionRate30d: t("register.column.correctionRate30d"),
        lastIncident: t("register.column.lastIncident"),
        openHighIncidents: t("register.column.openHighIncidents"),
        teamTrained: t("register.column.teamTrained"),
        teamSize: t("register.column.teamSize"),
        dataSources: t("register.column.dataSources"),
        dataSourcesChecked: t("register.column.dataSourcesChecked"),
        owner: t("register.column.owner"),
        roadmap: t("register.column.roadmap"),
        archived: t("register.column.archived"),
      },
      area: (code) => t(`useCases.area.${code as "other"}`),
      status: (code) => t(`useCases.status.${code as "candidate"}`),
      tier: (code) => t(`assessment.tier.${code}`),
      role: (code) => t(`assessment.role.${code}`),
      documentation: (code) => t(`register.documentation.${code}`),
      severity: (code) => t(`oversight.severity.${code}`),
      yes: t("reports.csv.yes"),
      no: t("reports.csv.no"),
    },
    locale,
  );
  const fileName = `${t("register.fileName")}-${scope.org.slug}-${todayIso()}.csv`;
  return csvResponse(csv, fileName);
}
