import type { ReactNode } from "react";
import { useI18n } from "~/lib/i18n/react";
import type { PhaseKind } from "~/modules/calendar/phase-dates";
import { phaseColor } from "./phase-style";

/**
 * One phase's part of a roadmap page (learnings, budget lines): a card topped with the
 * phase's colour, headed "2. Pilot with governance", with a note when it holds nothing.
 */
export function PhaseSection({
  phase,
  idPrefix,
  aside,
  isEmpty,
  emptyText,
  children,
}: {
  phase: { kind: PhaseKind; position: number };
  /** The heading's id is `${idPrefix}-${kind}`; it names the section. */
  idPrefix: string;
  /** Beside the heading, e.g. the phase's totals. */
  aside?: ReactNode;
  isEmpty: boolean;
  emptyText: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const id = `${idPrefix}-${phase.kind}`;
  const heading = (
    <h2 id={id} className="text-lead font-semibold">
      {phase.position}. {t(`phase.${phase.kind}`)}
    </h2>
  );
  return (
    <section
      aria-labelledby={id}
      className={`rounded-card border border-line border-t-4 bg-surface-raised p-5 shadow-card ${phaseColor[phase.kind].borderTop}`}
    >
      {aside ? (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      {isEmpty ? (
        <p className="mt-2 text-caption text-ink-muted">{emptyText}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line">{children}</ul>
      )}
    </section>
  );
}
