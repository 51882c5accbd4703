import { Link } from "react-router";
import { buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { useI18n } from "~/lib/i18n/react";
import type { DataReadiness } from "~/modules/data-sources/readiness";
import { ReadinessBadge, ReadinessSummary } from "./readiness-summary";

/** The use case page's "Datenbasis" card: the readiness summary and the way to the sources. */
export function DataReadinessCard({
  readiness,
  href,
  canManage,
}: {
  readiness: DataReadiness;
  /** The use case's data-source page. */
  href: string;
  canManage: boolean;
}) {
  const { t } = useI18n();
  const empty = readiness.state === "no_sources";
  return (
    <Card aria-labelledby="data-readiness-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CardTitle id="data-readiness-title">{t("dataSources.readiness.title")}</CardTitle>
        <ReadinessBadge state={readiness.state} />
      </div>
      <ReadinessSummary readiness={readiness} />
      <div className="flex flex-wrap gap-2">
        {empty && canManage ? (
          <Link to={`${href}/new`} className={buttonClass("primary")}>
            {t("dataSources.add")}
          </Link>
        ) : null}
        <Link to={href} className={buttonClass(empty && canManage ? "ghost" : "secondary")}>
          {canManage ? t("dataSources.readiness.manage") : t("dataSources.readiness.view")}
        </Link>
      </div>
    </Card>
  );
}
