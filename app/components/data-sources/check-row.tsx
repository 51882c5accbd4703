import { useFetcher } from "react-router";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { CheckAspect } from "~/modules/data-sources/fields";
import type { CheckRecord } from "~/modules/data-sources/data-sources.server";

/** What the page's action answers to a check form (also shown when JavaScript is off). */
export type CheckActionData = {
  ok: boolean;
  intent?: string;
  dataSourceId?: string;
  aspect?: string;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

/**
 * One quality check of a source: its state (who checked when, with the note) and, for
 * those who may, "checked today" in one click, another date or a note in a fold-out,
 * and taking a check back. Each row posts on its own, so rows never disturb each other.
 */
export function CheckRow({
  sourceId,
  sourceName,
  aspect,
  check,
  today,
  canCheck,
  canRemove,
  pageResult,
}: {
  sourceId: string;
  sourceName: string;
  aspect: CheckAspect;
  check: CheckRecord | null;
  today: string;
  canCheck: boolean;
  canRemove: boolean;
  /** The page's action data when the form was posted without JavaScript. */
  pageResult?: CheckActionData;
}) {
  const { t, locale } = useI18n();
  const fetcher = useFetcher<CheckActionData>();
  const own =
    pageResult && pageResult.dataSourceId === sourceId && pageResult.aspect === aspect
      ? pageResult
      : undefined;
  const result = fetcher.data ?? own;
  const failed = result && !result.ok ? result : undefined;
  const busy = fetcher.state !== "idle";
  const aspectName = t(`dataSources.aspect.${aspect}`);
  const names = { aspect: aspectName, source: sourceName };
  const idBase = `check-${sourceId}-${aspect}`;

  return (
    <li className="flex flex-col gap-2 border-t border-line py-3 first:border-t-0 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
        <div className="min-w-0 flex-1 basis-56">
          <p className="font-medium">{aspectName}</p>
          <p className="text-caption text-ink-muted">{t(`dataSources.aspectHint.${aspect}`)}</p>
        </div>
        <div className="flex min-w-0 flex-col items-start gap-0.5 sm:items-end">
          {check ? (
            <p className="text-caption font-medium text-success">
              <span aria-hidden="true">✓ </span>
              {check.checkedByName
                ? t("dataSources.check.checkedBy", {
                    date: formatDate(check.checkedOn, locale),
                    name: check.checkedByName,
                  })
                : t("dataSources.check.checkedOn", { date: formatDate(check.checkedOn, locale) })}
            </p>
          ) : (
            <Badge tone="warning">{t("dataSources.check.open")}</Badge>
          )}
          {check?.note ? (
            <p className="text-caption break-words text-ink-muted">“{check.note}”</p>
          ) : null}
        </div>
      </div>

      {canCheck ? (
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <fetcher.Form method="post">
            <input type="hidden" name="intent" value="check" />
            <input type="hidden" name="dataSourceId" value={sourceId} />
            <input type="hidden" name="aspect" value={aspect} />
            <Button
              type="submit"
              variant={check ? "ghost" : "secondary"}
              className="px-3 py-1.5"
              disabled={busy}
              aria-label={t("dataSources.check.checkedTodayLabel", names)}
            >
              {t("dataSources.check.checkedToday")}
            </Button>
          </fetcher.Form>
          {canRemove && check ? (
            <fetcher.Form method="post">
              <input type="hidden" name="intent" value="uncheck" />
              <input type="hidden" name="dataSourceId" value={sourceId} />
              <input type="hidden" name="aspect" value={aspect} />
              <Button
                type="submit"
                variant="ghost"
                className="px-3 py-1.5"
                disabled={busy}
                aria-label={t("dataSources.check.removeLabel", names)}
              >
                {t("dataSources.check.remove")}
              </Button>
            </fetcher.Form>
          ) : null}
          <details open={failed?.fieldErrors !== undefined} className="min-w-0 open:basis-full">
            <summary
              aria-label={t("dataSources.check.moreLabel", names)}
              className="w-fit cursor-pointer rounded-control px-1 py-1 text-caption font-medium text-brand"
            >
              {t("dataSources.check.more")}
            </summary>
            <fetcher.Form
              method="post"
              noValidate
              className="mt-2 flex flex-wrap items-end gap-3 rounded-control bg-surface-muted p-3"
            >
              <input type="hidden" name="intent" value="check" />
              <input type="hidden" name="dataSourceId" value={sourceId} />
              <input type="hidden" name="aspect" value={aspect} />
              <Field
                id={`${idBase}-date`}
                type="date"
                label={t("dataSources.check.date")}
                name="checkedOn"
                max={today}
                hint={t("dataSources.check.dateHint")}
                defaultValue={failed?.values?.checkedOn ?? ""}
                error={failed?.fieldErrors?.checkedOn}
                className="w-44 max-w-full"
              />
              <Field
                id={`${idBase}-note`}
                label={t("dataSources.check.note")}
                name="note"
                maxLength={500}
                defaultValue={failed?.values?.note ?? ""}
                error={failed?.fieldErrors?.note}
                className="min-w-0 flex-1 basis-48"
              />
              <Button type="submit" disabled={busy}>
                {t("dataSources.check.save")}
              </Button>
            </fetcher.Form>
          </details>
        </div>
      ) : null}
      {failed?.message ? (
        <p role="alert" className="text-caption font-medium text-danger">
          {failed.message}
        </p>
      ) : result?.ok && result.message ? (
        <p role="status" className="sr-only">
          {result.message}
        </p>
      ) : null}
    </li>
  );
}
