import { Link } from "react-router";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";

export type OpenIncident = {
  reviewId: string;
  useCaseId: string;
  useCaseTitle: string;
  date: string;
  description: string;
  task: {
    id: string;
    title: string;
    status: string;
    dueDate: string;
    ownerName: string | null;
    roadmapId: string;
  } | null;
};

/**
 * The open high-severity incidents of the roadmap's use cases (dashboard and report):
 * each until its follow-up task is done. Nothing at all when there are none.
 */
export function OpenIncidents({
  incidents,
  orgSlug,
  canManage = false,
  heading: Heading = "h2",
}: {
  incidents: OpenIncident[];
  orgSlug: string;
  canManage?: boolean;
  /** h3 inside a section of its own (the report's governance part). */
  heading?: "h2" | "h3";
}) {
  const { t, locale } = useI18n();
  if (incidents.length === 0) return null;
  const base = `/o/${orgSlug}`;
  return (
    <section
      aria-labelledby="open-incidents-title"
      className="break-inside-avoid rounded-card border border-l-4 border-line border-l-danger bg-surface-raised p-5 shadow-card"
    >
      <Heading id="open-incidents-title" className="text-lead font-semibold text-ink">
        {t("oversight.dashboard.title")}
      </Heading>
      <p className="mt-1 text-caption text-ink-muted">{t("oversight.dashboard.intro")}</p>
      <ul className="mt-3 flex flex-col gap-3">
        {incidents.map((incident) => (
          <li
            key={incident.reviewId}
            className="flex min-w-0 flex-col gap-1 rounded-control border border-line p-3"
          >
            <p className="flex flex-wrap items-baseline gap-x-2">
              <Link
                to={`${base}/use-cases/${incident.useCaseId}/oversight?incidents=1`}
                className="font-semibold text-brand underline-offset-2 hover:underline"
              >
                {incident.useCaseTitle}
              </Link>
              <span className="text-caption text-ink-muted">
                {t("oversight.dashboard.incidentOn", {
                  date: formatDate(incident.date, locale),
                })}
              </span>
            </p>
            <p className="break-words">{incident.description}</p>
            {incident.task ? (
              <p className="text-caption text-ink-muted">
                {t("oversight.followUp.linked")}:{" "}
                <Link
                  to={`${base}/roadmaps/${incident.task.roadmapId}/tasks/${incident.task.id}`}
                  className="font-medium text-brand underline-offset-2 hover:underline"
                >
                  {incident.task.title}
                </Link>
                {incident.task.ownerName ? ` · ${incident.task.ownerName}` : ""} ·{" "}
                {t("oversight.dashboard.due", {
                  date: formatDate(incident.task.dueDate, locale),
                })}
              </p>
            ) : (
              <p className="text-caption font-medium text-danger">
                {t("oversight.dashboard.noTask")}
                {canManage ? (
                  <>
                    {" · "}
                    <Link
                      to={`${base}/use-cases/${incident.useCaseId}/oversight/${incident.reviewId}`}
                      className="no-print text-brand underline underline-offset-2"
                    >
                      {t("oversight.dashboard.planTask")}
                    </Link>
                  </>
                ) : null}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
