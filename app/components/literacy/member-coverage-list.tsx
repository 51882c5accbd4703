import { Badge } from "~/components/ui/badge";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { MemberCoverage } from "~/modules/literacy/coverage.server";
import { LiteracyState } from "./literacy-state";

type Status = MemberCoverage["trainings"][number];

function StatusLine({ status }: { status: Status }) {
  const { t, locale } = useI18n();
  const fmt = (date: string) => formatDate(date, locale);
  switch (status.status) {
    case "done":
      return (
        <>
          <span className="text-ink">{status.title}</span>{" "}
          <span className="text-ink-muted">
            · {t("literacy.coverage.doneOn", { date: fmt(status.completedOn) })} ·{" "}
            {status.validUntil
              ? status.isExpiringSoon
                ? t("literacy.expiresSoon", { date: fmt(status.validUntil) })
                : t("literacy.validUntil", { date: fmt(status.validUntil) })
              : t("literacy.noExpiry")}
          </span>
        </>
      );
    case "due":
      return (
        <>
          <span className="text-ink">{status.title}</span>{" "}
          {status.isOverdue ? (
            <Badge tone="danger">
              {t("literacy.coverage.overdueSince", { date: fmt(status.dueDate) })}
            </Badge>
          ) : (
            <Badge tone="brand">
              {t("literacy.coverage.dueOn", { date: fmt(status.dueDate) })}
            </Badge>
          )}
          {status.expiredOn ? (
            <span className="text-ink-muted">
              {" "}
              · {t("literacy.coverage.refresher", { date: fmt(status.expiredOn) })}
            </span>
          ) : null}
        </>
      );
    case "expired":
      return (
        <>
          <span className="text-ink">{status.title}</span>{" "}
          <Badge tone="warning">
            {t("literacy.coverage.expiredTraining", { date: fmt(status.validUntil) })}
          </Badge>
        </>
      );
  }
}

const ICONS: Record<Status["status"], string> = { done: "✓", due: "→", expired: "!" };

/** Per member: the Art 4 state, then what is due, expired and done per training. */
export function MemberCoverageList({ members }: { members: MemberCoverage[] }) {
  const { t } = useI18n();
  return (
    <ul
      aria-label={t("literacy.coverage.membersCaption")}
      className="divide-y divide-line rounded-card border border-line bg-surface-raised shadow-card"
    >
      {members.map((m) => (
        <li key={m.userId} id={`member-${m.userId}`} className="flex flex-col gap-2 p-4">
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
            <p className="min-w-0 break-words">
              <span className="font-semibold">{m.name}</span>{" "}
              <span className="text-caption text-ink-muted">{t(`role.${m.role}`)}</span>
            </p>
            <LiteracyState literacy={m.literacy} />
          </div>
          {m.trainings.length === 0 ? (
            <p className="text-caption text-ink-muted">{t("literacy.coverage.noRecords")}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-caption">
              {m.trainings.map((s) => (
                <li key={s.trainingId} className="flex min-w-0 items-baseline gap-2">
                  <span aria-hidden="true" className="w-3 shrink-0 text-center text-ink-muted">
                    {ICONS[s.status]}
                  </span>
                  <span className="min-w-0 break-words">
                    <StatusLine status={s} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
