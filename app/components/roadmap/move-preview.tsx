import { Form } from "react-router";
import { Button, buttonClass } from "~/components/ui/button";
import { Table, TableBody, TableHead, Td, Th, Tr } from "~/components/ui/table";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { StartDateChange } from "~/modules/roadmaps/reschedule";

/**
 * The roadmap edit's answer to a new start date: the tasks it moves (the first of them,
 * and how many more), to confirm or cancel. Its own module: the edit page loads it
 * only when it shows.
 */
export function MovePreview({
  change,
  more,
  values,
  version,
  cancelHref,
  busy,
}: {
  change: StartDateChange;
  more: number;
  values: Record<string, string>;
  version: number;
  cancelHref: string;
  busy: boolean;
}) {
  const { t, locale } = useI18n();
  const date = (iso: string) => formatDate(iso, locale);
  const direction = change.shiftDays > 0 ? "later" : "earlier";
  return (
    <section
      aria-labelledby="preview-title"
      className="rounded-card border-2 border-brand bg-surface-raised p-5 shadow-card"
    >
      <h2 id="preview-title" className="text-title">
        {t("roadmaps.preview.title")}
      </h2>
      <p className="mt-1 text-ink-muted">
        {t(`roadmaps.preview.shift.${direction}`, { count: Math.abs(change.shiftDays) })}
      </p>
      <Table
        caption={t("roadmaps.preview.phasesCaption")}
        captionHidden
        density="compact"
        size="caption"
        className="mt-4"
      >
        <TableHead>
          <Th>{t("roadmaps.preview.what")}</Th>
          <Th>{t("roadmaps.preview.before")}</Th>
          <Th>{t("roadmaps.preview.after")}</Th>
        </TableHead>
        <TableBody>
          <Tr>
            <Th>{t("roadmaps.preview.roadmap")}</Th>
            <Td className="tabular-nums">
              {t("roadmap.dateRange", {
                start: date(change.roadmap.from.start),
                end: date(change.roadmap.from.end),
              })}
            </Td>
            <Td className="font-medium tabular-nums">
              {t("roadmap.dateRange", {
                start: date(change.roadmap.to.start),
                end: date(change.roadmap.to.end),
              })}
            </Td>
          </Tr>
          {change.phases.map((p) => (
            <Tr key={p.kind}>
              <Th>
                {t(`phase.${p.kind}`)}
                <span className="block font-normal text-ink-muted">
                  {t("roadmaps.preview.gateAtEnd")}
                </span>
              </Th>
              <Td className="tabular-nums">
                {t("roadmap.dateRange", { start: date(p.from.start), end: date(p.from.end) })}
              </Td>
              <Td className="font-medium tabular-nums">
                {t("roadmap.dateRange", { start: date(p.to.start), end: date(p.to.end) })}
              </Td>
            </Tr>
          ))}
        </TableBody>
      </Table>
      <h3 className="mt-4 font-semibold">
        {t("roadmaps.preview.tasks", { count: change.tasks.length + more })}
      </h3>
      {change.tasks.length > 0 ? (
        <ul className="mt-2 divide-y divide-line text-caption">
          {change.tasks.map((task) => (
            <li key={task.id} className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 py-1.5">
              <span className="font-medium">{task.title}</span>
              <span className="tabular-nums text-ink-muted">
                {date(task.from)} → <span className="font-medium text-ink">{date(task.to)}</span>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {more > 0 ? (
        <p className="mt-1 text-caption text-ink-muted">
          {t("roadmaps.preview.more", { count: more })}
        </p>
      ) : null}
      {change.kpis.length > 0 ? (
        <>
          <h3 className="mt-4 font-semibold">
            {t("roadmaps.preview.kpis", { count: change.kpis.length })}
          </h3>
          <p className="text-caption text-ink-muted">{t("roadmaps.preview.kpisHint")}</p>
          <ul className="mt-2 divide-y divide-line text-caption">
            {change.kpis.map((kpi) => (
              <li key={kpi.id} className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 py-1.5">
                <span className="font-medium">{kpi.name}</span>
                <span className="tabular-nums text-ink-muted">
                  {[
                    kpi.baseline
                      ? t("roadmaps.preview.kpiBaseline", {
                          from: date(kpi.baseline.from),
                          to: date(kpi.baseline.to),
                        })
                      : null,
                    kpi.target
                      ? t("roadmaps.preview.kpiTarget", {
                          from: date(kpi.target.from),
                          to: date(kpi.target.to),
                        })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Form method="post" className="mt-4 flex flex-wrap gap-3">
        {Object.entries(values).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="confirm" value="yes" />
        <Button type="submit" disabled={busy}>
          {t("roadmaps.preview.confirm")}
        </Button>
        <a href={cancelHref} className={buttonClass("ghost")}>
          {t("roadmaps.preview.cancel")}
        </a>
      </Form>
    </section>
  );
}
