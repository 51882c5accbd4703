import { Link } from "react-router";
import { formatKpiValue } from "~/components/kpis/format";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { ReviewList } from "~/modules/oversight/oversight.server";
import { ratePercent } from "~/modules/oversight/rates";
import { SeverityBadge } from "./oversight-stats";

const th = "py-2 pr-3 font-medium";
const num = "py-2 pr-3 text-right tabular-nums";

/**
 * The review sessions, newest first: a table on wider screens, a list of cards on a
 * phone (nothing scrolls sideways there).
 */
export function ReviewsTable({
  reviews,
  orgSlug,
  logPath,
  canManage,
}: {
  reviews: ReviewList["reviews"];
  orgSlug: string;
  logPath: string;
  canManage: boolean;
}) {
  const { t, locale } = useI18n();
  const editLink = (r: Review, date: string) => (
    <Link
      to={`${logPath}/${r.id}`}
      aria-label={t("oversight.table.editLabel", { date })}
      className="text-caption font-medium text-brand underline-offset-2 hover:underline"
    >
      {t("oversight.table.edit")}
    </Link>
  );
  return (
    <>
      <ul className="flex flex-col divide-y divide-line md:hidden">
        {reviews.map((r) => {
          const rate = ratePercent(r.correctedCount + r.rejectedCount, r.reviewedCount);
          const date = formatDate(r.date, locale);
          return (
            <li key={r.id} className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0">
              <p className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-semibold">
                  {date} · {r.reviewerName ?? t("oversight.table.unknownPerson")}
                </span>
                {canManage ? editLink(r, date) : null}
              </p>
              <p className="text-caption tabular-nums">
                {t("oversight.table.reviewed")} {r.reviewedCount} · {t("oversight.table.corrected")}{" "}
                {r.correctedCount} · {t("oversight.table.rejected")} {r.rejectedCount} ·{" "}
                {t("oversight.table.approved")} {r.approvedCount}
                {rate !== null ? ` · ${formatKpiValue(rate, "%", locale)}` : ""}
              </p>
              {r.note ? <p className="text-caption text-ink-muted">{r.note}</p> : null}
              {r.incidentSeverity ? <IncidentCell review={r} orgSlug={orgSlug} /> : null}
            </li>
          );
        })}
      </ul>
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full min-w-[44rem] text-left text-body">
          <caption className="sr-only">{t("oversight.table.caption")}</caption>
          <thead className="text-caption text-ink-muted">
            <tr className="border-b border-line">
              <th scope="col" className={th}>
                {t("oversight.table.date")}
              </th>
              <th scope="col" className={th}>
                {t("oversight.table.reviewer")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("oversight.table.reviewed")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("oversight.table.corrected")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("oversight.table.rejected")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("oversight.table.approved")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("oversight.table.rate")}
              </th>
              <th scope="col" className={th}>
                {t("oversight.table.incident")}
              </th>
              {canManage ? (
                <th scope="col" className={th}>
                  <span className="sr-only">{t("oversight.table.actions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {reviews.map((r) => {
              const rate = ratePercent(r.correctedCount + r.rejectedCount, r.reviewedCount);
              const date = formatDate(r.date, locale);
              return (
                <tr key={r.id} className="border-b border-line align-top last:border-b-0">
                  <td className="py-2 pr-3 whitespace-nowrap">{date}</td>
                  <td className="py-2 pr-3">
                    {r.reviewerName ?? t("oversight.table.unknownPerson")}
                    {r.note ? (
                      <span className="block max-w-64 text-caption text-ink-muted">{r.note}</span>
                    ) : null}
                  </td>
                  <td className={num}>{r.reviewedCount}</td>
                  <td className={num}>{r.correctedCount}</td>
                  <td className={num}>{r.rejectedCount}</td>
                  <td className={num}>{r.approvedCount}</td>
                  <td className={`${num} whitespace-nowrap`}>
                    {rate === null ? "–" : formatKpiValue(rate, "%", locale)}
                  </td>
                  <td className="py-2 pr-3">
                    {r.incidentSeverity ? (
                      <IncidentCell review={r} orgSlug={orgSlug} />
                    ) : (
                      <span className="text-ink-muted">{t("oversight.table.noIncident")}</span>
                    )}
                  </td>
                  {canManage ? <td className="py-2 pr-3">{editLink(r, date)}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

type Review = ReviewList["reviews"][number];

/** An incident: severity, what happened and, for a high one, its follow-up task. */
function IncidentCell({ review: r, orgSlug }: { review: Review; orgSlug: string }) {
  const { t } = useI18n();
  if (!r.incidentSeverity) return null;
  return (
    <div className="flex max-w-72 flex-col items-start gap-1">
      <SeverityBadge severity={r.incidentSeverity} />
      <span className="text-caption">{r.incidentDescription}</span>
      {r.followUpTask ? (
        <Link
          to={`/o/${orgSlug}/roadmaps/${r.followUpTask.roadmapId}/tasks/${r.followUpTask.id}`}
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          {t("oversight.followUp.linked")}
          {r.followUpTask.status === "done" ? ` · ${t("oversight.followUp.done")}` : ""}
        </Link>
      ) : r.incidentSeverity === "high" ? (
        <span className="text-caption text-ink-muted">{t("oversight.followUp.none")}</span>
      ) : null}
    </div>
  );
}
