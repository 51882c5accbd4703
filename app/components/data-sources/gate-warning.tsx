import { Link, useParams } from "react-router";
import { useI18n } from "~/lib/i18n/react";
import type { DataBasisGateWarning } from "~/modules/data-sources/gate.server";

/**
 * Beside the analysis gate's "Datenbasis geprüft" criterion: the use cases whose data
 * sources are not fully checked, each linked to its sources. A warning once the
 * criterion is ticked or the gate requested (it does not block); before that, a to-do.
 */
export function DataBasisWarning({
  warning,
  isRaised,
  isApproved,
}: {
  warning: DataBasisGateWarning;
  /** The criterion is ticked, or the gate requested or decided: show it as a warning. */
  isRaised: boolean;
  /** The gate is approved: the checks are to be caught up on. */
  isApproved: boolean;
}) {
  const { t } = useI18n();
  const { orgSlug } = useParams();
  return (
    <div
      className={`flex flex-col gap-1.5 rounded-control p-3 text-caption text-ink ${
        isRaised ? "border border-warning bg-warning-soft" : "bg-surface-muted"
      }`}
    >
      {isRaised ? (
        <>
          <p className="font-semibold text-warning">
            <span aria-hidden="true">⚠ </span>
            {t("dataSources.gate.title")}
          </p>
          <p>{t(isApproved ? "dataSources.gate.bodyApproved" : "dataSources.gate.body")}</p>
        </>
      ) : (
        <p className="font-medium">{t("dataSources.gate.bodyOpen")}</p>
      )}
      <ul className="flex list-disc flex-col gap-1 pl-5">
        {warning.warnings.map((w) => (
          <li key={w.useCaseId}>
            <Link
              to={`/o/${orgSlug}/use-cases/${w.useCaseId}/data-sources`}
              className="font-semibold break-words underline underline-offset-2"
            >
              {w.title}
            </Link>
            {": "}
            {w.reason === "no_sources"
              ? t("dataSources.gate.noSources")
              : t("dataSources.gate.checksOpen", { checked: w.fullyChecked, count: w.sources })}
            {w.openQuestions > 0
              ? ` · ${t("dataSources.gate.openQuestions", { count: w.openQuestions })}`
              : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
