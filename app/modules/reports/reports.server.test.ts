import { describe, expect, it } from "vitest";
import { hashToken } from "~/lib/crypto.server";
import { db, getRoundTrips } from "~/lib/db.server";
import {
  addMember,
  createOrgWithMember,
  createOrgWithRoadmap,
  createTemplateRoadmap,
} from "~/test/factories";
import { listRegister } from "../assessments/register.server";
import { isoToUtcDate } from "../calendar/dates";
import { getDashboard } from "../dashboards/dashboard.server";
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

  it("reads in 4 round trips on a miss and 2 on a hit (5 and 3 with the session's), with the register's, learnings' and budget's figures", async () => {
    const { org, user, actor, roadmap } = await createOrgWithRoadmap({ title: "Pilot Vertrieb" });
    const orgId = org.id;
    const day = (iso: string) => isoToUtcDate(iso);
    // Another open roadmap (to switch to), KPIs with measurements, learnings, budget lines.
    const next = await createTemplateRoadmap(actor, {
      title: "Rollout",
      startDate: "2026-06-01",
    });
    for (const name of ["Antwortzeit", "Angebote", "Fehlerquote"]) {
      const kpi = await db.kpi.create({
        data: {
          orgId,
          roadmapId: roadmap.id,
          name,
          category: "efficiency",
          direction: "lower_is_better",
          baseline: 20,
          target: 10,
          baselineDate: day("2026-03-02"),
          targetDate: day("2026-05-30"),
        },
      });
      await db.kpiMeasurement.createMany({
        data: [18, 16, 15, 13].map((value, i) => ({
          orgId,
          kpiId: kpi.id,
          value,
          date: day(`2026-03-0${2 + i * 2}`),
        })),
      });
    }
    const phases = [roadmap.phaseIds.scale, roadmap.phaseIds.analysis, roadmap.phaseIds.pilot];
    for (const [i, phaseId] of phases.entries()) {
      await db.learning.create({
        data: {
          orgId,
          roadmapId: roadmap.id,
          phaseId,
          kind: i === 1 ? "went_well" : "to_change",
          text: `Erkenntnis ${i}`,
          authorId: user.id,
          createdAt: new Date(Date.UTC(2026, 2, 10 - i)),
        },
      });
      await db.budgetLine.create({
        data: {
          orgId,
          roadmapId: roadmap.id,
          phaseId,
          label: `Posten ${i}`,
          plannedCents: 100_000 * (i + 1),
          actualCents: 10_000 * (i + 1),
        },
      });
    }
    await db.learning.create({
      data: {
        orgId,
        roadmapId: next.id,
        phaseId: (await db.phase.findFirstOrThrow({ where: { roadmapId: next.id } })).id,
        kind: "to_change",
        text: "Gehört zum anderen Fahrplan",
      },
    });
    // Use cases with the records the register's evidence reads: a team, reviews (one with
    // an open high-severity incident), trainings, data sources with checks; and an
    // archived one, which the report leaves out.
    const colleague = await addMember(orgId, "member", "Kollegin");
    const training = await db.training.create({
      data: { orgId, title: "Grundlagen", topic: "basics", format: "workshop" },
      select: { id: true },
    });
    await db.trainingCompletion.create({
      data: { orgId, trainingId: training.id, userId: user.id, completedOn: day("2026-03-01") },
    });
    const useCaseIds: string[] = [];
    // Created against the order of their titles, which the register and report list them by.
    for (const [i, title] of ["Chat-Antworten", "Belege prüfen", "Angebote schreiben"].entries()) {
      const useCase = await db.useCase.create({
        data: {
          orgId,
          roadmapId: roadmap.id,
          ownerId: user.id,
          title,
          status: i === 1 ? "selected" : "piloting",
          hoursSavedPerWeek: 4,
          hourlyCostCents: 6000,
        },
        select: { id: true },
      });
      useCaseIds.push(useCase.id);
      await db.useCaseMember.create({
        data: { orgId, useCaseId: useCase.id, userId: colleague.id },
      });
      await db.oversightReview.createMany({
        data: ["2026-03-12", "2026-03-18"].map((date, r) => ({
          orgId,
          useCaseId: useCase.id,
          date: day(date),
          reviewedCount: 10 + i,
          approvedCount: 8,
          correctedCount: 1 + i,
          rejectedCount: 0,
          hasIncident: r === 1 && i !== 1,
          incidentSeverity: r === 1 && i !== 1 ? ("high" as const) : null,
        })),
      });
      for (const name of ["CRM", "Postfach"]) {
        const source = await db.dataSource.create({
          data: { orgId, useCaseId: useCase.id, name, kind: "customer", personalData: "ordinary" },
          select: { id: true },
        });
        await db.dataSourceCheck.create({
          data: {
            orgId,
            dataSourceId: source.id,
            aspect: "accuracy",
            checkedOn: day("2026-03-05"),
          },
        });
      }
    }
    await db.useCase.create({
      data: { orgId, title: "Alt", archivedAt: new Date(), ownerId: user.id },
    });

    const today = "2026-03-20" as const;
    const { dataVersion } = await db.organisation.findUniqueOrThrow({
      where: { id: orgId },
      select: { dataVersion: true },
    });
    const args = { orgId, roadmapId: roadmap.id, today, dataVersion };
    let before = getRoundTrips();
    const report = (await getLeadershipReport(args))!;
    expect(getRoundTrips() - before).toBe(4);
    before = getRoundTrips();
    expect(await getLeadershipReport(args)).toEqual(report);
    expect(getRoundTrips() - before).toBe(2);

    // The dashboard's figures, the register's rows (live ones), the roadmap's learnings
    // (oldest first) and budget lines (by phase, then as created).
    const { kpis: _cards, ...figures } = (await getDashboard({
      orgId,
      roadmapId: roadmap.id,
      today,
    }))!;
    expect(report).toMatchObject(figures);
    expect(report.otherRoadmaps.map((r) => r.title)).toEqual(["Rollout"]);
    expect(report.useCaseCount).toBe(3);
    expect(report.openIncidents.map((i) => i.useCaseTitle)).toEqual([
      "Angebote schreiben",
      "Chat-Antworten",
    ]);
    expect(report.value.useCases.map((u) => u.title)).toEqual([
      "Angebote schreiben",
      "Chat-Antworten",
    ]);
    expect(report.kpis.map((k) => k.name)).toEqual(["Antwortzeit", "Angebote", "Fehlerquote"]);
    expect(report.kpis.every((k) => fromWireSeries(k.series!).actual.length === 4)).toBe(true);
    const register = await listRegister({ orgId, today });
    expect(register.map((r) => r.title)).toEqual([
      "Angebote schreiben",
      "Belege prüfen",
      "Chat-Antworten",
      "Alt",
    ]);
    expect(report.register).toEqual(register.slice(0, 3));
    expect(report.register[0]!.evidence.oversight).toEqual({
      reviewsLast30Days: 2,
      outputsReviewedLast30Days: 24,
      correctionRateLast30Days: 25,
      lastIncident: { date: "2026-03-18", severity: "high" },
      openHighIncidents: 1,
    });
    expect(report.register[1]!.evidence).toEqual({
      oversight: {
        reviewsLast30Days: 2,
        outputsReviewedLast30Days: 22,
        correctionRateLast30Days: 18.2,
        lastIncident: null,
        openHighIncidents: 0,
      },
      literacy: { trained: 1, teamSize: 2, missing: ["Kollegin"] },
      data: expect.objectContaining({ sources: 2, fullyChecked: 0, state: "checks_open" }),
    });
    expect(report.learnings.map((l) => [l.text, l.phase, l.kind, l.createdOn])).toEqual([
      ["Erkenntnis 2", "pilot", "to_change", "2026-03-08"],
      ["Erkenntnis 1", "analysis", "went_well", "2026-03-09"],
      ["Erkenntnis 0", "scale", "to_change", "2026-03-10"],
    ]);
    expect(
      report.budgetLines.map((b) => [b.label, b.phase, b.plannedCents, b.actualCents]),
    ).toEqual([
      ["Posten 1", "analysis", 200_000, 20_000],
      ["Posten 2", "pilot", 300_000, 30_000],
      ["Posten 0", "scale", 100_000, 10_000],
    ]);
  });
});
