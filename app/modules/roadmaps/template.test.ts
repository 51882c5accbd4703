import { describe, expect, it } from "vitest";
import { isKpiDirectionConsistent } from "../kpis/status";
import { PHASES, isDueDateInPhase, templateSpan } from "../calendar/phase-dates";
import {
  ROADMAP_TEMPLATE,
  planTemplateTasks,
  templateKpisFor,
  templatePhasesFor,
  templateTasksFor,
} from "./template";
import type { Localized } from "./template";

const allTasks = PHASES.flatMap((p) =>
  ROADMAP_TEMPLATE.phases[p.kind].tasks.map((task) => ({ ...task, phase: p })),
);

function everyLocalizedString(): { where: string; value: Localized }[] {
  const out: { where: string; value: Localized }[] = [];
  for (const { kind } of PHASES) {
    const phase = ROADMAP_TEMPLATE.phases[kind];
    out.push({ where: `${kind}.goal`, value: phase.goal });
    phase.exitCriteria.forEach((c, i) => out.push({ where: `${kind}.exit[${i}]`, value: c }));
    for (const t of phase.tasks) {
      out.push({ where: `${t.key}.title`, value: t.title });
      out.push({ where: `${t.key}.description`, value: t.description });
    }
  }
  for (const k of ROADMAP_TEMPLATE.kpis) {
    out.push({ where: `${k.key}.name`, value: k.name });
    out.push({ where: `${k.key}.unit`, value: k.unit });
  }
  return out;
}

describe("ROADMAP_TEMPLATE", () => {
  it("plans every task inside its phase's week range", () => {
    for (const task of allTasks) {
      expect(task.week, task.key).toBeGreaterThanOrEqual(task.phase.startWeek);
      expect(task.week, task.key).toBeLessThanOrEqual(task.phase.endWeek);
      expect(Number.isInteger(task.week), task.key).toBe(true);
    }
  });

  it("lists tasks in week order within each phase", () => {
    for (const { kind } of PHASES) {
      const weeks = ROADMAP_TEMPLATE.phases[kind].tasks.map((t) => t.week);
      expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
    }
  });

  it("uses unique, phase-prefixed keys", () => {
    const keys = allTasks.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const task of allTasks) {
      expect(task.key).toMatch(new RegExp(`^${task.phase.kind}\\.[a-z0-9-]+$`));
    }
    const kpiKeys = ROADMAP_TEMPLATE.kpis.map((k) => k.key);
    expect(new Set(kpiKeys).size).toBe(kpiKeys.length);
  });

  it("has at least 8 tasks and 3–5 exit criteria per phase", () => {
    for (const { kind } of PHASES) {
      const phase = ROADMAP_TEMPLATE.phases[kind];
      expect(phase.tasks.length, kind).toBeGreaterThanOrEqual(8);
      expect(phase.exitCriteria.length, kind).toBeGreaterThanOrEqual(3);
      expect(phase.exitCriteria.length, kind).toBeLessThanOrEqual(5);
    }
  });

  it("fills every string in both languages, without stray whitespace", () => {
    const strings = everyLocalizedString();
    expect(strings.length).toBeGreaterThan(100);
    for (const { where, value } of strings) {
      for (const locale of ["de", "en"] as const) {
        expect(value[locale].trim().length, `${where}.${locale}`).toBeGreaterThan(0);
        expect(value[locale], `${where}.${locale}`).toBe(value[locale].trim());
      }
    }
  });

  it("really translates titles and descriptions instead of copying them", () => {
    for (const task of allTasks) {
      expect(task.title.de, task.key).not.toBe(task.title.en);
      expect(task.description.de, task.key).not.toBe(task.description.en);
    }
  });

  it("writes German in the Sie-form, never the du-form", () => {
    const duForm = /\b(du|dein|deine|deinen|deinem|deiner|dich|dir)\b/i;
    for (const { where, value } of everyLocalizedString()) {
      expect(value.de, where).not.toMatch(duForm);
    }
  });

  it("encodes the method's key steps in the right phase", () => {
    const phaseOf = (key: string) => allTasks.find((t) => t.key === key)?.phase.kind;
    expect(phaseOf("analysis.pick-process")).toBe("analysis");
    expect(phaseOf("analysis.ai-act-screening")).toBe("analysis");
    expect(phaseOf("analysis.processing-agreement")).toBe("analysis");
    expect(phaseOf("pilot.name-oversight-owner")).toBe("pilot");
    expect(phaseOf("pilot.approval-step")).toBe("pilot");
    expect(phaseOf("scale.ai-literacy")).toBe("scale");
    expect(phaseOf("scale.scaling-roadmap")).toBe("scale");
    // Goals come before tools, tools before data.
    const week = (key: string) => allTasks.find((t) => t.key === key)?.week ?? Number.NaN;
    expect(week("analysis.set-goals")).toBeLessThanOrEqual(week("analysis.choose-tools"));
    expect(week("analysis.choose-tools")).toBeLessThanOrEqual(week("analysis.check-data"));
  });

  it("suggests KPIs for every category the method measures, pointing the right way", () => {
    const categories = new Set(ROADMAP_TEMPLATE.kpis.map((k) => k.category));
    for (const c of ["efficiency", "cost", "quality", "satisfaction"] as const) {
      expect(categories.has(c), c).toBe(true);
    }
    for (const kpi of ROADMAP_TEMPLATE.kpis) {
      expect(isKpiDirectionConsistent(kpi), kpi.key).toBe(true);
      expect(kpi.target, kpi.key).not.toBe(kpi.baseline);
    }
  });
});

describe("localized views", () => {
  it("templateTasksFor flattens in plan order with the chosen language", () => {
    const de = templateTasksFor("de");
    const en = templateTasksFor("en");
    expect(de).toHaveLength(allTasks.length);
    expect(de.map((t) => t.key)).toEqual(en.map((t) => t.key));
    expect(de[0]).toMatchObject({
      key: "analysis.kickoff",
      phase: "analysis",
      week: 1,
      title: "Kick-off: Projektleitung und Rahmen festlegen",
    });
    expect(en[0]?.title).toBe("Kick-off: name the project lead and agree the scope");
    expect(de.map((t) => t.phase)).toEqual(allTasks.map((t) => t.phase.kind));
  });

  it("planTemplateTasks puts each default due date inside the task's phase", () => {
    for (const start of ["2026-01-31", "2028-02-29", "2026-10-19"]) {
      for (const task of planTemplateTasks(start, "de")) {
        expect(isDueDateInPhase(templateSpan(start), task.phase, task.dueDate), task.key).toBe(
          true,
        );
      }
    }
    const pick = planTemplateTasks("2026-03-23", "en").find(
      (t) => t.key === "analysis.pick-process",
    );
    expect(pick?.dueDate).toBe("2026-04-03"); // week 2 ends Sunday 04-05 → Friday
  });

  it("templatePhasesFor and templateKpisFor pick one language", () => {
    const phases = templatePhasesFor("en");
    expect(phases.map((p) => p.phase)).toEqual(["analysis", "pilot", "scale"]);
    expect(phases[2]?.exitCriteria).toContain(
      "Management has approved the scaling roadmap with KPIs, budget and owners.",
    );
    const kpis = templateKpisFor("de");
    expect(kpis.find((k) => k.key === "error-rate")).toMatchObject({
      name: "Fehlerquote",
      unit: "%",
      direction: "lower_is_better",
    });
  });
});
