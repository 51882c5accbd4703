import { describe, expect, it } from "vitest";
import { ROADMAP_TEMPLATE } from "../roadmaps/template";
import { dataBasisWarnings, findDataBasisCriterion, isDataBasisCriterion } from "./gate";
import type { GateUseCase } from "./gate";
import { summariseDataReadiness } from "./readiness";
import type { SourceFacts } from "./readiness";

const ALL = ["completeness", "accuracy", "timeliness", "representativeness"];

function source(checkedAspects: string[]): SourceFacts {
  return {
    id: `s${checkedAspects.length}`,
    name: "Quelle",
    kind: "customer",
    personalData: "ordinary",
    legalBasis: null,
    sentToVendor: false,
    checkedAspects,
  };
}

function useCase(title: string, status: string, sources: SourceFacts[]): GateUseCase {
  return { id: title.toLowerCase(), title, status, readiness: summariseDataReadiness(sources) };
}

describe("isDataBasisCriterion", () => {
  it("finds exactly one data criterion in the analysis template, in both languages", () => {
    const criteria = ROADMAP_TEMPLATE.phases.analysis.exitCriteria;
    expect(criteria.filter((c) => isDataBasisCriterion(c.de))).toHaveLength(1);
    expect(criteria.filter((c) => isDataBasisCriterion(c.en))).toHaveLength(1);
    for (const kind of ["pilot", "scale"] as const) {
      expect(
        ROADMAP_TEMPLATE.phases[kind].exitCriteria.some((c) => isDataBasisCriterion(c.de)),
      ).toBe(false);
    }
  });

  it("knows the earlier wording and criteria added under the name", () => {
    expect(
      isDataBasisCriterion(
        "Datenqualität, Datenschutz und Teambereitschaft sind bewertet, das Werkzeug ist ausgewählt.",
      ),
    ).toBe(true);
    expect(isDataBasisCriterion("  Datenbasis  geprüft (Ticketsystem)")).toBe(true);
    expect(isDataBasisCriterion("Data basis checked")).toBe(true);
    expect(isDataBasisCriterion("Messbare Ziele sind festgelegt.")).toBe(false);
  });

  it("picks the data criterion out of a checklist", () => {
    const list = [
      { id: "1", text: "Ziele" },
      { id: "2", text: "Datenbasis geprüft" },
    ];
    expect(findDataBasisCriterion(list)?.id).toBe("2");
    expect(findDataBasisCriterion([{ id: "1", text: "Ziele" }])).toBeUndefined();
  });
});

describe("dataBasisWarnings", () => {
  it("lists use cases with an unchecked source, and chosen ones without any source", () => {
    const warnings = dataBasisWarnings([
      useCase("Tickets", "piloting", [source(ALL), source(["accuracy"])]),
      useCase("Angebote", "selected", []),
      useCase("Rechnungen", "candidate", []),
      useCase("Lager", "candidate", [source([])]),
      useCase("Fertig", "selected", [source(ALL)]),
      useCase("Verworfen", "rejected", [source([])]),
    ]);
    expect(warnings).toEqual([
      {
        useCaseId: "angebote",
        title: "Angebote",
        reason: "no_sources",
        sources: 0,
        fullyChecked: 0,
        openQuestions: 0,
      },
      {
        useCaseId: "lager",
        title: "Lager",
        reason: "checks_open",
        sources: 1,
        fullyChecked: 0,
        openQuestions: 1,
      },
      {
        useCaseId: "tickets",
        title: "Tickets",
        reason: "checks_open",
        sources: 2,
        fullyChecked: 1,
        openQuestions: 2,
      },
    ]);
  });

  it("is empty when every source is checked", () => {
    expect(dataBasisWarnings([useCase("Tickets", "piloting", [source(ALL)])])).toEqual([]);
  });
});
