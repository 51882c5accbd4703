import type { PhaseKind } from "~/modules/calendar/phase-dates";

export const phaseColor: Record<
  PhaseKind,
  { bg: string; borderTop: string; borderLeft: string; text: string }
> = {
  analysis: {
    bg: "bg-phase-analysis",
    borderTop: "border-t-phase-analysis",
    borderLeft: "border-l-phase-analysis",
    text: "text-phase-analysis",
  },
  pilot: {
    bg: "bg-phase-pilot",
    borderTop: "border-t-phase-pilot",
    borderLeft: "border-l-phase-pilot",
    text: "text-phase-pilot",
  },
  scale: {
    bg: "bg-phase-scale",
    borderTop: "border-t-phase-scale",
    borderLeft: "border-l-phase-scale",
    text: "text-phase-scale",
  },
};
