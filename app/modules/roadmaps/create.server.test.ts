import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { addMember, createOrgWithMember } from "~/test/factories";
import { utcDateToIso } from "../calendar/dates";
import { createRoadmap } from "./roadmaps.server";
import { CreateRoadmapSchema } from "./schema";

// The first hour (issue 15, item 12): one step gives each phase an owner and starts the
// roadmap with the template's KPIs, the company's own figures typed in place.

const form = (fields: Record<string, string>) =>
  CreateRoadmapSchema.safeParse({
    mode: "template",
    title: "KI-Fahrplan",
    focusArea: "Kundenservice",
    startDate: "2026-03-02",
    locale: "de",
    ...fields,
  });

describe("creating a roadmap with phase owners and template KPIs", () => {
  it("gives each phase's tasks to its owner and creates the ticked KPIs on the plan's line", async () => {
    const { org, user, actor } = await createOrgWithMember("manager");
    const colleague = await addMember(org.id, "member");
    const parsed = form({
      analysisOwnerId: user.id,
      pilotOwnerId: colleague.id,
      scaleOwnerId: user.id,
      "kpi.handling-time": "on",
      "kpi.handling-time.baseline": "14,5",
      "kpi.handling-time.target": "9",
      "kpi.error-rate": "on",
      "kpi.error-rate.baseline": "6",
      "kpi.error-rate.target": "3",
      // Not ticked: its figures are ignored.
      "kpi.cost-per-case.baseline": "18",
      "kpi.cost-per-case.target": "12",
    });
    if (!parsed.success) throw parsed.error;
    const created = await createRoadmap({ ...actor, data: parsed.data });
    if (created.status !== "ok") throw new Error(created.status);

    const tasks = await db.task.findMany({
      where: { roadmapId: created.id },
      select: { ownerId: true, phase: { select: { kind: true } } },
    });
    const ownersOf = (kind: string) =>
      new Set(tasks.filter((t) => t.phase.kind === kind).map((t) => t.ownerId));
    expect(ownersOf("analysis")).toEqual(new Set([user.id]));
    expect(ownersOf("pilot")).toEqual(new Set([colleague.id]));
    expect(ownersOf("scale")).toEqual(new Set([user.id]));

    const kpis = await db.kpi.findMany({
      where: { roadmapId: created.id },
      orderBy: { name: "asc" },
    });
    expect(
      kpis.map((k) => [
        k.name,
        k.baseline,
        k.target,
        k.valueKind,
        k.ownerId,
        utcDateToIso(k.baselineDate),
        utcDateToIso(k.targetDate),
      ]),
    ).toEqual([
      [
        "Bearbeitungszeit pro Anfrage",
        14.5,
        9,
        "non_negative",
        colleague.id,
        "2026-03-02",
        "2026-05-30",
      ],
      ["Fehlerquote", 6, 3, "percent", colleague.id, "2026-03-02", "2026-05-30"],
    ]);
    expect(
      await db.auditEvent.count({ where: { orgId: org.id, entity: "kpi", action: "create" } }),
    ).toBe(2);
  });

  it("names every problem of a ticked KPI at once: missing, out of range, the wrong way", () => {
    const parsed = form({
      focusArea: "",
      "kpi.handling-time": "on",
      "kpi.handling-time.baseline": "",
      "kpi.handling-time.target": "9",
      "kpi.error-rate": "on",
      "kpi.error-rate.baseline": "160",
      "kpi.error-rate.target": "3",
      "kpi.hours-saved": "on",
      "kpi.hours-saved.baseline": "8",
      "kpi.hours-saved.target": "2",
    });
    expect(parsed.success).toBe(false);
    const issues = Object.fromEntries(
      parsed.error!.issues.map((issue) => [String(issue.path[0]), issue.message]),
    );
    expect(issues).toEqual({
      focusArea: "roadmaps.errors.focusRequired",
      "kpi.handling-time.baseline": "validation.required",
      "kpi.error-rate.baseline": "kpis.errors.percentRange",
      "kpi.hours-saved.target": "kpis.errors.targetBelowBaseline",
    });
  });

  it("refuses a viewer or an outsider as a phase owner, creating nothing", async () => {
    const { org, actor } = await createOrgWithMember("manager");
    const viewer = await addMember(org.id, "viewer");
    const parsed = form({ pilotOwnerId: viewer.id });
    if (!parsed.success) throw parsed.error;
    expect(await createRoadmap({ ...actor, data: parsed.data })).toEqual({
      status: "invalid_owner",
    });
    expect(await db.roadmap.count({ where: { orgId: org.id } })).toBe(0);
  });
});
