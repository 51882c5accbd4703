import { Link } from "react-router";
import { buttonClass } from "~/components/ui/button";
import { useI18n } from "~/lib/i18n/react";

/** A board without tasks: none yet, or none that matches the filters. */
export function BoardEmpty({ isFiltered, canCreate }: { isFiltered: boolean; canCreate: boolean }) {
  const { t } = useI18n();
  return (
    <div className="rounded-card border border-dashed border-line-strong px-6 py-10 text-center">
      {isFiltered ? (
        <>
          <h2 className="text-title">{t("tasks.board.noMatchTitle")}</h2>
          <p className="mt-1 text-ink-muted">{t("tasks.board.noMatchBody")}</p>
          <Link to="." className={`${buttonClass("secondary")} mt-3`}>
            {t("tasks.filter.reset")}
          </Link>
        </>
      ) : (
        <>
          <h2 className="text-title">{t("tasks.board.emptyTitle")}</h2>
          <p className="mt-1 text-ink-muted">
            {canCreate ? t("tasks.board.emptyBodyManager") : t("tasks.board.emptyBody")}
          </p>
        </>
      )}
    </div>
  );
}
