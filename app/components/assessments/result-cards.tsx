import { TierBadge } from "~/components/use-cases/badges";
import { Badge } from "~/components/ui/badge";
import { Card, CardTitle } from "~/components/ui/card";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getQuestion, QUESTIONS } from "~/modules/assessments/question-texts";
import type { AssessmentFlags, AssessmentResult } from "~/modules/assessments/rules";
import { legalReference } from "~/modules/assessments/legal-reference";
import { PROHIBITED_PRACTICES, SME_SUPPORT } from "~/modules/assessments/ruleset";

// The result's findings, one card each: tier and roles, the points that need a person's
// judgement, prohibited practices with the fine, what to do besides (flags) and notes.

/** The risk tier with its basis, and the roles the organisation takes. */
export function TierAndRoles({ result: r }: { result: AssessmentResult }) {
  const { t, locale } = useI18n();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card aria-labelledby="tier-title" className="flex flex-col gap-2">
        <CardTitle id="tier-title">{t("assessment.result.tierTitle")}</CardTitle>
        <p className="text-lead">
          <TierBadge tier={r.tier} />
        </p>
        <p>{t(`assessment.tierExplanation.${r.tier}`)}</p>
        {r.annexIIIArea ? (
          <p className="text-caption text-ink-muted">
            {t("assessment.result.annexIII", { area: r.annexIIIArea })}
            {r.annexIIIUse
              ? `: ${getQuestion("q8_annex_iii").options.find((o) => o.value === r.annexIIIUse)?.label[locale] ?? ""}`
              : ""}
          </p>
        ) : r.highRiskBasis === "annex_i" ? (
          <p className="text-caption text-ink-muted">{t("assessment.result.annexI")}</p>
        ) : null}
      </Card>
      <Card aria-labelledby="roles-title" className="flex flex-col gap-2">
        <CardTitle id="roles-title">{t("assessment.result.rolesTitle")}</CardTitle>
        {r.roles.length === 0 ? (
          <p className="text-ink-muted">{t("assessment.result.noRole")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {r.roles.map((role) => (
              <li key={role}>
                <Badge tone="brand">{t(`assessment.role.${role}`)}</Badge>
                <p className="mt-1 text-caption text-ink-muted">
                  {t(`assessment.roleExplanation.${role}`)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

/**
 * Where the rules stop and a person has to judge, with the question each comes from.
 * The heading says which of the two it is: "legal judgement required" only above the
 * open points, never above the message that there are none.
 */
export function Judgements({ judgements }: { judgements: AssessmentResult["judgements"] }) {
  const { t, locale } = useI18n();
  const hasOpen = judgements.length > 0;
  return (
    <section
      aria-labelledby="judgements-title"
      className={`rounded-card border-2 p-5 ${
        hasOpen ? "border-warning bg-warning-soft" : "border-line bg-surface-raised"
      }`}
    >
      <h2 id="judgements-title" className="flex items-center gap-2 text-title">
        <span aria-hidden="true">⚖</span>
        {hasOpen
          ? t("assessment.result.judgementsTitle")
          : t("assessment.result.judgementsNoneTitle")}
        {hasOpen ? <Badge tone="warning">{judgements.length}</Badge> : null}
      </h2>
      {!hasOpen ? (
        <p className="mt-2 text-ink-muted">{t("assessment.result.judgementsNone")}</p>
      ) : (
        <>
          <p className="mt-1 text-ink">{t("assessment.result.judgementsIntro")}</p>
          <ul className="mt-3 flex flex-col gap-2">
            {judgements.map((j) => {
              const question = QUESTIONS.find((q) => q.id === j.questionId);
              return (
                <li key={j.code} className="rounded-control bg-surface-raised p-3 text-ink">
                  <p>{j.reason[locale]}</p>
                  {question ? (
                    <p className="mt-1 text-caption text-ink-muted">
                      {t("assessment.result.question", { number: question.number })}:{" "}
                      {question.label[locale]}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** The prohibited practices found, from when each applies, and the fine at stake. */
export function ProhibitedPractices({ result: r }: { result: AssessmentResult }) {
  const { t, locale } = useI18n();
  return (
    <Card aria-labelledby="prohibited-title" className="flex flex-col gap-2 border-danger">
      <CardTitle id="prohibited-title">{t("assessment.result.prohibitedTitle")}</CardTitle>
      <ul className="flex flex-col gap-1">
        {r.prohibitedPractices.map((code) => {
          const p = PROHIBITED_PRACTICES[code];
          return p ? (
            <li key={code}>
              <span className="font-medium">{legalReference(p.article, locale)}</span>:{" "}
              {p.title[locale]} ·{" "}
              {t("assessment.result.appliesFrom", {
                date: formatDate(p.appliesFrom, locale, "long"),
              })}
            </li>
          ) : null;
        })}
      </ul>
      {r.fine ? (
        <div className="mt-2">
          <h3 className="font-semibold">{t("assessment.result.fineTitle")}</h3>
          <p>{r.fine.description[locale]}</p>
          <p className="text-caption text-ink-muted">
            {r.fine.cap === "lower_of"
              ? t("assessment.result.fineSme")
              : t("assessment.result.fineGeneral")}{" "}
            ({legalReference(r.fine.article, locale)}; {legalReference(r.fine.capArticle, locale)})
          </p>
        </div>
      ) : null}
    </Card>
  );
}

const FLAG_KEYS = [
  "fria",
  "dpia",
  "informWorkers",
  "art22Gate",
  "processingAgreement",
  "transferSafeguards",
] as const satisfies readonly (keyof AssessmentFlags)[];

/** The duties besides the AI Act's obligations (FRIA, DPIA, works council, …): yes or no. */
export function Flags({ result: r }: { result: AssessmentResult }) {
  const { t, locale } = useI18n();
  return (
    <Card aria-labelledby="flags-title" className="flex flex-col gap-3">
      <CardTitle id="flags-title">{t("assessment.result.flagsTitle")}</CardTitle>
      <ul className="grid gap-2 md:grid-cols-2">
        {FLAG_KEYS.map((key) => {
          const on = r.flags[key];
          return (
            <li
              key={key}
              className={`flex min-w-0 items-start justify-between gap-3 rounded-control border px-3 py-2 ${
                on ? "border-warning bg-warning-soft" : "border-line"
              }`}
            >
              <span
                className={`min-w-0 hyphens-auto break-words ${on ? "font-medium text-ink" : "text-ink-muted"}`}
              >
                {t(`assessment.result.flag.${key}`)}
              </span>
              <Badge tone={on ? "warning" : "neutral"}>
                {on ? t("assessment.result.flagRequired") : t("assessment.result.flagNotRequired")}
              </Badge>
            </li>
          );
        })}
      </ul>
      {r.dpiaCriteria.length > 0 ? (
        <p className="text-caption text-ink-muted">
          {t("assessment.result.dpiaCriteria", {
            list: r.dpiaCriteria
              .map(
                (c) =>
                  getQuestion("q19_dpia_criteria").options.find((o) => o.value === c)?.label[
                    locale
                  ] ?? c,
              )
              .join(", "),
          })}
        </p>
      ) : null}
    </Card>
  );
}

/** Notes: a possible derogation, notices, the GPAI note and support for SMEs (or nothing). */
export function ResultNotes({ result: r }: { result: AssessmentResult }) {
  const { t, locale } = useI18n();
  if (
    r.notices.length === 0 &&
    !r.derogationPossible &&
    !r.systemicRiskNote &&
    r.smeSupport.length === 0
  ) {
    return null;
  }
  return (
    <Card aria-labelledby="notes-title" className="flex flex-col gap-2">
      <CardTitle id="notes-title">{t("assessment.result.noticesTitle")}</CardTitle>
      <ul className="flex list-disc flex-col gap-1.5 pl-5">
        {r.derogationPossible ? <li>{t("assessment.result.derogationTitle")}</li> : null}
        {r.notices.map((n) => (
          <li key={n.code}>{n.text[locale]}</li>
        ))}
        {r.systemicRiskNote ? (
          <li>
            <span className="font-medium">{t("assessment.result.gpaiTitle")}:</span>{" "}
            {r.systemicRiskNote[locale]}
          </li>
        ) : null}
        {r.smeSupport.map((code) => {
          const s = SME_SUPPORT[code];
          return s ? (
            <li key={code}>
              <span className="font-medium">
                {s.title[locale]} ({legalReference(s.article, locale)}):
              </span>{" "}
              {s.explanation[locale]}
            </li>
          ) : null;
        })}
      </ul>
    </Card>
  );
}
