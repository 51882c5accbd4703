import type { ReactNode } from "react";
import { Form, Link, useNavigation } from "react-router";
import { Badge } from "~/components/ui/badge";
import { Button, buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { FormAlert } from "~/components/ui/form-alert";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { listObligations, ListedObligation } from "~/modules/assessments/obligation-list";
import type { PlacedObligation } from "~/modules/assessments/obligation-placement";
import { legalReference } from "~/modules/assessments/legal-reference";
import { AI_ACT_EUR_LEX } from "~/modules/assessments/ruleset-version";

type ObligationList = ReturnType<typeof listObligations>;

/**
 * The obligations that follow from the assessment, by group, with a card that turns
 * them into tasks on the use case's roadmap (only for the newest assessment).
 */
export function Obligations({
  list,
  plan,
  evidence,
}: {
  list: ObligationList;
  /** Null for an older assessment: only the newest one is planned. */
  plan: PlanCardProps | null;
  /** What the organisation has on record for an obligation (e.g. AI literacy), if anything. */
  evidence?: (code: string) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="obligations-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="obligations-title" className="text-title">
          {t("assessment.result.obligationsTitle")}{" "}
          <span className="text-body font-normal text-ink-muted">
            ({t("assessment.result.obligationsCount", { count: list.total })})
          </span>
        </h2>
        <a
          href={AI_ACT_EUR_LEX}
          target="_blank"
          rel="noreferrer"
          className="text-caption font-medium text-brand underline underline-offset-2"
        >
          {t("assessment.result.allArticles")}
        </a>
      </div>

      {list.total > 0 && plan ? (
        <PlanCard {...plan} planned={list.plannedCount} total={list.total} />
      ) : null}

      {list.total === 0 ? (
        <p className="text-ink-muted">{t("assessment.result.obligationsNone")}</p>
      ) : (
        list.groups.map(({ group, obligations }) => (
          <Card key={group} aria-labelledby={`group-${group}`} className="flex flex-col gap-2">
            <h3 id={`group-${group}`} className="text-lead font-semibold">
              {t(`assessment.result.group.${group}`)}
            </h3>
            <ul className="divide-y divide-line">
              {obligations.map((o) => (
                <ObligationItem key={o.code} obligation={o} evidence={evidence?.(o.code)} />
              ))}
            </ul>
          </Card>
        ))
      )}
    </section>
  );
}

function ObligationItem({
  obligation: o,
  evidence,
}: {
  obligation: ListedObligation;
  evidence: ReactNode;
}) {
  const { t, locale } = useI18n();
  const from = o.from ? formatDate(o.from, locale, "long") : null;
  return (
    <li
      id={`obligation-${o.code}`}
      className="flex scroll-mt-4 flex-col gap-1 py-3 target:rounded-control target:bg-brand-soft target:px-2"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h4 className="font-semibold">{o.title[locale]}</h4>
        {o.isPlanned ? <Badge tone="success">{t("assessment.result.planned")}</Badge> : null}
      </div>
      <p>{o.explanation[locale]}</p>
      {evidence}
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-caption text-ink-muted">
        <a
          href={o.eurLexUrl}
          target="_blank"
          rel="noreferrer"
          className="font-medium text-brand underline underline-offset-2"
        >
          {t("assessment.result.openArticle", {
            article: legalReference(o.article, locale),
          })}
        </a>
        {from ? (
          o.isInForce ? (
            <Badge tone="warning">
              {t("assessment.result.inForce")} ·{" "}
              {t("assessment.result.appliesFrom", { date: from })}
            </Badge>
          ) : (
            <span>{t("assessment.result.appliesFrom", { date: from })}</span>
          )
        ) : null}
        <span>
          {t("assessment.result.suggestedPhase", { phase: t(`phase.${o.suggestedPhase}`) })}
        </span>
      </p>
    </li>
  );
}

type PlanCardProps = {
  /** The use case's roadmap, where the tasks go (none: nothing to plan into yet). */
  roadmap: { title: string; href: string } | null;
  canPlan: boolean;
  /** The answer of the last "plan" post. */
  notice?: { tone: "danger" | "success"; notice: string; placed?: PlacedObligation[] };
};

/** How many obligations are tasks already, and the button that plans the rest. */
function PlanCard({
  roadmap,
  canPlan,
  notice,
  planned,
  total,
}: PlanCardProps & { planned: number; total: number }) {
  const { t, locale } = useI18n();
  const navigation = useNavigation();
  return (
    <Card aria-labelledby="plan-title" className="flex flex-col gap-2">
      <CardTitle id="plan-title">{t("assessment.plan.title")}</CardTitle>
      <p className="text-caption text-ink-muted tabular-nums">
        {t("assessment.plan.progress", { planned, total })}
      </p>
      {notice ? <FormAlert tone={notice.tone}>{notice.notice}</FormAlert> : null}
      {notice?.placed && notice.placed.length > 0 ? (
        <ul className="list-disc pl-5 text-caption" aria-label={t("assessment.plan.title")}>
          {notice.placed.map((p) => (
            <li key={p.title}>
              {t("assessment.plan.placed", {
                title: p.title,
                phase: t(`phase.${p.phase}`),
                date: formatDate(p.dueDate, locale),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {roadmap ? (
        <>
          <p>{t("assessment.plan.intro", { roadmap: roadmap.title })}</p>
          <div className="flex flex-wrap gap-2">
            {canPlan ? (
              <Form method="post">
                <Button
                  type="submit"
                  name="intent"
                  value="plan"
                  disabled={navigation.state === "submitting"}
                >
                  {t("assessment.plan.button")}
                </Button>
              </Form>
            ) : null}
            <Link to={roadmap.href} className={buttonClass("ghost")}>
              {t("assessment.plan.openRoadmap")}
            </Link>
          </div>
        </>
      ) : (
        <p className="text-ink-muted">{t("assessment.plan.needsRoadmap")}</p>
      )}
    </Card>
  );
}
