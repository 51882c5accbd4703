import { Link } from "react-router";
import { Badge } from "~/components/ui/badge";
import { useI18n } from "~/lib/i18n/react";
import type { TeamCoverage } from "~/modules/literacy/coverage";

/** "4 of 6 trained" as a badge: complete is success, partial a warning, none danger. */
export function TeamCoverageBadge({
  coverage,
  withTeam = false,
}: {
  coverage: TeamCoverage;
  /** "Team: 4 of 6 trained", where the badge stands without a heading that says whose. */
  withTeam?: boolean;
}) {
  const { t } = useI18n();
  if (coverage.teamSize === 0) return <Badge>{t("literacy.noTeam")}</Badge>;
  const params = { trained: coverage.trained, total: coverage.teamSize };
  const tone =
    coverage.trained === coverage.teamSize
      ? "success"
      : coverage.trained === 0
        ? "danger"
        : "warning";
  return (
    <Badge tone={tone}>
      {withTeam ? t("literacy.obligation.coverage", params) : t("literacy.teamTrained", params)}
    </Badge>
  );
}

/** Per active use case: how much of its team is trained, and who is not yet. */
export function UseCaseCoverageList({
  orgSlug,
  useCases,
}: {
  orgSlug: string;
  useCases: { id: string; title: string; coverage: TeamCoverage }[];
}) {
  const { t } = useI18n();
  if (useCases.length === 0) {
    return <p className="text-ink-muted">{t("literacy.coverage.useCasesEmpty")}</p>;
  }
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {useCases.map((u) => (
        <li
          key={u.id}
          id={`use-case-${u.id}`}
          className="flex scroll-mt-4 flex-col gap-2 rounded-card border border-line bg-surface-raised p-4 shadow-card target:border-brand target:ring-2 target:ring-brand"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link
              to={`/o/${orgSlug}/use-cases/${u.id}#team`}
              className="min-w-0 font-semibold break-words text-ink underline-offset-2 hover:text-brand hover:underline"
            >
              {u.title}
            </Link>
            <TeamCoverageBadge coverage={u.coverage} />
          </div>
          <p className="text-caption text-ink-muted">
            {u.coverage.teamSize === 0
              ? t("literacy.coverage.teamEmpty")
              : u.coverage.missing.length === 0
                ? t("literacy.coverage.allTrained")
                : t("literacy.coverage.missingNames", { names: u.coverage.missing.join(", ") })}
          </p>
        </li>
      ))}
    </ul>
  );
}
