import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { CHECK_ASPECTS } from "./fields";
import type { CheckAspect, DataSourceKind, LegalBasis, PersonalDataLevel } from "./fields";
import { isLegalBasis } from "./fields";
import type { AssessmentAnswers } from "../assessments/questions";
import { GDPR_STEP, prefillGdprAnswers } from "./prefill";
import type { Prefill, PrefillSource } from "./prefill";
import { missingAspects, summariseDataReadiness } from "./readiness";
import type { DataReadiness, SourceFacts } from "./readiness";
import { listMembersByName } from "../members/queries.server";
import { readDataSourcePage, readSourceFacts, sourceFactsByUseCase } from "./queries.server";

/**
 * Data sources of a use case ("Datenbasis prüfen"), scoped: every function takes
 * { orgId } and puts it into every WHERE clause, nested reads included, so a source
 * or a check of another organisation is never found, changed or counted. This file
 * reads them; changes live in edit.server.ts, checks in checks.server.ts.
 */

export const SOURCE_SELECT = {
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

export function plainSource(row: SourceRow) {
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

/** A source as the data-source pages show it, from its rows of readDataSourcePage. */
type PageSourceRow = Extract<Awaited<ReturnType<typeof readDataSourcePage>>[number], { kind: 1 }>;

function pageSource(row: PageSourceRow): PlainDataSource {
  return {
    id: row.id,
    useCaseId: row.useCaseId,
    name: row.name,
    systemOfRecord: row.systemOfRecord,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    kind: row.sourceKind,
    personalData: row.personalData,
    legalBasis: legalBasisOf(row.legalBasis),
    retention: row.retention,
    sentToVendor: row.flag === 1,
    version: row.version,
  };
}

/**
 * The use case of a data-source page and its sources, each with its check rows, in the
 * order they were recorded; null when the use case is not in this organisation. One
 * statement (readDataSourcePage).
 */
async function readSourcePage(args: { orgId: string; useCaseId: string; dataSourceId?: string }) {
  const rows = await readDataSourcePage(args);
  let useCase = null;
  const sources = new Map<string, { row: PageSourceRow; checks: PageSourceRow[] }>();
  for (const row of rows) {
    if (row.kind === 0) {
      useCase = {
        id: row.id,
        title: row.name,
        status: row.status,
        isArchived: row.archivedAt !== null,
      };
      continue;
    }
    const source = sources.get(row.id) ?? { row, checks: [] };
    if (row.aspect !== null) source.checks.push(row);
    sources.set(row.id, source);
  }
  if (!useCase) return null;
  return {
    useCase,
    sources: [...sources.values()].sort((a, b) => a.row.position - b.row.position),
  };
}

/**
 * A use case's data sources with their checks (who checked what, when) and the
 * readiness summary; null when the use case is not in this organisation. One statement.
 */
export async function listDataSources({ orgId, useCaseId }: { orgId: string; useCaseId: string }) {
  const page = await readSourcePage({ orgId, useCaseId });
  if (!page) return null;
  const sources = page.sources.map(({ row, checks: checkRows }) => {
    const checks = Object.fromEntries(CHECK_ASPECTS.map((a) => [a, null])) as Record<
      CheckAspect,
      CheckRecord | null
    >;
    for (const check of checkRows) {
      checks[check.aspect!] = {
        checkedOn: check.checkedOn!,
        checkedByName: check.checkedByName,
        note: check.note ?? "",
      };
    }
    const source = pageSource(row);
    return { ...source, checks, missing: missingAspects(checkRows.map((c) => c.aspect!)) };
  });
  const readiness = summariseDataReadiness(
    page.sources.map(({ checks }, i) =>
      factsOf(
        sources[i]!,
        checks.map((c) => c.aspect!),
      ),
    ),
  );
  return { useCase: page.useCase, sources, readiness };
}
export type DataSourceList = NonNullable<Awaited<ReturnType<typeof listDataSources>>>;
export type ListedDataSource = DataSourceList["sources"][number];

/**
 * The data readiness of several use cases of one organisation, counted as the use case
 * page, the analysis gate, the register and the report count it (each of them reads the
 * sources in its own statement): per use case id the number of sources, how many are
 * fully checked, the checks still open and the open personal-data questions. Every id
 * asked for gets an entry (ids of other organisations read as "no sources"). One
 * statement, however many use cases.
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
  const sources = sourceFactsByUseCase(await readSourceFacts({ orgId, useCaseIds: ids }));
  return Object.fromEntries(ids.map((id) => [id, summariseDataReadiness(sources.get(id) ?? [])]));
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
  const page = await readSourcePage({ orgId, useCaseId, dataSourceId });
  const found = page?.sources[0];
  if (!page || !found) return null;
  return { useCase: page.useCase, source: pageSource(found.row) };
}

/** The members a source's owner can be chosen from, by name. */
export async function listOwnerOptions({ orgId }: { orgId: string }) {
  const members = await listMembersByName(orgId);
  return members.map(({ id, name }) => ({ id, name }));
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
