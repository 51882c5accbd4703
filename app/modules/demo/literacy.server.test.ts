import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { getLiteracyCoverage, getLiteracyOverview } from "~/modules/literacy/coverage.server";
import { listAssignments } from "~/modules/literacy/plan.server";
import { DEMO_ORG } from "./people";
import { seedDemo } from "./content.server";

describe("the demo organisation's AI literacy register", () => {
  it(
    "shows a partly trained pilot team, an expired training and one open planned task",
    { timeout: 60_000 },
    async () => {
      const today = "2026-11-23";
      await seedDemo(db, today);
      await seedDemo(db, today);
      const org = await db.organisation.findUniqueOrThrow({
        where: { slug: DEMO_ORG.slug },
        select: { id: true },
      });
      expect(await db.training.count({ where: { orgId: org.id } })).toBe(5);
      const pilot = await db.useCase.findFirstOrThrow({
        where: { orgId: org.id, status: "piloting" },
        select: { id: true },
      });
      const coverage = await getLiteracyCoverage({ orgId: org.id, useCaseIds: [pilot.id], today });
      expect(coverage[pilot.id]).toEqual({
        trained: 4,
        teamSize: 6,
        missing: ["Lukas Schmidt", "Tobias Wagner"],
      });
      const overview = await getLiteracyOverview({ orgId: org.id, today });
      const lukas = overview.members.find((m) => m.name === "Lukas Schmidt");
      expect(lukas?.literacy.state).toBe("expired");

      const plan = await listAssignments({ orgId: org.id, today });
      expect(plan.map((p) => [p.person, p.isDone, p.task?.status])).toEqual([
        ["Tobias Wagner", false, "todo"],
        ["Sabine Koch", true, "done"],
      ]);
      const taskEvents = await db.auditEvent.count({
        where: { orgId: org.id, entity: "task", action: "create" },
      });
      expect(taskEvents).toBeGreaterThanOrEqual(2);
    },
  );
});
