import { describe, expect, it } from "vitest";
import { db, getRoundTrips } from "~/lib/db.server";
import { createOrgWithMember, createOrgWithRoadmap, createUser } from "~/test/factories";
import { createRoadmapFromTemplate } from "../roadmaps/create.server";
import { parseAuditFilter } from "./log";
import { listAuditEvents, listAuditEventsForExport, listAuditPeople } from "./log.server";
import { NAMED_KINDS } from "./queries.server";

async function setup() {
  const { org, user: owner } = await createOrgWithMember("owner");
  const member = await createUser({ name: "Aylin Demir" });
  await db.membership.create({ data: { orgId: org.id, userId: member.id, role: "member" } });
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));
  const event = (actorId: string, entity: string, minute: number, title: string) => ({
    orgId: org.id,
    actorId,
    entity,
    entityId: `${entity}-${minute}`,
    action: "update",
    before: { title: `${title} (alt)` },
    after: { title },
    createdAt: at(minute),
  });
  await db.auditEvent.createMany({
    data: [
      event(owner.id, "task", 1, "Aufgabe A"),
      event(member.id, "task", 2, "Aufgabe B"),
      event(owner.id, "kpi", 3, "Bearbeitungszeit"),
      event(member.id, "kpi_measurement", 4, "Messwert"),
      // Two events in the same millisecond: the id breaks the tie, none is lost between pages.
      event(owner.id, "task", 5, "Aufgabe C"),
      event(owner.id, "task", 5, "Aufgabe D"),
    ],
  });
  return { org, owner, member };
}

const all = (orgId: string, userId: string) => ({ orgId, userId, readsAll: true });

describe("listAuditEvents", () => {
  it("pages newest first by keyset without losing or repeating an entry", async () => {
    const { org, owner } = await setup();
    const seen: string[] = [];
    let query = "";
    for (let guard = 0; guard < 10; guard++) {
      const page = await listAuditEvents(
        all(org.id, owner.id),
        parseAuditFilter(new URLSearchParams(query)),
        2,
      );
      seen.push(...page.events.map((e) => e.record ?? ""));
      if (!page.nextCursor) break;
      query = `cursor=${page.nextCursor}`;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(seen.slice(2)).toEqual(["Messwert", "Bearbeitungszeit", "Aufgabe B", "Aufgabe A"]);
  });

  it("filters by person, kind of record and period", async () => {
    const { org, owner, member } = await setup();
    const list = async (query: string) =>
      (
        await listAuditEvents(all(org.id, owner.id), parseAuditFilter(new URLSearchParams(query)))
      ).events.map((e) => e.record);
    expect(await list(`person=${member.id}`)).toEqual(["Messwert", "Aufgabe B"]);
    expect(await list("kind=kpi")).toEqual(["Bearbeitungszeit"]);
    expect(await list("from=2026-03-03")).toEqual([]);
    expect((await list("from=2026-03-02&to=2026-03-02")).length).toBe(6);
  });

  it("shows a member only their own entries, whatever the person filter says", async () => {
    const { org, owner, member } = await setup();
    const page = await listAuditEvents(
      { orgId: org.id, userId: member.id, readsAll: false },
      parseAuditFilter(new URLSearchParams(`person=${owner.id}`)),
    );
    expect(page.events.map((e) => e.record)).toEqual(["Messwert", "Aufgabe B"]);
  });

  it("never shows another organisation's entries", async () => {
    const { org, owner } = await setup();
    const other = await setup();
    const page = await listAuditEvents(
      all(org.id, owner.id),
      parseAuditFilter(new URLSearchParams()),
    );
    expect(page.events).toHaveLength(6);
    const foreign = await listAuditEvents(
      all(org.id, owner.id),
      parseAuditFilter(new URLSearchParams(`person=${other.owner.id}`)),
    );
    expect(foreign.events).toEqual([]);
  });

  it("says in plain fields what changed", async () => {
    const { org, owner } = await setup();
    const page = await listAuditEvents(
      all(org.id, owner.id),
      parseAuditFilter(new URLSearchParams("kind=kpi")),
    );
    expect(page.events[0]!.changes).toEqual([
      { field: "title", from: "Bearbeitungszeit (alt)", to: "Bearbeitungszeit" },
    ]);
    expect(page.events[0]!.actor?.id).toBe(owner.id);
  });

  it("names a record by its current name when the event's snapshots do not", async () => {
    const { org, owner } = await setup();
    const other = await setup();
    const roadmap = await db.$transaction((tx) =>
      createRoadmapFromTemplate(tx, {
        orgId: org.id,
        actorId: owner.id,
        title: "Fahrplan",
        startDate: "2026-03-02",
        locale: "de",
      }),
    );
    const task = await db.task.findFirstOrThrow({ where: { roadmapId: roadmap.id } });
    const foreignTask = await db.$transaction((tx) =>
      createRoadmapFromTemplate(tx, {
        orgId: other.org.id,
        actorId: other.owner.id,
        title: "Fremd",
        startDate: "2026-03-02",
        locale: "de",
      }),
    );
    const foreign = await db.task.findFirstOrThrow({ where: { roadmapId: foreignTask.id } });
    await db.auditEvent.createMany({
      data: [
        {
          orgId: org.id,
          actorId: owner.id,
          entity: "task",
          entityId: task.id,
          action: "complete",
          after: { status: "done" },
          createdAt: new Date("2030-01-01T00:00:00Z"),
        },
        // An event pointing at another organisation's task never reveals its title.
        {
          orgId: org.id,
          actorId: owner.id,
          entity: "task",
          entityId: foreign.id,
          action: "complete",
          after: { status: "done" },
          createdAt: new Date("2030-01-01T00:00:01Z"),
        },
      ],
    });
    const page = await listAuditEvents(
      all(org.id, owner.id),
      parseAuditFilter(new URLSearchParams("from=2029-12-31")),
    );
    expect(page.events.map((e) => e.record)).toEqual([null, task.title]);
  });
});

describe("listAuditEventsForExport", () => {
  it("returns every matching entry across pages", async () => {
    const { org, owner } = await setup();
    const { events, truncated } = await listAuditEventsForExport(
      all(org.id, owner.id),
      parseAuditFilter(new URLSearchParams("kind=task")),
    );
    expect(new Set(events.slice(0, 2).map((e) => e.record))).toEqual(
      new Set(["Aufgabe C", "Aufgabe D"]),
    );
    expect(events.slice(2).map((e) => e.record)).toEqual(["Aufgabe B", "Aufgabe A"]);
    expect(events).toHaveLength(4);
    expect(truncated).toBe(false);
  });
});

describe("tasks created in bulk", () => {
  it("get a create event each, like a task created by hand", async () => {
    const { org, user: owner } = await createOrgWithMember("owner");
    const roadmap = await db.$transaction((tx) =>
      createRoadmapFromTemplate(tx, {
        orgId: org.id,
        actorId: owner.id,
        title: "Erster Fahrplan",
        startDate: "2026-03-02",
        locale: "de",
      }),
    );
    const tasks = await db.task.findMany({ where: { orgId: org.id, roadmapId: roadmap.id } });
    const events = await db.auditEvent.findMany({
      where: { orgId: org.id, entity: "task", action: "create" },
    });
    expect(events).toHaveLength(tasks.length);
    expect(new Set(events.map((e) => e.entityId))).toEqual(new Set(tasks.map((t) => t.id)));
    const first = tasks[0]!;
    const event = events.find((e) => e.entityId === first.id)!;
    expect(event.actorId).toBe(owner.id);
    expect(event.after).toMatchObject({ title: first.title, status: "todo" });
  });
});

/**
 * An organisation with one record of every kind the log names by its current name, and
 * for each of them two events whose snapshots name nothing (ticking off, say); their
 * titles are the kind's name ("task: Aufgabe" …). Besides: an event through an API
 * token, one of the system's (no actor), and one whose snapshot is a list.
 */
async function everyKind() {
  const { org, user, actor, roadmap } = await createOrgWithRoadmap({ title: "roadmap: Fahrplan" });
  const orgId = org.id;
  const phaseId = roadmap.phaseIds.analysis;
  const task = await db.task.findFirstOrThrow({ where: { roadmapId: roadmap.id } });
  await db.task.update({ where: { id: task.id }, data: { title: "task: Aufgabe" } });
  const useCase = await db.useCase.create({ data: { orgId, title: "use_case: Anwendungsfall" } });
  const assessment = await db.assessment.create({
    data: { orgId, useCaseId: useCase.id, answers: {}, rulesetVersion: "1" },
  });
  const kpi = await db.kpi.create({
    data: {
      orgId,
      roadmapId: roadmap.id,
      name: "kpi: Kennzahl",
      category: "efficiency",
      direction: "higher_is_better",
      baseline: 1,
      target: 2,
      baselineDate: new Date("2026-03-02T00:00:00Z"),
      targetDate: new Date("2026-05-31T00:00:00Z"),
    },
  });
  const measurement = await db.kpiMeasurement.create({
    data: { orgId, kpiId: kpi.id, value: 1.5, date: new Date("2026-03-10T00:00:00Z") },
  });
  const colleague = await createUser({ name: "Mitglied: Kollegin" });
  const membership = await db.membership.create({
    data: { orgId, userId: colleague.id, role: "member" },
  });
  const budgetLine = await db.budgetLine.create({
    data: { orgId, roadmapId: roadmap.id, phaseId, label: "budget_line: Workshops" },
  });
  const criterion = await db.exitCriterion.create({
    data: { orgId, phaseId, text: "exit_criterion: Kriterium", position: 99 },
  });
  const training = await db.training.create({
    data: { orgId, title: "training: Schulung", topic: "basics", format: "workshop" },
  });
  const source = await db.dataSource.create({
    data: {
      orgId,
      useCaseId: useCase.id,
      name: "data_source: CRM",
      kind: "customer",
      personalData: "none",
    },
  });
  const review = await db.oversightReview.create({
    data: {
      orgId,
      useCaseId: useCase.id,
      date: new Date("2026-03-10T00:00:00Z"),
      reviewedCount: 10,
      approvedCount: 9,
      correctedCount: 1,
      rejectedCount: 0,
    },
  });
  // The record each kind's events point at, and the name the log should give it.
  const records: Record<string, { id: string; name: string }> = {
    task: { id: task.id, name: "task: Aufgabe" },
    roadmap: { id: roadmap.id, name: "roadmap: Fahrplan" },
    use_case: { id: useCase.id, name: "use_case: Anwendungsfall" },
    assessment: { id: assessment.id, name: "use_case: Anwendungsfall" },
    kpi: { id: kpi.id, name: "kpi: Kennzahl" },
    kpi_measurement: { id: measurement.id, name: "kpi: Kennzahl" },
    membership: { id: membership.id, name: "Mitglied: Kollegin" },
    budget_line: { id: budgetLine.id, name: "budget_line: Workshops" },
    // A gate is named by its roadmap.
    gate: { id: phaseId, name: "roadmap: Fahrplan" },
    exit_criterion: { id: criterion.id, name: "exit_criterion: Kriterium" },
    training: { id: training.id, name: "training: Schulung" },
    data_source: { id: source.id, name: "data_source: CRM" },
    oversight_review: { id: review.id, name: "use_case: Anwendungsfall" },
  };
  const token = await db.apiToken.create({
    data: {
      orgId,
      name: "ERP-Anbindung",
      scope: "read_write",
      tokenHash: `hash-${orgId}`,
      prefix: "fpat_test",
      createdById: user.id,
    },
  });
  let minute = 0;
  const at = () => new Date(Date.UTC(2027, 0, 4, 8, minute++));
  await db.auditEvent.createMany({
    data: [
      ...Object.entries(records).flatMap(([entity, record]) =>
        [1, 2].map(() => ({
          orgId,
          actorId: user.id,
          entity,
          entityId: record.id,
          action: "update",
          after: { status: "done" },
          createdAt: at(),
        })),
      ),
      {
        orgId,
        actorId: user.id,
        entity: "task",
        entityId: task.id,
        action: "update",
        after: { title: "Über die API" },
        apiTokenId: token.id,
        createdAt: at(),
      },
      {
        orgId,
        actorId: null,
        entity: "roadmap",
        entityId: roadmap.id,
        action: "archive",
        after: { status: "archived" },
        createdAt: at(),
      },
      {
        orgId,
        actorId: user.id,
        entity: "training",
        entityId: training.id,
        action: "assign",
        after: ["a", "b"],
        createdAt: at(),
      },
    ],
  });
  return { org, user, actor, records, token, colleague };
}

describe("the audit log's statements", () => {
  it("names every kind of record by its current name, and only the organisation's", async () => {
    const mine = await everyKind();
    const theirs = await everyKind();
    expect(Object.keys(mine.records).sort()).toEqual([...NAMED_KINDS].sort());
    // Their events point at my records: they never learn my records' names.
    await db.auditEvent.createMany({
      data: Object.entries(mine.records).map(([entity, record]) => ({
        orgId: theirs.org.id,
        actorId: theirs.user.id,
        entity,
        entityId: record.id,
        action: "update",
        after: { status: "done" },
        createdAt: new Date("2027-02-01T00:00:00Z"),
      })),
    });

    // The events of everyKind (creating the roadmap made some of its own, before).
    const { events } = await listAuditEvents(
      all(mine.org.id, mine.user.id),
      parseAuditFilter(new URLSearchParams("from=2027-01-04&to=2027-01-04")),
    );
    expect(events).toHaveLength(29);
    const named = events.filter((e) => e.action === "update" && e.apiToken === null);
    expect(named).toHaveLength(26);
    for (const event of named) {
      expect(event.record, event.entity).toBe(mine.records[event.entity]!.name);
      expect(event.actor).toEqual({
        id: mine.user.id,
        name: mine.user.name,
        email: mine.user.email,
      });
    }
    const [assigned, archived, viaApi] = events;
    expect(viaApi).toMatchObject({ record: "Über die API", apiToken: "ERP-Anbindung" });
    expect(archived).toMatchObject({ actor: null, record: "roadmap: Fahrplan", apiToken: null });
    expect(assigned).toMatchObject({ after: ["a", "b"], before: null, changes: [] });
    expect(assigned!.record).toBe("training: Schulung");

    const foreign = await listAuditEvents(
      all(theirs.org.id, theirs.user.id),
      parseAuditFilter(new URLSearchParams("from=2027-02-01")),
    );
    expect(foreign.events).toHaveLength(13);
    expect(foreign.events.map((e) => e.record)).toEqual(Array(13).fill(null));
  });

  it("reads a page of the log in two statements, with filters, cursor and every kind", async () => {
    const { org, user, colleague } = await everyKind();
    await everyKind();
    const reader = all(org.id, user.id);
    const count = async (query: string) => {
      const before = getRoundTrips();
      // What the page's loader reads (the session lookup is one more: 3 of 5).
      const [page] = await Promise.all([
        listAuditEvents(reader, parseAuditFilter(new URLSearchParams(query)), 10),
        listAuditPeople(org.id),
      ]);
      return { statements: getRoundTrips() - before, page };
    };
    const first = await count("");
    expect(first.statements).toBe(2);
    expect(new Set(first.page.events.map((e) => e.entity)).size).toBeGreaterThan(3);
    const second = await count(`cursor=${first.page.nextCursor}`);
    expect(second.statements).toBe(2);
    expect(second.page.events).toHaveLength(10);
    expect(second.page.events[0]!.at < first.page.events.at(-1)!.at).toBe(true);
    for (const query of [
      "kind=task",
      `person=${user.id}`,
      "from=2027-01-04&to=2027-01-04",
      `person=${user.id}&kind=kpi_measurement&from=2027-01-01&cursor=${first.page.nextCursor}`,
    ]) {
      const { statements, page } = await count(query);
      expect(statements, query).toBe(2);
      expect(page.events.length, query).toBeGreaterThan(0);
    }
    expect((await count(`person=${colleague.id}`)).page.events).toEqual([]);

    // The people: the organisation's members by name.
    const people = await listAuditPeople(org.id);
    expect(people.map((p) => p.name)).toEqual([user.name, colleague.name].sort());
  });

  it("exports the snapshots as stored, a page of a thousand in one statement", async () => {
    const { org, user } = await everyKind();
    const before = getRoundTrips();
    const { events, truncated } = await listAuditEventsForExport(
      all(org.id, user.id),
      parseAuditFilter(new URLSearchParams("kind=training")),
    );
    expect(getRoundTrips() - before).toBe(1);
    expect(truncated).toBe(false);
    expect(events.map((e) => e.after)).toEqual([
      ["a", "b"],
      { status: "done" },
      { status: "done" },
    ]);
  });
});
