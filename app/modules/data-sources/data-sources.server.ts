import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import { utcDateToIso } from "../calendar/dates";
import { CHECK_ASPECTS } from "./fields";
import type { CheckAspect, DataSourceKind, LegalBasis, PersonalDataLevel } from "./fields";
import { isLegalBasis } from "./fields";
import type { AssessmentAnswers } from "../assessments/questions";
import { GDPR_STEP, prefillGdprAnswers } from "./prefill";
import type { Prefill, PrefillSource } from "./prefill";
import { missingAspects, summariseDataReadiness } from "./readiness";
import type { DataReadiness, SourceFacts } from "./readiness";
import type { DataSourceInput } from "./schema";

/**
 * Data sources of a use case ("Datenbasis prüfen"), scoped: every function takes
 * { orgId } and puts it into every WHERE clause, nested reads included, so a source
 * or a check of another organisation is never found, changed or counted.
 */

const SOURCE_SELECT = {
  id: true,
  useCaseId: true,
  name: true,
  systemOfRecord: true,
  ownerId: true,
  kind: true,
  personalData: true,
  legalBasis: true,
  retention: true,
  sentToVendor: true,
  version: true,
  owner: { select: { name: true } },
} as const satisfies Prisma.DataSourceSelect;

type SourceRow = Prisma.DataSourceGetPayload<{ select: typeof SOURCE_SELECT }>;

/** The stored legal basis as the domain knows it; anything unexpected reads as undetermined. */
function legalBasisOf(value: string | null): LegalBasis | null {
  return isLegalBasis(value) ? value : null;
}

function plainSource(row: SourceRow) {
  return {
    id: row.id,
    useCaseId: row.useCaseId,
    name: row.name,
    systemOfRecord: row.systemOfRecord,
    ownerId: row.ownerId,
    ownerName: row.owner?.name ?? null,
    kind: row.kind as DataSourceKind,
    personalData: row.personalData as PersonalDataLevel,
    legalBasis: legalBasisOf(row.legalBasis),
    retention: row.retention,
    sentToVendor: row.sentToVendor,
    version: row.version,
  };
}
export type PlainDataSource = ReturnType<typeof plainSource>;

export type CheckRecord = {
  checkedOn: string;
  checkedByName: string | null;
  note: string;
};

function factsOf(source: PlainDataSource, checkedAspects: readonly string[]): SourceFacts {
  return {
    id: source.id,
    name: source.name,
    kind: source.kind,
    personalData: source.personalData,
    legalBasis: source.legalBasis,
    sentToVendor: source.sentToVendor,
    checkedAspects,
  };
}

/** The use case a data-source page belongs to; null when it is not in this organisation. */
export async function getUseCaseHead({ orgId, useCaseId }: { orgId: string; useCaseId: string }) {
  const row = await db.useCase.findFirst({
    where: { id: useCaseId, orgId },
    select: { id: true, title: true, status: true, archivedAt: true },
  });
  return row
    ? { id: row.id, title: row.title, status: row.status, isArchived: row.archivedAt !== null }
    : null;
}

/**
 * A use case's data sources with their checks (who checked what, when) and the
 * readiness summary; null when the use case is not in this organisation. Three reads,
 * run together: the use case, its sources, their checks.
 */
export async function listDataSources({ orgId, useCaseId }: { orgId: string; useCaseId: string }) {
  const [useCase, rows] = await Promise.all([
    getUseCaseHead({ orgId, useCaseId }),
    db.dataSource.findMany({
      where: { orgId, useCaseId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 200,
      select: {
        ...SOURCE_SELECT,
        checks: {
          where: { orgId },
          select: {
            aspect: true,
            checkedOn: true,
            note: true,
            checkedBy: { select: { name: true } },
          },
        },
      },
    }),
  ]);
  if (!useCase) return null;
  const sources = rows.map((row) => {
    const checks = Object.fromEntries(CHECK_ASPECTS.map((a) => [a, null])) as Record<
      CheckAspect,
      CheckRecord | null
    >;
    for (const check of row.checks) {
      checks[check.aspect as CheckAspect] = {
        checkedOn: utcDateToIso(check.checkedOn),
        checkedByName: check.checkedBy?.name ?? null,
        note: check.note,
      };
    }
    const source = plainSource(row);
    return { ...source, checks, missing: missingAspects(row.checks.map((c) => c.aspect)) };
  });
  const readiness = summariseDataReadiness(
    rows.map((row, i) =>
      factsOf(
        sources[i]!,
        row.checks.map((c) => c.aspect),
      ),
    ),
  );
  return { useCase, sources, readiness };
}
export type DataSourceList = NonNullable<Awaited<ReturnType<typeof listDataSources>>>;
export type ListedDataSource = DataSourceList["sources"][number];

/**
 * The data readiness of several use cases of one organisation, for the use case page,
 * the analysis gate, the register and the report: per use case id the number of
 * sources, how many are fully checked, the checks still open and the open
 * personal-data questions. Every id asked for gets an entry (ids of other
 * organisations read as "no sources"). Two queries, however many use cases.
 */
export async function getDataReadiness({
  orgId,
  useCaseIds,
}: {
  orgId: string;
  useCaseIds: readonly string[];
}): Promise<Record<string, DataReadiness>> {
  const ids = [...new Set(useCaseIds)];
  if (ids.length === 0) return {};
  const rows = await db.dataSource.findMany({
    where: { orgId, useCaseId: { in: ids } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { ...SOURCE_SELECT, checks: { where: { orgId }, select: { aspect: true } } },
  });
  const byUseCase = new Map<string, SourceFacts[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    const facts = factsOf(
      plainSource(row),
      row.checks.map((c) => c.aspect),
    );
    byUseCase.get(row.useCaseId)?.push(facts);
  }
  return Object.fromEntries(
    [...byUseCase].map(([id, facts]) => [id, summariseDataReadiness(facts)]),
  );
}

/** The readiness of one use case (see getDataReadiness). */
export async function getUseCaseDataReadiness({
  orgId,
  useCaseId,
}: {
  orgId: string;
  useCaseId: string;
}): Promise<DataReadiness> {
  const all = await getDataReadiness({ orgId, useCaseIds: [useCaseId] });
  return all[useCaseId]!;
}

/** What the assessment's GDPR step pre-fills from: the kind, personal data and vendor flag of each source. */
export async function listPrefillSources({
  orgId,
  useCaseId,
}: {
  orgId: string;
  useCaseId: string;
}): Promise<PrefillSource[]> {
  const rows = await db.dataSource.findMany({
    where: { orgId, useCaseId },
    take: 200,
    select: { kind: true, personalData: true, sentToVendor: true },
  });
  return rows.map((r) => ({
    kind: r.kind as DataSourceKind,
    personalData: r.personalData as PersonalDataLevel,
    sentToVendor: r.sentToVendor,
  }));
}

/** One source for its edit form, with its use case; null when either is not in this organisation. */
export async function getDataSourceForEdit({
  orgId,
  useCaseId,
  dataSourceId,
}: {
  orgId: string;
  useCaseId: string;
  dataSourceId: string;
}) {
  const [useCase, row] = await Promise.all([
    getUseCaseHead({ orgId, useCaseId }),
    db.dataSource.findFirst({
      where: { id: dataSourceId, orgId, useCaseId },
      select: SOURCE_SELECT,
    }),
  ]);
  if (!useCase || !row) return null;
  return { useCase, source: plainSource(row) };
}

/** The members a source's owner can be chosen from. */
export async function listOwnerOptions({ orgId }: { orgId: string }) {
  const rows = await db.membership.findMany({
    where: { orgId },
    orderBy: { user: { name: "asc" } },
    take: 500,
    select: { user: { select: { id: true, name: true } } },
  });
  return rows.map((r) => r.user);
}

// ---------------------------------------------------------------------------------------
// Changes (managers): each writes its audit event in the same transaction
// ---------------------------------------------------------------------------------------

export type SourceRefusal = "not_found" | "archived" | "invalid_owner";
export type SaveResult =
  | { ok: true; id: string }
  | { ok: false; reason: SourceRefusal }
  | { ok: false; reason: "stale"; current: PlainDataSource };

function dataFrom(input: DataSourceInput) {
  return {
    name: input.name,
    systemOfRecord: input.systemOfRecord,
    ownerId: input.ownerId,
    kind: input.kind,
    personalData: input.personalData,
    legalBasis: input.legalBasis,
    retention: input.retention,
    sentToVendor: input.sentToVendor,
  };
}

/** The use case must be in the organisation and not archived, the owner a member of it. */
async function refusalFor(
  orgId: string,
  useCaseId: string,
  ownerId: string | null,
): Promise<SourceRefusal | null> {
  const [useCase, owner] = await Promise.all([
    db.useCase.findFirst({ where: { id: useCaseId, orgId }, select: { archivedAt: true } }),
    ownerId
      ? db.membership.findFirst({ where: { orgId, userId: ownerId }, select: { id: true } })
      : null,
  ]);
  if (!useCase) return "not_found";
  if (useCase.archivedAt) return "archived";
  if (ownerId && !owner) return "invalid_owner";
  return null;
}

export async function createDataSource({
  orgId,
  actorId,
  requestId,
  useCaseId,
  input,
}: Actor & { useCaseId: string; input: DataSourceInput }): Promise<SaveResult> {
  const refusal = await refusalFor(orgId, useCaseId, input.ownerId);
  if (refusal) return { ok: false, reason: refusal };
  const data = dataFrom(input);
  const id = await db.$transaction(async (tx) => {
    const created = await tx.dataSource.create({
      data: { ...data, orgId, useCaseId },
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "data_source",
      entityId: created.id,
      action: "create",
      after: { ...data, useCaseId },
      requestId,
    });
    return created.id;
  });
  return { ok: true, id };
}

/**
 * Saves an edit only if nobody saved in between (version in the WHERE clause); a stale
 * edit gets the current values back instead of overwriting them.
 */
export async function updateDataSource({
  orgId,
  actorId,
  requestId,
  useCaseId,
  dataSourceId,
  version,
  input,
}: Actor & {
  useCaseId: string;
  dataSourceId: string;
  version: number;
  input: DataSourceInput;
}): Promise<SaveResult> {
  const [refusal, before] = await Promise.all([
    refusalFor(orgId, useCaseId, input.ownerId),
    db.dataSource.findFirst({
      where: { id: dataSourceId, orgId, useCaseId },
      select: SOURCE_SELECT,
    }),
  ]);
  if (!before) return { ok: false, reason: "not_found" };
  if (refusal) return { ok: false, reason: refusal };
  const data = dataFrom(input);
  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.dataSource.updateMany({
      where: { id: dataSourceId, orgId, useCaseId, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 1) {
      const { id: _id, useCaseId: _u, owner: _o, version: _v, ...was } = before;
      await recordAudit(tx, {
        orgId,
        actorId,
        entity: "data_source",
        entityId: dataSourceId,
        action: "update",
        before: was,
        after: data,
        requestId,
      });
    }
    return count === 1;
  });
  if (updated) return { ok: true, id: dataSourceId };
  const current = await db.dataSource.findFirst({
    where: { id: dataSourceId, orgId, useCaseId },
    select: SOURCE_SELECT,
  });
  return current
    ? { ok: false, reason: "stale", current: plainSource(current) }
    : { ok: false, reason: "not_found" };
}

export type DeleteResult =
  | { ok: true; name: string }
  | { ok: false; reason: "not_found" | "archived" }
  | { ok: false; reason: "stale"; version: number };

/** Deletes a source and its checks (version-checked), with the audit event. */
export async function deleteDataSource({
  orgId,
  actorId,
  requestId,
  useCaseId,
  dataSourceId,
  version,
}: Actor & { useCaseId: string; dataSourceId: string; version: number }): Promise<DeleteResult> {
  const [refusal, before] = await Promise.all([
    refusalFor(orgId, useCaseId, null),
    db.dataSource.findFirst({
      where: { id: dataSourceId, orgId, useCaseId },
      select: SOURCE_SELECT,
    }),
  ]);
  if (!before || refusal === "not_found") return { ok: false, reason: "not_found" };
  if (refusal === "archived") return { ok: false, reason: "archived" };
  return db.$transaction(async (tx) => {
    const { count } = await tx.dataSource.deleteMany({
      where: { id: dataSourceId, orgId, useCaseId, version },
    });
    if (count === 0) {
      const current = await tx.dataSource.findFirst({
        where: { id: dataSourceId, orgId, useCaseId },
        select: { version: true },
      });
      return current
        ? ({ ok: false, reason: "stale", version: current.version } as const)
        : ({ ok: false, reason: "not_found" } as const);
    }
    const { id: _id, owner: _o, version: _v, ...was } = before;
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "data_source",
      entityId: dataSourceId,
      action: "delete",
      before: was,
      requestId,
    });
    return { ok: true, name: before.name } as const;
  });
}

/**
 * The answers the assessment wizard shows on a step: on the GDPR step (5), questions
 * without an answer are pre-filled from the use case's data sources, with a note per
 * question; other steps are returned unchanged, without a query.
 */
export async function prefillFromDataSources({
  orgId,
  useCaseId,
  step,
  answers,
}: {
  orgId: string;
  useCaseId: string;
  step: number;
  answers: AssessmentAnswers;
}): Promise<Prefill> {
  if (step !== GDPR_STEP) return { answers, notes: [] };
  return prefillGdprAnswers(answers, await listPrefillSources({ orgId, useCaseId }));
}
