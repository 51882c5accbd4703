import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { getDataReadiness } from "~/modules/data-sources/data-sources.server";
import { DEMO_ORG } from "./people";
import { seedDemo } from "./content.server";

describe("demo data sources", () => {
  it("gives the pilot use case a checked ticket system and a FAQ with two checks open", async () => {
    await seedDemo(db, "2026-11-23");
    await seedDemo(db, "2026-11-23");
    const org = await db.organisation.findUniqueOrThrow({
      where: { slug: DEMO_ORG.slug },
      select: { id: true },
    });
    const pilot = await db.useCase.findFirstOrThrow({
      where: { orgId: org.id, status: "piloting" },
      select: { id: true },
    });
    const readiness = await getDataReadiness({ orgId: org.id, useCaseIds: [pilot.id] });
    expect(readiness[pilot.id]).toEqual({
      sources: 2,
      fullyChecked: 1,
      openChecks: 2,
      openQuestions: [],
      state: "checks_open",
    });
    const checks = await db.dataSourceCheck.findMany({
      where: { orgId: org.id },
      select: { checkedOn: true },
    });
    // Dated relative to "today", never after it.
    for (const c of checks)
      expect(c.checkedOn.toISOString().slice(0, 10) <= "2026-11-23").toBe(true);
    expect(await db.dataSource.count({ where: { orgId: org.id } })).toBe(2);
  }, 60_000);
});
