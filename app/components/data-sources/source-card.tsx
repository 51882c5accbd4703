import { Link } from "react-router";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { useI18n } from "~/lib/i18n/react";
import type { ListedDataSource } from "~/modules/data-sources/data-sources.server";
import { CHECK_ASPECTS } from "~/modules/data-sources/fields";
import { CheckRow } from "./check-row";
import type { CheckActionData } from "./check-row";

/** One data source: what it is, whose data on which legal basis, and its four quality checks. */
export function SourceCard({
  source,
  editHref,
  today,
  canCheck,
  canManage,
  pageResult,
}: {
  source: ListedDataSource;
  editHref: string | null;
  today: string;
  canCheck: boolean;
  canManage: boolean;
  pageResult?: CheckActionData;
}) {
  const { t } = useI18n();
  const titleId = `source-${source.id}`;
  const hasPersonalData = source.personalData !== "none";
  const done = CHECK_ASPECTS.length - source.missing.length;
  return (
    <section
      aria-labelledby={titleId}
      className="flex min-w-0 flex-col gap-4 rounded-card border border-line bg-surface-raised p-5 shadow-card"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-2">
          <h2 id={titleId} className="text-lead font-semibold break-words">
            {source.name}
          </h2>
          <p className="flex flex-wrap gap-1.5">
            <Badge>{t(`dataSources.kind.${source.kind}`)}</Badge>
            <Badge
              tone={
                source.personalData === "special"
                  ? "danger"
                  : hasPersonalData
                    ? "warning"
                    : "neutral"
              }
            >
              {t(`dataSources.personalData.${source.personalData}`)}
            </Badge>
            <Badge tone={source.sentToVendor ? "brand" : "neutral"}>
              {t(source.sentToVendor ? "dataSources.vendor.yes" : "dataSources.vendor.no")}
            </Badge>
          </p>
        </div>
        {editHref ? (
          <Link
            to={editHref}
            aria-label={t("dataSources.editLabel", { name: source.name })}
            className={buttonClass("secondary")}
          >
            {t("dataSources.edit")}
          </Link>
        ) : null}
      </div>

      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        <div className="min-w-0">
          <dt className="text-caption text-ink-muted">{t("dataSources.field.systemOfRecord")}</dt>
          <dd className="break-words">{source.systemOfRecord || "—"}</dd>
        </div>
        <div className="min-w-0">
          <dt className="text-caption text-ink-muted">{t("dataSources.field.owner")}</dt>
          <dd>{source.ownerName ?? t("dataSources.field.noOwner")}</dd>
        </div>
        <div className="min-w-0">
          <dt className="text-caption text-ink-muted">{t("dataSources.field.legalBasis")}</dt>
          <dd className={hasPersonalData && !source.legalBasis ? "font-medium text-warning" : ""}>
            {!hasPersonalData
              ? t("dataSources.legalBasis.notApplicable")
              : source.legalBasis
                ? t(`dataSources.legalBasis.${source.legalBasis}`)
                : t("dataSources.legalBasis.none")}
          </dd>
        </div>
        <div className="min-w-0">
          <dt className="text-caption text-ink-muted">{t("dataSources.field.retention")}</dt>
          <dd className="break-words">{source.retention || "—"}</dd>
        </div>
      </dl>

      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="font-semibold">{t("dataSources.check.title")}</h3>
          <p className="text-caption text-ink-muted">
            {t("dataSources.check.progress", { done, count: CHECK_ASPECTS.length })}
          </p>
        </div>
        <ul className="flex flex-col">
          {CHECK_ASPECTS.map((aspect) => (
            <CheckRow
              key={aspect}
              sourceId={source.id}
              sourceName={source.name}
              aspect={aspect}
              check={source.checks[aspect]}
              today={today}
              canCheck={canCheck}
              canRemove={canManage}
              pageResult={pageResult}
            />
          ))}
        </ul>
      </div>
    </section>
  );
}
