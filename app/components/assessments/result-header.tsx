import { Link } from "react-router";
import { buttonClass } from "~/components/ui/button";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { RULESET_VERSION } from "~/modules/assessments/ruleset-version";

/**
 * The result's heading: which use case, when, by whom, under which ruleset; the way to
 * the history and to a new assessment; and a word when this one is outdated or older.
 */
export function ResultHeader({
  useCase,
  assessment,
  useCaseHref,
  isLatest,
  canAssess,
}: {
  useCase: { title: string };
  assessment: {
    completedAt: string | null;
    authorName: string | null;
    rulesetVersion: string;
    isCurrentRuleset: boolean;
  };
  useCaseHref: string;
  isLatest: boolean;
  canAssess: boolean;
}) {
  const { t, locale } = useI18n();
  const date = assessment.completedAt
    ? formatDate(new Date(assessment.completedAt), locale, "long")
    : "";
  return (
    <>
      <header className="flex flex-col gap-2">
        <Link
          to={useCaseHref}
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          ← {useCase.title}
        </Link>
        <p className="text-caption font-semibold tracking-wide text-ink-muted uppercase">
          {t("assessment.title")}
        </p>
        <h1 className="text-display">
          {t("assessment.result.heading", { useCase: useCase.title })}
        </h1>
        <p className="text-ink-muted">
          {t("assessment.result.meta", {
            date,
            name: assessment.authorName ?? t("assessment.result.unknownAuthor"),
            version: assessment.rulesetVersion,
          })}
        </p>
        <p className="max-w-3xl text-caption text-ink-muted">{t("assessment.disclaimer")}</p>
        <div className="flex flex-wrap gap-2">
          <Link to={`${useCaseHref}/assessments`} className={buttonClass("secondary")}>
            {t("assessment.result.history")}
          </Link>
          {canAssess ? (
            <Link to={`${useCaseHref}/assessment`} className={buttonClass("ghost")}>
              {t("assessment.result.reassess")}
            </Link>
          ) : null}
        </div>
      </header>

      {!assessment.isCurrentRuleset ? (
        <p className="rounded-control bg-warning-soft px-3 py-2 font-medium text-warning">
          {t("assessment.result.outdatedRuleset", {
            version: assessment.rulesetVersion,
            current: RULESET_VERSION,
          })}
        </p>
      ) : null}
      {!isLatest ? (
        <p className="rounded-control bg-surface-muted px-3 py-2">
          {t("assessment.result.olderAssessment")}{" "}
          <Link to={useCaseHref} className="font-medium text-brand underline underline-offset-2">
            {t("assessment.result.viewLatest")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
