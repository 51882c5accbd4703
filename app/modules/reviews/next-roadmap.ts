// The next roadmap, planned from a completed closing review (issue 16): what the draft
// will hold, decided without I/O so the rules are tested alone. next-roadmap.server.ts
// reads the review and stores the plan.
import { translate } from "~/lib/i18n";
import type { Locale, MessageKey, MessageParams } from "~/lib/i18n";
import { addDaysIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { computePhaseDates, LENGTH_DAYS, roadmapEndDate } from "../calendar/phase-dates";
import type { PhaseDates, PhaseKind, RoadmapSpan } from "../calendar/phase-dates";
import type { KpiDirection, KpiMeasurementPoint } from "../kpis/status";
import type { KpiCategory, KpiSource, KpiValueKind } from "../kpis/fields";
import { valueKindProblem } from "../kpis/value-rules";
import { learningSourceKey } from "../roadmaps/learning-source";
import { templatePhasesFor } from "../roadmaps/template";
import { kpiResult } from "./verdict";
import { notBefore, spreadDueDate } from "./next-roadmap-dates";

export type DecisionKind = "scale" | "adjust" | "stop";
export type LearningKind = "went_well" | "to_change" | "risk";

export type ReviewDecision = {
  useCaseId: string;
  decision: DecisionKind;
  reason: string;
  /** For scale: how many more teams or sites. */
  rolloutUnits: number;
};
export type ReviewedUseCase = { id: string; title: string; ownerId: string | null };
export type PreviousKpi = {
  id: string;
  useCaseId: string | null;
  ownerId: string | null;
  name: string;
  category: KpiCategory;
  unit: string;
  direction: KpiDirection;
  valueKind: KpiValueKind;
  source: KpiSource;
  baseline: number;
  target: number;
  measurements: readonly KpiMeasurementPoint[];
};
export type PreviousLearning = {
  id: string;
  kind: LearningKind;
  text: string;
  authorId: string | null;
  phase: PhaseKind;
};
/** An obligation of a use case not yet done in the previous roadmap, as a task to plan. */
export type OpenObligation = {
  useCaseId: string;
  sourceKey: string;
  title: string;
  description: string;
  suggestedPhase: PhaseKind;
  /** The day the duty applies from, when the law names one. */
  legalDate: IsoDate | null;
  inForce: boolean;
};

export type NextRoadmapOptions = {
  startDate?: IsoDate;
  lengthDays?: number;
  title?: string;
  /** Confirmed targets by the previous KPI's id; a KPI not named keeps its target. */
  targets?: Readonly<Record<string, number>>;
};

export type NextRoadmapInput = {
  previous: { id: string; title: string } & RoadmapSpan;
  locale: Locale;
  useCases: readonly ReviewedUseCase[];
  decisions: readonly ReviewDecision[];
  /** The previous roadmap's KPIs (the scaled use cases' ones are carried). */
  kpis: readonly PreviousKpi[];
  learnings: readonly PreviousLearning[];
  obligations: readonly OpenObligation[];
  /** Actual costs per phase of the previous roadmap, in cents. */
  actuals: readonly { phase: PhaseKind; actualCents: number }[];
  /** People who may own work now (members, not viewers); anyone else leaves work unowned. */
  assignable: readonly string[];
  options: NextRoadmapOptions;
  today: IsoDate;
};

export type PlannedTask = {
  sourceKey: string;
  phase: PhaseKind;
  title: string;
  description: string;
  category: string;
  priority: "low" | "medium" | "high";
  ownerId: string | null;
  dueDate: IsoDate;
};
export type PlannedKpi = Omit<PreviousKpi, "id" | "measurements"> & {
  carriedFromId: string;
  /** False: nothing was measured, the previous baseline stays (the page says so). */
  baselineFromLast: boolean;
  baselineDate: IsoDate;
  targetDate: IsoDate;
};
export type NextRoadmapPlan = {
  title: string;
  startDate: IsoDate;
  endDate: IsoDate;
  lengthDays: number;
  phases: PhaseDates[];
  exitCriteria: Record<PhaseKind, string[]>;
  tasks: PlannedTask[];
  kpis: PlannedKpi[];
  budgetLines: { phase: PhaseKind; label: string; plannedCents: number }[];
  /** Use cases decided scale or adjust: they move to the new roadmap. */
  carriedUseCaseIds: string[];
};

export type FieldProblem = { key: MessageKey; params?: MessageParams };
export type NextRoadmapResult =
  { ok: true; plan: NextRoadmapPlan } | { ok: false; fieldErrors: Record<string, FieldProblem> };

/** The form field of a carried KPI's confirmed target. */
export function kpiTargetField(kpiId: string) {
  return `target.${kpiId}`;
}

const TITLE_MAX = 120;
const TASK_TITLE_MAX = 200;
const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function decided(input: Pick<NextRoadmapInput, "useCases" | "decisions">, kind: DecisionKind) {
  const chosen = new Set(
    input.decisions.filter((d) => d.decision === kind).map((d) => d.useCaseId),
  );
  return input.useCases.filter((u) => chosen.has(u.id)).sort(byId);
}

/** The day after the previous roadmap's last day. */
export function defaultStartDate(previous: RoadmapSpan): IsoDate {
  return addDaysIso(roadmapEndDate(previous), 1);
}

/** "Skalierung: A, B" from the scaled use cases, else the adjusted ones, else a plain title. */
export function suggestTitle(
  input: Pick<NextRoadmapInput, "useCases" | "decisions" | "locale" | "previous">,
): string {
  const scaled = decided(input, "scale").map((u) => u.title);
  const adjusted = decided(input, "adjust").map((u) => u.title);
  const t = (key: MessageKey, params: MessageParams) => translate(input.locale, key, params);
  const title =
    scaled.length > 0
      ? t("nextRoadmap.generated.scaleTitle", { useCases: scaled.join(", ") })
      : adjusted.length > 0
        ? t("nextRoadmap.generated.adjustTitle", { useCases: adjusted.join(", ") })
        : t("nextRoadmap.generated.defaultTitle", { title: input.previous.title });
  return clip(title, TITLE_MAX);
}

/** The KPIs of the scaled use cases, with the last measured value as the new baseline. */
export function carriedKpis(
  input: Pick<NextRoadmapInput, "useCases" | "decisions" | "kpis">,
): (PreviousKpi & { newBaseline: number; baselineFromLast: boolean })[] {
  const scaled = new Set(decided(input, "scale").map((u) => u.id));
  return input.kpis
    .filter((kpi) => kpi.useCaseId !== null && scaled.has(kpi.useCaseId))
    .sort(byId)
    .map((kpi) => {
      const last = kpiResult(kpi, kpi.measurements).last;
      return { ...kpi, newBaseline: last ?? kpi.baseline, baselineFromLast: last !== null };
    });
}

function validate(input: NextRoadmapInput, startDate: IsoDate, lengthDays: number) {
  const errors: Record<string, FieldProblem> = {};
  if (
    !Number.isInteger(lengthDays) ||
    lengthDays < LENGTH_DAYS.min ||
    lengthDays > LENGTH_DAYS.max
  ) {
    errors.lengthDays = {
      key: "nextRoadmap.errors.lengthRange",
      params: { min: LENGTH_DAYS.min, max: LENGTH_DAYS.max },
    };
  }
  if (startDate < input.previous.startDate) {
    errors.startDate = {
      key: "nextRoadmap.errors.startBeforeOld",
      params: { date: input.previous.startDate },
    };
  }
  for (const kpi of carriedKpis(input)) {
    const target = input.options.targets?.[kpi.id];
    const problem = target === undefined ? null : valueKindProblem(kpi.valueKind, target);
    if (problem) errors[kpiTargetField(kpi.id)] = { key: problem };
  }
  return errors;
}

/**
 * The next roadmap from a completed review: three phases in the template's proportions;
 * per "scale" rollout tasks in the pilot phase and the KPIs carried (baseline = last
 * value); per "adjust" the "to change" learnings as analysis tasks; risks and open
 * obligations of carried use cases in their phase; "stop" carries nothing; budget
 * suggestions from the actual costs scaled by length; no due date before `today`.
 * Deterministic: the same input gives the same plan, whatever order it came in.
 */
export function planNextRoadmap(input: NextRoadmapInput): NextRoadmapResult {
  const startDate = input.options.startDate ?? defaultStartDate(input.previous);
  const lengthDays = input.options.lengthDays ?? LENGTH_DAYS.default;
  const errors = validate(input, startDate, lengthDays);
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };

  const t = (key: MessageKey, params?: MessageParams) => translate(input.locale, key, params);
  const span: RoadmapSpan = { startDate, lengthDays };
  const phases = computePhaseDates(span);
  const phaseOf = (kind: PhaseKind) => phases.find((p) => p.kind === kind)!;
  const endDate = roadmapEndDate(span);
  const assignable = new Set(input.assignable);
  const owner = (...ids: (string | null)[]) =>
    ids.find((id): id is string => id !== null && assignable.has(id)) ?? null;
  const scaled = decided(input, "scale");
  const adjusted = decided(input, "adjust");
  const carried = [...scaled, ...adjusted].sort(byId);
  const carriedIds = new Set(carried.map((u) => u.id));
  const decisionOf = new Map(input.decisions.map((d) => [d.useCaseId, d]));
  const roadmap = input.previous.title;

  const tasks: PlannedTask[] = [];
  for (const useCase of scaled) {
    const decision = decisionOf.get(useCase.id)!;
    const count = Math.max(1, decision.rolloutUnits);
    for (let n = 1; n <= count; n++) {
      tasks.push({
        sourceKey: `rollout:${useCase.id}:${n}`,
        phase: "pilot",
        title: clip(
          t("nextRoadmap.generated.rolloutTitle", { useCase: useCase.title, n, count }),
          TASK_TITLE_MAX,
        ),
        description: t("nextRoadmap.generated.rolloutDescription", {
          useCase: useCase.title,
          roadmap,
          reason: decision.reason || t("nextRoadmap.generated.noReason"),
        }),
        category: "scaling",
        priority: "high",
        ownerId: owner(useCase.ownerId),
        dueDate: spreadDueDate(phaseOf("pilot"), n, count, input.today),
      });
    }
  }

  const learnings = [...input.learnings].sort(byId);
  const fallbackOwner = (carried.find((u) => owner(u.ownerId)) ?? carried[0])?.ownerId ?? null;
  const adjustOwner = (adjusted.find((u) => owner(u.ownerId)) ?? adjusted[0])?.ownerId ?? null;
  const learningTask = (learning: PreviousLearning, phase: PhaseKind, ownerId: string | null) => ({
    sourceKey: learningSourceKey(learning.id),
    phase,
    title: clip(
      t(
        learning.kind === "risk"
          ? "nextRoadmap.generated.riskTitle"
          : "nextRoadmap.generated.changeTitle",
        {
          text: learning.text.replace(/\s+/g, " "),
        },
      ),
      TASK_TITLE_MAX,
    ),
    description: t("nextRoadmap.generated.learningDescription", { roadmap, text: learning.text }),
    category: learning.kind === "risk" ? "governance" : "process",
    priority: learning.kind === "risk" ? ("high" as const) : ("medium" as const),
    ownerId: owner(learning.authorId, ownerId),
    dueDate: spreadDueDate(phaseOf(phase), 1, 1, input.today),
  });
  if (adjusted.length > 0) {
    for (const learning of learnings.filter((l) => l.kind === "to_change")) {
      tasks.push(learningTask(learning, "analysis", adjustOwner));
    }
  }
  if (carried.length > 0) {
    // A risk is met again where it showed itself: in the same phase of the next plan.
    for (const learning of learnings.filter((l) => l.kind === "risk")) {
      tasks.push(learningTask(learning, learning.phase, fallbackOwner));
    }
  }

  const useCaseOf = new Map(input.useCases.map((u) => [u.id, u]));
  const obligations = input.obligations
    .filter((o) => carriedIds.has(o.useCaseId))
    .sort((a, b) => (a.sourceKey < b.sourceKey ? -1 : a.sourceKey > b.sourceKey ? 1 : 0));
  for (const obligation of obligations) {
    // The legal date stays the due date while it is ahead; the phase is the one it falls in.
    const legal =
      obligation.legalDate !== null && obligation.legalDate >= input.today
        ? obligation.legalDate
        : null;
    const phase =
      (legal && phases.find((p) => p.startDate <= legal && legal <= p.endDate)) ||
      phaseOf(obligation.suggestedPhase);
    tasks.push({
      sourceKey: obligation.sourceKey,
      phase: phase.kind,
      title: clip(obligation.title, TASK_TITLE_MAX),
      description: obligation.description,
      category: "governance",
      priority: obligation.inForce ? "high" : "medium",
      ownerId: owner(useCaseOf.get(obligation.useCaseId)?.ownerId ?? null),
      dueDate: legal ?? spreadDueDate(phase, 1, 1, input.today),
    });
  }

  const kpis: PlannedKpi[] = carriedKpis(input).map(
    ({ id, measurements: _m, newBaseline, ...kpi }) => ({
      ...kpi,
      ownerId: owner(kpi.ownerId),
      carriedFromId: id,
      baseline: newBaseline,
      target: input.options.targets?.[id] ?? kpi.target,
      baselineDate: startDate,
      targetDate: endDate,
    }),
  );

  const template = Object.fromEntries(
    templatePhasesFor(input.locale).map((p) => [p.phase, [...p.exitCriteria]]),
  ) as Record<PhaseKind, string[]>;
  for (const useCase of scaled) {
    const names = kpis.filter((k) => k.useCaseId === useCase.id).map((k) => k.name);
    template.scale.push(
      names.length > 0
        ? t("nextRoadmap.generated.criterion", { useCase: useCase.title, kpis: names.join(", ") })
        : t("nextRoadmap.generated.criterionNoKpi", { useCase: useCase.title }),
    );
  }

  const budgetLines = phases.flatMap((phase) => {
    const actual = input.actuals
      .filter((a) => a.phase === phase.kind)
      .reduce((sum, a) => sum + a.actualCents, 0);
    if (actual <= 0) return [];
    return [
      {
        phase: phase.kind,
        label: clip(
          t("nextRoadmap.generated.budgetLabel", { roadmap, phase: t(`phase.${phase.kind}`) }),
          120,
        ),
        plannedCents: Math.round((actual * lengthDays) / input.previous.lengthDays),
      },
    ];
  });

  return {
    ok: true,
    plan: {
      title: clip(input.options.title?.trim() || suggestTitle(input), TITLE_MAX),
      startDate,
      endDate,
      lengthDays,
      phases,
      exitCriteria: template,
      tasks: tasks.map((task) => ({ ...task, dueDate: notBefore(task.dueDate, input.today) })),
      kpis,
      budgetLines,
      carriedUseCaseIds: carried.map((u) => u.id),
    },
  };
}
