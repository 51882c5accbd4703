import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { phaseColor } from "~/components/roadmap/phase-style";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { GateState } from "~/modules/dashboards/dashboard";
import type { PhaseKind } from "~/modules/calendar/phase-dates";

const tone: Record<GateState, Tone> = {
  approved: "success",
  overdue: "danger",
  due: "brand",
  upcoming: "neutral",
};

export type GateItem = {
  kind: PhaseKind;
  position: number;
  endDate: string;
  gate: {
    status: string;
    state: GateState;
    decidedOn: string | null;
  };
};

/** The three phase gates: state, request status and the relevant date. */
export function GateList({ phases, today }: { phases: GateItem[]; today: string }) {
  const { t, locale } = useI18n();
  return (
    <ul className="mt-3 divide-y divide-line">
      {phases.map((phase) => {
        const status = phase.gate.status as "open" | "requested" | "approved" | "rejected";
        return (
          <li key={phase.kind} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5">
            <span
              aria-hidden="true"
              className={`h-2.5 w-2.5 shrink-0 rounded-full ${phaseColor[phase.kind].bg}`}
            />
            <span className="min-w-0 flex-1 font-medium">
              {phase.position}. {t(`phase.${phase.kind}`)}
              <span className="block text-caption font-normal text-ink-muted">
                {phase.gate.state === "approved" && phase.gate.decidedOn
                  ? t("dashboard.gates.approvedOn", {
                      date: formatDate(phase.gate.decidedOn, locale),
                    })
                  : today > phase.endDate
                    ? t("dashboard.gates.endedOn", { date: formatDate(phase.endDate, locale) })
                    : t("dashboard.gates.endsOn", { date: formatDate(phase.endDate, locale) })}
                {phase.gate.state !== "approved"
                  ? ` · ${t(`dashboard.gates.status.${status}`)}`
                  : ""}
              </span>
            </span>
            <Badge tone={tone[phase.gate.state]}>
              {t(`dashboard.gates.state.${phase.gate.state}`)}
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}
