import { describe, expect, it } from "vitest";
import { captureStatements, db } from "~/lib/db.server";
import { createOrgWithMember, createUser } from "~/test/factories";
import { createRoadmapFromTemplate } from "../roadmaps/create.server";
import { recordCheck, removeCheck } from "./checks.server";
import { getUseCasePage } from "../use-cases/page.server";
import {
  getDataReadiness,
  getDataSourceForEdit,
  listDataSources,
  listPrefillSources,
} from "./data-sources.server";
import { createDataSource, deleteDataSource, updateDataSource } from "./edit.server";
import { CHECK_ASPECTS } from "./fields";
import { getDataBasisGateWarning } from "./gate.server";
import type { DataSourceInput } from "./schema";

/** The day the use case page is read on (its data readiness does not depend on it). */
const PAGE_TODAY = "2026-11-21";

function input(overrides: Partial<DataSourceInput> = {}): DataSourceInput {
  return {
    name: "Ticketsystem",
    systemOfRecord: "Zammad",
    ownerId: null,
    kind: "customer",
    personalData: "ordinary",
    legalBasis: "b",
    retention: "3 Jahre",
    sentToVendor: true,
    ...overrides,
  };
}

async function setup() {
  const { org, user } = await createOrgWithMember("manager");
  const useCase = await db.useCase.create({
    data: { orgId: org.id, title: "Antwortentwürfe", status: "piloting" },
    select: { id: true },
  });
  const actor = { orgId: org.id, actorId: user.id };
  return { org, user, actor, useCaseId: useCase.id };
}

async function created(
  actor: { orgId: string; actorId: string },
  useCaseId: string,
  overrides: Partial<DataSourceInput> = {},
) {
  const result = await createDataSource({ ...actor, useCaseId, input: input(overrides) });
  if (!result.ok) throw new Error(`create failed: ${result.reason}`);
  return result.id;
}

async function checkAll(actor: { orgId: string; actorId: string }, useCaseId: string, id: string) {
  for (const aspect of CHECK_ASPECTS) {
    await recordCheck({
      ...actor,
      useCaseId,
      dataSourceId: id,
      aspect,
      checkedOn: "2026-11-20",
      note: "",
    });
  }
}

describe("data sources", () => {
  it("creates, lists with the readiness summary, and records the audit event", async () => {
    const { org, user, actor, useCaseId } = await setup();
    const id = await created(actor, useCaseId, { ownerId: user.id });
    const list = await listDataSources({ orgId: org.id, useCaseId });
    expect(list?.sources).toHaveLength(1);
    expect(list?.sources[0]).toMatchObject({
      name: "Ticketsystem",
      ownerName: user.name,
      legalBasis: "b",
      missing: [...CHECK_ASPECTS],
      checks: { completeness: null, accuracy: null, timeliness: null, representativeness: null },
    });
    expect(list?.readiness).toMatchObject({ sources: 1, fullyChecked: 0, state: "checks_open" });
    const audit = await db.auditEvent.findMany({ where: { orgId: org.id, entityId: id } });
    expect(audit.map((a) => [a.entity, a.action])).toEqual([["data_source", "create"]]);
  });

  it("refuses owners outside the organisation and archived use cases", async () => {
    const { org, actor, useCaseId } = await setup();
    const stranger = await createUser();
    expect(
      await createDataSource({ ...actor, useCaseId, input: input({ ownerId: stranger.id }) }),
    ).toEqual({ ok: false, reason: "invalid_owner" });
    await db.useCase.updateMany({ where: { id: useCaseId }, data: { archivedAt: new Date() } });
    expect(await createDataSource({ ...actor, useCaseId, input: input() })).toEqual({
      ok: false,
      reason: "archived",
    });
    expect(await db.dataSource.count({ where: { orgId: org.id } })).toBe(0);
  });

  it("saves an edit once per version and returns the current values to a stale one", async () => {
    const { org, actor, useCaseId } = await setup();
    const id = await created(actor, useCaseId);
    const edit = { ...actor, useCaseId, dataSourceId: id, version: 1 };
    expect(await updateDataSource({ ...edit, input: input({ name: "Tickets 2026" }) })).toEqual({
      ok: true,
      id,
    });
    const stale = await updateDataSource({ ...edit, input: input({ name: "Überschrieben" }) });
    expect(stale).toMatchObject({ ok: false, reason: "stale", current: { name: "Tickets 2026" } });
    const source = await getDataSourceForEdit({ orgId: org.id, useCaseId, dataSourceId: id });
    expect(source?.source).toMatchObject({ name: "Tickets 2026", version: 2 });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { orgId: org.id, entityId: id, action: "update" },
    });
    expect(audit.before).toMatchObject({ name: "Ticketsystem" });
    expect(audit.after).toMatchObject({ name: "Tickets 2026" });
  });

  it("deletes with a version check, its checks with it", async () => {
    const { org, actor, useCaseId } = await setup();
    const id = await created(actor, useCaseId);
    await checkAll(actor, useCaseId, id);
    const ref = { ...actor, useCaseId, dataSourceId: id };
    expect(await deleteDataSource({ ...ref, version: 7 })).toEqual({
      ok: false,
      reason: "stale",
      version: 1,
    });
    expect(await deleteDataSource({ ...ref, version: 1 })).toEqual({
      ok: true,
      name: "Ticketsystem",
    });
    expect(await db.dataSourceCheck.count({ where: { orgId: org.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { orgId: org.id, action: "delete" } })).toBe(1);
  });

  it("records a check per aspect, replaces it when checked again and takes it back", async () => {
    const { org, user, actor, useCaseId } = await setup();
    const id = await created(actor, useCaseId);
    const ref = { ...actor, useCaseId, dataSourceId: id, aspect: "accuracy" as const };
    await recordCheck({ ...ref, checkedOn: "2026-11-01", note: "Stichprobe 50 Tickets" });
    await recordCheck({ ...ref, checkedOn: "2026-11-20", note: "" });
    let list = await listDataSources({ orgId: org.id, useCaseId });
    expect(list?.sources[0]?.checks.accuracy).toEqual({
      checkedOn: "2026-11-20",
      checkedByName: user.name,
      note: "",
    });
    expect(await db.dataSourceCheck.count({ where: { dataSourceId: id } })).toBe(1);
    const events = await db.auditEvent.findMany({
      where: { orgId: org.id, entity: "data_source_check" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["record", "record"]);
    expect(events[1]?.before).toMatchObject({ checkedOn: "2026-11-01" });

    expect(await removeCheck(ref)).toEqual({ ok: true, sourceName: "Ticketsystem" });
    expect(await removeCheck(ref)).toEqual({ ok: true, sourceName: "Ticketsystem" });
    list = await listDataSources({ orgId: org.id, useCaseId });
    expect(list?.sources[0]?.checks.accuracy).toBeNull();
    expect(
      await db.auditEvent.count({ where: { orgId: org.id, entity: "data_source_check" } }),
    ).toBe(3);
  });
});

describe("the data-source pages' reads", () => {
  it("list every source in recorded order with its checks, and find one to edit, one statement each", async () => {
    const { org, user, actor, useCaseId } = await setup();
    const first = await created(actor, useCaseId, { ownerId: user.id });
    const second = await created(actor, useCaseId, { name: "FAQ", kind: "public" });
    const third = await created(actor, useCaseId, { name: "CRM", sentToVendor: true });
    await checkAll(actor, useCaseId, second);
    await recordCheck({
      ...actor,
      useCaseId,
      dataSourceId: third,
      aspect: "timeliness",
      checkedOn: "2026-11-02",
      note: "Export vom Vortag",
    });
    await db.dataSource.update({ where: { id: third }, data: { createdAt: new Date(0) } });

    let list: Awaited<ReturnType<typeof listDataSources>> = null;
    expect(
      await captureStatements(async () => {
        list = await listDataSources({ orgId: org.id, useCaseId });
      }),
    ).toHaveLength(1);
    const { sources, readiness, useCase } = list!;
    expect(useCase).toEqual({
      id: useCaseId,
      title: "Antwortentwürfe",
      status: "piloting",
      isArchived: false,
    });
    expect(sources.map((s) => s.id)).toEqual([third, first, second]);
    expect(sources[0]).toMatchObject({
      name: "CRM",
      sentToVendor: true,
      missing: ["completeness", "accuracy", "representativeness"],
      checks: {
        timeliness: {
          checkedOn: "2026-11-02",
          checkedByName: user.name,
          note: "Export vom Vortag",
        },
        accuracy: null,
      },
    });
    expect(sources[1]).toMatchObject({
      ownerId: user.id,
      ownerName: user.name,
      missing: [...CHECK_ASPECTS],
    });
    expect(sources[2]).toMatchObject({ kind: "public", missing: [] });
    expect(readiness).toMatchObject({ sources: 3, fullyChecked: 1 });

    let found: Awaited<ReturnType<typeof getDataSourceForEdit>> = null;
    expect(
      await captureStatements(async () => {
        found = await getDataSourceForEdit({ orgId: org.id, useCaseId, dataSourceId: first });
      }),
    ).toHaveLength(1);
    expect(found!.source).toMatchObject({ id: first, ownerName: user.name, version: 1 });
    const other = await setup();
    expect(
      await getDataSourceForEdit({
        orgId: org.id,
        useCaseId: other.useCaseId,
        dataSourceId: first,
      }),
    ).toBeNull();
  });
});

describe("data readiness across use cases", () => {
  it("summarises each use case asked for, each id once, with an entry for every id", async () => {
    const { org, actor, useCaseId } = await setup();
    const second = await db.useCase.create({
      data: { orgId: org.id, title: "Angebote" },
      select: { id: true },
    });
    const tickets = await created(actor, useCaseId);
    await checkAll(actor, useCaseId, tickets);
    await created(actor, useCaseId, {
      name: "FAQ",
      kind: "public",
      personalData: "none",
      legalBasis: null,
    });
    await created(actor, second.id, { name: "Bewerbungen", legalBasis: null, sentToVendor: true });

    let readiness: Awaited<ReturnType<typeof getDataReadiness>> = {};
    const statements = await captureStatements(async () => {
      readiness = await getDataReadiness({
        orgId: org.id,
        useCaseIds: [useCaseId, second.id, useCaseId],
      });
    });
    expect(statements).toHaveLength(1);
    expect(readiness[useCaseId]).toMatchObject({ sources: 2, fullyChecked: 1, openChecks: 4 });
    expect(readiness[second.id]?.openQuestions).toEqual([
      expect.objectContaining({ code: "vendor_without_legal_basis", sourceName: "Bewerbungen" }),
    ]);
    expect(await getDataReadiness({ orgId: org.id, useCaseIds: [] })).toEqual({});
  });
});

describe("scoping by organisation", () => {
  it("never counts, shows or changes a source of another organisation", async () => {
    const mine = await setup();
    const theirs = await setup();
    const foreign = await created(theirs.actor, theirs.useCaseId, { personalData: "special" });
    await checkAll(theirs.actor, theirs.useCaseId, foreign);

    // Asking with their use case id from my organisation: no sources, nothing open.
    const readiness = await getDataReadiness({
      orgId: mine.org.id,
      useCaseIds: [mine.useCaseId, theirs.useCaseId],
    });
    expect(readiness[theirs.useCaseId]).toMatchObject({ sources: 0, state: "no_sources" });
    expect(
      await getUseCasePage({
        orgId: mine.org.id,
        useCaseId: theirs.useCaseId,
        today: PAGE_TODAY,
      }),
    ).toBeNull();
    expect(await listDataSources({ orgId: mine.org.id, useCaseId: theirs.useCaseId })).toBeNull();
    expect(await listPrefillSources({ orgId: mine.org.id, useCaseId: theirs.useCaseId })).toEqual(
      [],
    );
    expect(
      await getDataSourceForEdit({
        orgId: mine.org.id,
        useCaseId: theirs.useCaseId,
        dataSourceId: foreign,
      }),
    ).toBeNull();

    // A source of theirs under my use case's URL is not found either.
    const ref = { ...mine.actor, useCaseId: mine.useCaseId, dataSourceId: foreign };
    const crossRef = { ...mine.actor, useCaseId: theirs.useCaseId, dataSourceId: foreign };
    for (const r of [ref, crossRef]) {
      expect(await updateDataSource({ ...r, version: 1, input: input({ name: "x" }) })).toEqual({
        ok: false,
        reason: "not_found",
      });
      expect(await deleteDataSource({ ...r, version: 1 })).toEqual({
        ok: false,
        reason: "not_found",
      });
      expect(
        await recordCheck({ ...r, aspect: "accuracy", checkedOn: "2026-11-21", note: "x" }),
      ).toEqual({ ok: false, reason: "not_found" });
      expect(await removeCheck({ ...r, aspect: "accuracy" })).toEqual({
        ok: false,
        reason: "not_found",
      });
    }
    expect(
      await createDataSource({ ...mine.actor, useCaseId: theirs.useCaseId, input: input() }),
    ).toEqual({ ok: false, reason: "not_found" });

    const after = await db.dataSource.findUniqueOrThrow({
      where: { id: foreign },
      select: { name: true, version: true, _count: { select: { checks: true } } },
    });
    expect(after).toEqual({ name: "Ticketsystem", version: 1, _count: { checks: 4 } });
    expect(await db.auditEvent.count({ where: { orgId: mine.org.id } })).toBe(0);
  });

  it("a foreign check on my source's id never makes it count as checked", async () => {
    const mine = await setup();
    const theirs = await setup();
    const id = await created(mine.actor, mine.useCaseId);
    // A row that should never exist: a check of another organisation pointing at my source.
    await db.dataSourceCheck.create({
      data: {
        orgId: theirs.org.id,
        dataSourceId: id,
        aspect: "completeness",
        checkedOn: new Date("2026-11-20T00:00:00Z"),
      },
    });
    const page = await getUseCasePage({
      orgId: mine.org.id,
      useCaseId: mine.useCaseId,
      today: PAGE_TODAY,
    });
    expect(page!.dataReadiness.openChecks).toBe(4);
    const list = await listDataSources({ orgId: mine.org.id, useCaseId: mine.useCaseId });
    expect(list?.sources[0]?.checks.completeness).toBeNull();
  });
});

describe("the analysis gate's data warning", () => {
  it("lists the roadmap's use cases with unchecked sources and names the data criterion", async () => {
    const { org, user, actor } = await setup();
    const roadmap = await db.$transaction((tx) =>
      createRoadmapFromTemplate(tx, {
        orgId: org.id,
        actorId: user.id,
        title: "Fahrplan",
        startDate: "2026-11-02",
        locale: "de",
      }),
    );
    const [pilot, done, elsewhere] = await Promise.all(
      ["Antwortentwürfe", "Angebote", "Anderer Fahrplan"].map((title, i) =>
        db.useCase.create({
          data: {
            orgId: org.id,
            title,
            status: "selected",
            roadmapId: i < 2 ? roadmap.id : null,
          },
          select: { id: true },
        }),
      ),
    );
    await created(actor, pilot!.id);
    await checkAll(actor, pilot!.id, await created(actor, pilot!.id, { name: "Archiv" }));
    await created(actor, pilot!.id, { name: "Bewerbungen", personalData: "special" });
    await checkAll(actor, done!.id, await created(actor, done!.id));
    await created(actor, elsewhere!.id);
    // Chosen without a source: a warning; a candidate without one, or a rejected use
    // case with unchecked sources: none.
    const [bare, , rejected] = await Promise.all(
      (["selected", "candidate", "rejected"] as const).map((status) =>
        db.useCase.create({
          data: { orgId: org.id, title: `Z ${status}`, status, roadmapId: roadmap.id },
          select: { id: true },
        }),
      ),
    );
    await created(actor, rejected!.id);

    const phase = await db.phase.findFirstOrThrow({
      where: { orgId: org.id, roadmapId: roadmap.id, kind: "analysis" },
      select: { kind: true, exitCriteria: { select: { id: true, text: true } } },
    });
    let warning: Awaited<ReturnType<typeof getDataBasisGateWarning>> = null;
    const statements = await captureStatements(async () => {
      warning = await getDataBasisGateWarning({ orgId: org.id, roadmapId: roadmap.id, phase });
    });
    expect(statements).toHaveLength(1);
    const criterion = phase.exitCriteria.find((c) => c.text.startsWith("Datenbasis geprüft"));
    expect(warning).toEqual({
      criterionId: criterion!.id,
      warnings: [
        {
          useCaseId: pilot!.id,
          title: "Antwortentwürfe",
          reason: "checks_open",
          sources: 3,
          fullyChecked: 1,
          openQuestions: 1,
        },
        {
          useCaseId: bare!.id,
          title: "Z selected",
          reason: "no_sources",
          sources: 0,
          fullyChecked: 0,
          openQuestions: 0,
        },
      ],
    });
    // Other phases, and another organisation asking, get nothing.
    expect(
      await getDataBasisGateWarning({
        orgId: org.id,
        roadmapId: roadmap.id,
        phase: { ...phase, kind: "pilot" },
      }),
    ).toBeNull();
    const other = await setup();
    expect(
      await getDataBasisGateWarning({ orgId: other.org.id, roadmapId: roadmap.id, phase }),
    ).toBeNull();
  });
});
