import { describe, expect, it } from "vitest";
import { UpdateUseCaseSchema, UseCaseFormSchema, UseCaseListQuerySchema } from "./schema";

const valid = {
  title: "  Angebotsentwürfe ",
  area: "sales",
  description: "",
  hoursSavedPerWeek: "2,5",
  hourlyCostCents: "45,50",
  extraRevenueCents: "90000",
  errorReductionPct: "",
  ratingValue: "4",
  ratingDataQuality: "2",
  ratingDataProtection: "2",
  ratingTeamReadiness: "3",
  ratingEffort: "4",
  roadmapId: "",
  ownerId: "",
};

describe("use-case form", () => {
  it("reads decimal commas and points, euros into cents, empty numbers as 0", () => {
    const parsed = UseCaseFormSchema.parse({ ...valid, hourlyCostCents: "45.50" });
    expect(parsed).toMatchObject({
      title: "Angebotsentwürfe",
      hoursSavedPerWeek: 2.5,
      hourlyCostCents: 4550,
      extraRevenueCents: 9_000_000,
      errorReductionPct: 0,
      ratingValue: 4,
      roadmapId: null,
      ownerId: null,
    });
    expect(UseCaseFormSchema.parse(valid).hourlyCostCents).toBe(4550);
    // The shared money field: grouped amounts in either language's notation.
    expect(UseCaseFormSchema.parse({ ...valid, hourlyCostCents: "1.234,50" }).hourlyCostCents).toBe(
      123_450,
    );
  });

  it.each([
    ["ratingValue", "6", "useCases.validation.rating"],
    ["ratingEffort", "2.5", "useCases.validation.rating"],
    ["hourlyCostCents", "12,3,4", "validation.money"],
    ["hourlyCostCents", "-5", "validation.notNegative"],
    ["hourlyCostCents", "10.000,01", "validation.moneyMax"],
    ["extraRevenueCents", "25000000", "validation.moneyMax"],
    ["hoursSavedPerWeek", "200", "useCases.validation.hours"],
    ["hoursSavedPerWeek", "2,555", "useCases.validation.hours"],
    ["errorReductionPct", "120", "validation.percent"],
    ["area", "finance", "useCases.validation.area"],
    ["roadmapId", "../etc", "useCases.validation.roadmap"],
  ])("rejects %s = %s with a precise message", (field, value, message) => {
    const result = UseCaseFormSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("needs a version to save an edit", () => {
    expect(UpdateUseCaseSchema.safeParse(valid).success).toBe(false);
    expect(UpdateUseCaseSchema.parse({ ...valid, version: "3" }).version).toBe(3);
  });

  it("falls back to the default list for unknown filter values", () => {
    expect(UseCaseListQuerySchema.parse({ archived: "yes", status: "<x>" })).toEqual({
      archived: false,
      status: "all",
    });
  });
});

describe("edit form values", () => {
  it("show amounts in euros with the user's decimal separator and parse back unchanged", async () => {
    const { formValuesForUseCase } = await import("./form-values");
    const stored = {
      title: "Angebote",
      area: "sales",
      description: "",
      hoursSavedPerWeek: 2.5,
      hourlyCostCents: 4550,
      extraRevenueCents: 123_456_700,
      errorReductionPct: 12.5,
      ratings: { value: 4, dataQuality: 2, dataProtectionRisk: 2, teamReadiness: 3, effort: 4 },
      roadmapId: null,
      ownerId: null,
    };
    const de = formValuesForUseCase(stored, "de");
    expect(de).toMatchObject({
      hoursSavedPerWeek: "2,5",
      hourlyCostCents: "45,5",
      extraRevenueCents: "1234567",
      ratingEffort: "4",
    });
    const parsed = UseCaseFormSchema.parse(de);
    expect(parsed).toMatchObject({
      hoursSavedPerWeek: 2.5,
      hourlyCostCents: 4550,
      extraRevenueCents: 123_456_700,
      errorReductionPct: 12.5,
    });
    expect(formValuesForUseCase(stored, "en").hourlyCostCents).toBe("45.5");
  });
});
