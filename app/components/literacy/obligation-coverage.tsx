import { Link, useParams } from "react-router";
import { useI18n } from "~/lib/i18n/react";
import type { TeamCoverage } from "~/modules/literacy/coverage";
import { LITERACY_OBLIGATION_CODES } from "~/modules/literacy/fields";
import { TeamCoverageBadge } from "./use-case-coverage-list";

/**
 * Under an assessment's AI literacy obligations (Art 4, Art 26(2)): how much of the
 * use case's team is trained, who is not yet, and the way to the evidence. Renders
 * nothing for other obligations.
 */
export function ObligationLiteracyCoverage({
  code,
  coverage,
}: {
  code: string;
  coverage: TeamCoverage | null;
}) {
  const { t } = useI18n();
  // Rendered on an assessment of a use case: organisation and use case come from its URL.
  const { orgSlug = "", useCaseId = "" } = useParams();
  if (!LITERACY_OBLIGATION_CODES.includes(code) || !coverage) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-control bg-surface-muted px-3 py-2 text-caption">
      {coverage.teamSize === 0 ? (
        <span>{t("literacy.obligation.noTeam")}</span>
      ) : (
        <>
          <TeamCoverageBadge coverage={coverage} withTeam />
          {coverage.missing.length > 0 ? (
            <span className="text-ink-muted">
              {t("literacy.obligation.missing", { names: coverage.missing.join(", ") })}
            </span>
          ) : null}
        </>
      )}
      <Link
        to={`/o/${orgSlug}/governance/literacy#use-case-${useCaseId}`}
        className="font-medium text-brand underline underline-offset-2"
      >
        {t("literacy.obligation.link")}
      </Link>
    </div>
  );
}
