import { describe, expect, it } from "vitest";
import { CV_SCREENING } from "./assessments.test-helpers";
import { listObligations, OBLIGATION_GROUP_ORDER } from "./obligation-list";
import { assess } from "./rules";

describe("listObligations", () => {
  const result = assess(CV_SCREENING, { asOf: "2026-07-15" });

  it("lists every known obligation once, by group in the page's order", () => {
    const list = listObligations(result, [], "2026-07-15");
    const codes = list.groups.flatMap((g) => g.obligations.map((o) => o.code));
    expect(codes.sort()).toEqual([...result.obligations].sort());
    expect(list.total).toBe(result.obligations.length);
    const order = list.groups.map((g) => OBLIGATION_GROUP_ORDER.indexOf(g.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(list.groups.every((g) => g.obligations.every((o) => o.group === g.group))).toBe(true);
  });

  it("marks what is planned and what applies by the given day", () => {
    const [first, second] = result.obligations;
    const list = listObligations(result, [first!, "not-an-obligation"], "2026-07-15");
    const byCode = new Map(list.groups.flatMap((g) => g.obligations).map((o) => [o.code, o]));
    expect(list.plannedCount).toBe(1);
    expect(byCode.get(first!)?.isPlanned).toBe(true);
    expect(byCode.get(second!)?.isPlanned).toBe(false);
    for (const o of byCode.values()) {
      expect(o.from).toBe(result.obligationAppliesFrom[o.code] ?? o.appliesFrom ?? null);
      expect(o.isInForce).toBe(o.from !== null && o.from <= "2026-07-15");
    }
    const early = listObligations(result, [], "2000-01-01");
    expect(early.groups.flatMap((g) => g.obligations).some((o) => o.isInForce)).toBe(false);
  });

  it("leaves out codes the catalogue no longer knows", () => {
    const stale = { ...result, obligations: ["gone_obligation", ...result.obligations] };
    expect(listObligations(stale as typeof result, [], "2026-07-15").total).toBe(
      result.obligations.length,
    );
  });
});
