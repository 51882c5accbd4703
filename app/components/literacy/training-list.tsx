import { Link } from "react-router";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { useI18n } from "~/lib/i18n/react";
import type { Training } from "~/modules/literacy/trainings.server";

type Item = Training & { completionCount: number };

/** The catalogue as cards: readable on a phone, every fact of a training at a glance. */
export function TrainingList({
  trainings,
  editBase,
}: {
  trainings: Item[];
  /** Path the edit links start with; null for those who may not edit. */
  editBase: string | null;
}) {
  const { t } = useI18n();
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {trainings.map((training) => (
        <li
          key={training.id}
          className={`flex flex-col gap-2 rounded-card border border-line p-4 shadow-card ${
            training.isArchived ? "bg-surface-muted" : "bg-surface-raised"
          }`}
        >
          <div className="flex items-start justify-between gap-3">
            <h3 className="min-w-0 font-semibold break-words">{training.title}</h3>
            {editBase ? (
              <Link
                to={`${editBase}/${training.id}`}
                aria-label={t("literacy.catalogue.editOf", { title: training.title })}
                className={buttonClass("ghost", "-my-1 shrink-0 text-caption")}
              >
                {t("literacy.catalogue.edit")}
              </Link>
            ) : null}
          </div>
          <p className="flex flex-wrap gap-2">
            <Badge tone={training.topic === "basics" ? "brand" : "neutral"}>
              {t(`literacy.topic.${training.topic}`)}
            </Badge>
            <Badge>{t(`literacy.format.${training.format}`)}</Badge>
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-caption">
            <dt className="text-ink-muted">{t("literacy.catalogue.column.duration")}</dt>
            <dd className="tabular-nums">
              {t("literacy.minutes", { count: training.durationMinutes })}
            </dd>
            <dt className="text-ink-muted">{t("literacy.catalogue.column.validity")}</dt>
            <dd>
              {training.validityMonths === null
                ? t("literacy.noExpiry")
                : t("literacy.months", { count: training.validityMonths })}
            </dd>
            <dt className="text-ink-muted">{t("literacy.catalogue.column.completions")}</dt>
            <dd className="tabular-nums">{training.completionCount}</dd>
            {training.provider ? (
              <>
                <dt className="text-ink-muted">{t("literacy.catalogue.provider")}</dt>
                <dd className="min-w-0 break-words">{training.provider}</dd>
              </>
            ) : null}
          </dl>
          {training.link ? (
            <p className="text-caption">
              <a
                href={training.link}
                target="_blank"
                rel="noreferrer noopener"
                aria-label={t("literacy.catalogue.openLinkOf", { title: training.title })}
                className="font-medium text-brand underline underline-offset-2"
              >
                {t("literacy.catalogue.openLink")} ↗
              </a>
            </p>
          ) : null}
          {training.isArchived ? (
            <p className="text-caption text-ink-muted">{t("literacy.catalogue.archivedNote")}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
