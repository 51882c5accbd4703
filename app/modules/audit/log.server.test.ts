import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { createOrgWithMember, createUser } from "~/test/factories";
import { createRoadmapFromTemplate } from "../roadmaps/create.server";
import { parseAuditFilter } from "./log";
import { listAuditEvents, listAuditEventsForExport } from "./log.server";

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
