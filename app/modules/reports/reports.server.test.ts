import { describe, expect, it } from "vitest";
import { hashToken } from "~/lib/crypto.server";
import { db } from "~/lib/db.server";
import { createOrgWithMember, createOrgWithRoadmap } from "~/test/factories";
import { isoToUtcDate } from "../calendar/dates";
import { fromWireSeries } from "../kpis/series-wire";
import {
  createCalendarFeed,
  getCalendarFeed,
  hasCalendarFeed,
  revokeCalendarFeed,
} from "./calendar.server";
import { getMeasurementsCsv, getTasksCsv } from "./exports.server";
import { readIcsEvents } from "./ics";
import { getLeadershipReport } from "./report.server";

describe("calendar feed", () => {
  it("stores only the hash, serves open tasks and gates, and stops when revoked", async () => {
    const { org, user, roadmap } = await createOrgWithRoadmap({ title: "Pilot Kundenservice" });
    const token = await createCalendarFeed({ userId: user.id, orgId: org.id });
    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { calendarToken: true },
    });
    expect(stored.calendarToken).toBe(hashToken(token));
    expect(await hasCalendarFeed({ userId: user.id })).toBe(true);

    const done = await db.task.findFirstOrThrow({ where: { roadmapId: roadmap.id } });
    await db.task.update({ where: { id: done.id }, data: { status: "done" } });
    const ics = (await getCalendarFeed({ token, origin: "https://app.example" }))!;
    const events = readIcsEvents(ics);
    const open = await db.task.count({
      where: { roadmapId: roadmap.id, ownerId: user.id, status: { not: "done" } },
    });
    expect(events.filter((e) => e.UID!.startsWith("task-"))).toHaveLength(open);
    expect(events.some((e) => e.UID === `task-${done.id}@fahrplan`)).toBe(false);
    expect(
      events.filter((e) => e.UID!.startsWith("gate-")).map((e) => e["DTSTART;VALUE=DATE"]),
    ).toEqual(expect.arrayContaining(["20260322", "20260426", "20260530"]));
    expect(ics).toContain(`URL:https://app.example/o/${org.slug}/roadmaps/${roadmap.id}`);

    await revokeCalendarFeed({ userId: user.id, orgId: org.id });
    expect(await getCalendarFeed({ token, origin: "https://app.example" })).toBeNull();
    const audit = await db.auditEvent.findMany({
      where: { orgId: org.id, entity: "calendar_feed" },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["create", "revoke"]);
  });

  it("shows nothing of an organisation the person has left", async () => {
    const { org, user } = await createOrgWithRoadmap({ title: "Pilot Kundenservice" });
    const token = await createCalendarFeed({ userId: user.id, orgId: org.id });
    await db.membership.deleteMany({ where: { orgId: org.id, userId: user.id } });
    const events = readIcsEvents((await getCalendarFeed({ token, origin: "https://x" }))!);
    expect(events).toEqual([]);
  });

  it("does not look up malformed or unknown secrets", async () => {
    expect(await getCalendarFeed({ token: "short", origin: "https://x" })).toBeNull();
    expect(await getCalendarFeed({ token: "A".repeat(43), origin: "https://x" })).toBeNull();
  });
});

describe("CSV exports", () => {
  it("exports a roadmap's tasks only for its own organisation", async () => {
    const { org, roadmap } = await createOrgWithRoadmap({ title: "Pilot Kundenservice" });
    const args = { orgId: org.id, roadmapId: roadmap.id, today: "2026-03-20" };
    const csv = await getTasksCsv({ ...args, locale: "de" });
    expect(csv!.fileName).toBe("aufgaben-pilot-kundenservice-2026-03-20.csv");
    const lines = csv!.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "ID;Titel;Phase;Status;Priorität;Verantwortlich;Fällig am;Erledigt am;Überfällig",
    );
    const count = await db.task.count({ where: { roadmapId: roadmap.id } });
    expect(lines).toHaveLength(count + 1);
    expect(lines[1]).toMatch(/;Analyse & Fokus;(Offen|Erledigt);(Niedrig|Mittel|Hoch);/);
    const en = await getTasksCsv({ ...args, locale: "en" });
    expect(en!.fileName).toBe("tasks-pilot-kundenservice-2026-03-20.csv");
    expect(en!.body).toContain("\uFEFFID,Title,Phase,Status,Priority,Owner,Due date,");
    const other = await createOrgWithMember("owner");
    expect(await getTasksCsv({ ...args, orgId: other.org.id, locale: "de" })).toBeNull();
  });

  it("exports measurements with the reader's decimal mark and only this organisation's", async () => {
    const { org, user, roadmap } = await createOrgWithRoadmap({ title: "Pilot Kundenservice" });
    const kpi = await db.kpi.create({
      data: {
        orgId: org.id,
        roadmapId: roadmap.id,
        name: "Umsatz",
        category: "revenue",
        unit: "€",
        direction: "higher_is_better",
        baseline: 1000.5,
        target: 25000,
        baselineDate: isoToUtcDate("2026-03-02"),
        targetDate: isoToUtcDate("2026-05-30"),
      },
    });
    await db.kpiMeasurement.create({
      data: {
        orgId: org.id,
        kpiId: kpi.id,
        value: 12345.67,
        date: isoToUtcDate("2026-03-09"),
        recordedById: user.id,
      },
    });
    const other = await createOrgWithMember("owner");
    const args = { orgId: org.id, orgSlug: org.slug, today: "2026-03-10" };
    const csv = await getMeasurementsCsv({ ...args, locale: "de" });
    const [header, row] = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(header!.split(";")).toContain("Wert");
    expect(row).toContain(";Umsatz;Umsatz;€;Höher ist besser;1000,5;25000;2026-03-02;2026-05-30;");
    expect(row).toContain(";2026-03-09;12345,67;");
    expect(row).toMatch(/;Nein;.*;Eingetragen$/);
    const en = await getMeasurementsCsv({ ...args, locale: "en" });
    expect(en.body).toContain(",Revenue,€,Higher is better,1000.5,25000,2026-03-02,2026-05-30,");
    expect(en.body).toContain(",2026-03-09,12345.67,");
    const empty = await getMeasurementsCsv({
      orgId: other.org.id,
      orgSlug: other.org.slug,
      today: "2026-03-10",
      locale: "de",
    });
    expect(
      empty.body
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n"),
    ).toHaveLength(1);
  });
});

describe("getLeadershipReport", () => {
  it("brings the dashboard figures, KPI series, learnings and budget lines of the roadmap", async () => {
    const { org, user, roadmap } = await createOrgWithRoadmap({ title: "Pilot Kundenservice" });
    await db.learning.create({
      data: {
        orgId: org.id,
        roadmapId: roadmap.id,
        phaseId: roadmap.phaseIds.analysis,
        kind: "went_well",
        text: "Team hat mitgezogen",
        authorId: user.id,
      },
    });
    await db.budgetLine.create({
      data: {
        orgId: org.id,
        roadmapId: roadmap.id,
        phaseId: roadmap.phaseIds.pilot,
        label: "Lizenzen",
        plannedCents: 180_000,
        actualCents: 60_000,
      },
    });
    const kpi = await db.kpi.create({
      data: {
        orgId: org.id,
        roadmapId: roadmap.id,
        name: "Antwortzeit",
        category: "efficiency",
        direction: "lower_is_better",
        baseline: 18,
        target: 9,
        baselineDate: isoToUtcDate("2026-03-02"),
        targetDate: isoToUtcDate("2026-05-30"),
      },
    });
    await db.kpiMeasurement.createMany({
      data: [
        { value: 17.5, date: isoToUtcDate("2026-03-09") },
        { value: 18, date: isoToUtcDate("2026-03-02") },
      ].map((m) => ({ ...m, orgId: org.id, kpiId: kpi.id })),
    });
    const report = (await getLeadershipReport({
      orgId: org.id,
      roadmapId: roadmap.id,
      today: "2026-03-20",
    }))!;
    expect(report.learnings).toEqual([
      expect.objectContaining({ kind: "went_well", phase: "analysis", authorName: user.name }),
    ]);
    expect(report.budgetLines).toEqual([
      expect.objectContaining({ label: "Lizenzen", phase: "pilot", plannedCents: 180_000 }),
    ]);
    expect(report.phases).toHaveLength(3);
    // The series travels packed (one string); unpacked it is the KPI's values by day.
    expect(fromWireSeries(report.kpis[0]!.series!).actual).toEqual([
      { date: "2026-03-02", value: 18 },
      { date: "2026-03-09", value: 17.5 },
    ]);
    expect(report.kpis[0]!.series!.line).toEqual([
      { date: "2026-03-02", value: 18 },
      { date: "2026-05-30", value: 9 },
    ]);
    const other = await createOrgWithMember("owner");
    expect(
      await getLeadershipReport({
        orgId: other.org.id,
        roadmapId: roadmap.id,
        today: "2026-03-20",
      }),
    ).toBeNull();
  });
});
