import { useI18n } from "~/lib/i18n/react";
import { LEARNING_KINDS } from "~/modules/roadmaps/learning-kinds";
import type { LearningKind } from "~/modules/roadmaps/learning-kinds";
import type { PhaseKind } from "~/modules/calendar/phase-dates";

type Learning = { id: string; text: string; phase: PhaseKind; authorName: string | null };

/**
 * A roadmap's learnings in three columns (went well, to change, risks), as the report and
 * the decision paper print them; `empty` is said when there are none at all.
 */
export function LearningsByKind({
  learnings,
  empty,
}: {
  learnings: Record<LearningKind, readonly Learning[]>;
  empty: string;
}) {
  const { t } = useI18n();
  if (LEARNING_KINDS.every((kind) => learnings[kind].length === 0)) {
    return <p className="text-ink-muted">{empty}</p>;
  }
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-3 print:grid-cols-3">
      {LEARNING_KINDS.map((kind) => (
        <div key={kind} className="break-inside-avoid">
          <h3 className="font-semibold">{t(`reports.printed.learningKind.${kind}`)}</h3>
          {learnings[kind].length === 0 ? (
            <p className="mt-1 text-caption text-ink-muted">–</p>
          ) : (
            <ul className="mt-1 flex list-disc flex-col gap-1.5 pl-5 text-caption">
              {learnings[kind].map((l) => (
                <li key={l.id}>
                  {l.text}
                  <span className="text-ink-muted">
                    {" "}
                    — {t(`phase.${l.phase}`)}
                    {l.authorName ? `, ${l.authorName}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
