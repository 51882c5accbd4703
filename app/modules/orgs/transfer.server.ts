// Organisation export and import: one versioned JSON document with all of an
// organisation's data, for moving it between instances (also SQLite ⇄
// PostgreSQL). Import restores it exactly, ids included, so
// export → import → export yields the same document.
import { z } from "zod";
import type { Db } from "~/lib/db.server";

export const EXPORT_FORMAT = "fahrplan.organisation-export";
export const EXPORT_VERSION = 1;

type Row = Record<string, unknown>;

/**
 * Every table of an organisation, in an order that satisfies foreign keys on
 * import. Dates travel as ISO strings; JSON columns with sorted keys (jsonb
 * reorders keys, so sorting keeps documents comparable across providers).
 */
const TABLES = [
  { key: "memberships", model: "membership", users: ["userId"], dates: ["createdAt", "updatedAt"] },
  {
    key: "invitations",
    model: "invitation",
    users: ["invitedById"],
    dates: ["expiresAt", "acceptedAt", "revokedAt", "createdAt"],
  },
  {
    key: "roadmaps",
    model: "roadmap",
    users: ["createdById"],
    dates: ["startDate", "createdAt", "updatedAt"],
  },
  {
    key: "phases",
    model: "phase",
    users: ["gateRequestedById", "gateDecidedById"],
    dates: ["gateRequestedAt", "gateDecidedAt", "createdAt", "updatedAt"],
  },
  { key: "exitCriteria", model: "exitCriterion", users: [], dates: ["createdAt", "updatedAt"] },
  {
    key: "useCases",
    model: "useCase",
    users: ["ownerId"],
    dates: ["archivedAt", "createdAt", "updatedAt"],
  },
  {
    key: "tasks",
    model: "task",
    users: ["ownerId", "completedById"],
    dates: ["dueDate", "completedAt", "deletedAt", "createdAt", "updatedAt"],
  },
  {
    key: "assessments",
    model: "assessment",
    users: ["authorId"],
    dates: ["completedAt", "createdAt", "updatedAt"],
    json: ["answers", "result"],
  },
  {
    key: "kpis",
    model: "kpi",
    users: ["ownerId"],
    dates: ["baselineDate", "targetDate", "archivedAt", "createdAt", "updatedAt"],
  },
  {
    key: "kpiMeasurements",
    model: "kpiMeasurement",
    users: ["recordedById"],
    dates: ["date", "createdAt", "updatedAt"],
  },
  { key: "learnings", model: "learning", users: ["authorId"], dates: ["createdAt", "updatedAt"] },
  { key: "budgetLines", model: "budgetLine", users: [], dates: ["createdAt", "updatedAt"] },
  // AI literacy (issue 14)
  {
    key: "trainings",
    model: "training",
    users: [],
    dates: ["archivedAt", "createdAt", "updatedAt"],
  },
  {
    key: "trainingCompletions",
    model: "trainingCompletion",
    users: ["userId", "recordedById"],
    dates: ["completedOn", "createdAt"],
  },
  {
    key: "trainingAssignments",
    model: "trainingAssignment",
    users: ["userId", "assignedById"],
    dates: ["dueDate", "createdAt"],
  },
  { key: "useCaseMembers", model: "useCaseMember", users: ["userId"], dates: ["createdAt"] },
  {
    key: "oversightReviews",
    model: "oversightReview",
    users: ["reviewerId", "recordedById"],
    dates: ["date", "createdAt", "updatedAt"],
  },
  // Data basis per use case (issue 14)
  {
    key: "dataSources",
    model: "dataSource",
    users: ["ownerId"],
    dates: ["createdAt", "updatedAt"],
  },
  {
    key: "dataSourceChecks",
    model: "dataSourceCheck",
    users: ["checkedById"],
    dates: ["checkedOn", "createdAt", "updatedAt"],
  },
  // Closing reviews and their decisions (issue 16)
  {
    key: "roadmapReviews",
    model: "roadmapReview",
    users: ["completedById"],
    dates: ["completedAt", "createdAt", "updatedAt"],
    json: ["snapshot"],
  },
  {
    key: "useCaseDecisions",
    model: "useCaseDecision",
    users: [],
    dates: ["createdAt", "updatedAt"],
  },
  // Connections to other systems move with the organisation, so its integrations keep
  // working after a move (tokens as their hashes; webhook endpoints with their secrets).
  {
    key: "apiTokens",
    model: "apiToken",
    users: ["createdById"],
    dates: ["expiresAt", "lastUsedAt", "revokedAt", "createdAt"],
  },
  {
    key: "webhookEndpoints",
    model: "webhookEndpoint",
    users: ["createdById"],
    dates: ["disabledAt", "failingSince", "createdAt", "updatedAt"],
  },
  {
    key: "auditEvents",
    model: "auditEvent",
    users: ["actorId"],
    dates: ["createdAt"],
    json: ["before", "after"],
  },
] as const;

type TableKey = (typeof TABLES)[number]["key"];

/** The models an export carries (a test checks that every organisation-scoped model is one). */
export const EXPORTED_MODELS: readonly string[] = TABLES.map((table) => table.model);

/** Organisation-scoped models an export leaves out on purpose, each with its reason. */
export const NOT_EXPORTED: Readonly<Record<string, string>> = {
  outboxMail:
    "mails on their way belong to the instance that sends them; the invitations they announce move",
  notification:
    "a person's inbox of past events (read or not) is not part of the plan; what they announce moves",
  apiIdempotencyKey:
    "answers kept a day for clients' retries: they belong to the instance that gave them",
  webhookDelivery:
    "deliveries on their way and their log belong to the instance that sends them; the endpoints move",
};

export type OrganisationExport = {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  organisation: Row;
  users: Row[];
} & Record<TableKey, Row[]>;

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Row)[key])]),
    );
  }
  return value;
}

/** The organisation row's dates (a visitor's demo copy carries its expiry along). */
const ORGANISATION_DATES = ["demoExpiresAt", "createdAt", "updatedAt"];

function toDocumentRow(row: Row, dates: readonly string[], json: readonly string[] = []): Row {
  const out: Row = {};
  for (const key of Object.keys(row).sort()) {
    const value = row[key];
    if (dates.includes(key)) out[key] = value instanceof Date ? value.toISOString() : null;
    else if (json.includes(key))
      out[key] = value === null || value === undefined ? null : canonical(value);
    else out[key] = value;
  }
  return out;
}

function fromDocumentRow(row: Row, dates: readonly string[], json: readonly string[] = []): Row {
  const out: Row = { ...row };
  for (const key of dates)
    if (typeof out[key] === "string") out[key] = new Date(out[key] as string);
  // Prisma needs "no value" spelled out for nullable JSON columns.
  for (const key of json) if (out[key] === null) delete out[key];
  return out;
}

type ModelDelegate = {
  findMany: (args: unknown) => Promise<Row[]>;
  createMany: (args: { data: Row[] }) => Promise<unknown>;
};
function delegate(client: unknown, model: string): ModelDelegate {
  return (client as Record<string, ModelDelegate>)[model]!;
}

/**
 * The whole organisation as a document. Scoped: only rows with this orgId,
 * plus the users they reference. Password hashes only with `withCredentials`
 * (an operator moving an instance); never in a download for users.
 */
export async function exportOrganisation(
  db: Db,
  { orgId, withCredentials = false }: { orgId: string; withCredentials?: boolean },
): Promise<OrganisationExport> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: orgId } });
  const tables = await Promise.all(
    TABLES.map((table) =>
      delegate(db, table.model).findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    ),
  );
  const userIds = new Set<string>();
  TABLES.forEach((table, i) => {
    for (const row of tables[i]!)
      for (const field of table.users)
        if (typeof row[field] === "string") userIds.add(row[field] as string);
  });
  const users = await db.user.findMany({
    where: { id: { in: [...userIds] } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      passwordHash: withCredentials,
      createdAt: true,
    },
  });
  const doc = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    organisation: toDocumentRow(organisation as Row, ORGANISATION_DATES),
    users: users.map((u) => toDocumentRow(u as Row, ["createdAt"])),
  } as OrganisationExport;
  TABLES.forEach((table, i) => {
    doc[table.key] = tables[i]!.map((row) =>
      toDocumentRow(row, table.dates, "json" in table ? table.json : []),
    );
  });
  return doc;
}

const DocumentSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    organisation: z.object({ id: z.string(), slug: z.string(), name: z.string() }).passthrough(),
    users: z.array(z.object({ id: z.string(), email: z.string(), name: z.string() }).passthrough()),
  })
  .passthrough();

export class ImportError extends Error {}

/**
 * Restores an exported organisation into this database in one transaction.
 * Refuses when the organisation (slug or id) already exists. Users are matched
 * by e-mail: an existing account keeps its password and joins as before;
 * others are created (without a usable password unless the export had them).
 */
export async function importOrganisation(
  db: Db,
  input: unknown,
): Promise<{ orgId: string; slug: string }> {
  const parsed = DocumentSchema.safeParse(input);
  if (!parsed.success) throw new ImportError(`Not a ${EXPORT_FORMAT} v${EXPORT_VERSION} document`);
  const doc = input as OrganisationExport;
  const org = doc.organisation as Row & { id: string; slug: string };

  return db.$transaction(
    async (tx) => {
      const clash = await tx.organisation.findFirst({
        where: { OR: [{ id: org.id }, { slug: org.slug }] },
        select: { id: true },
      });
      if (clash) throw new ImportError(`Organisation "${org.slug}" already exists here`);

      const userIdMap = new Map<string, string>();
      for (const user of doc.users) {
        const existing = await tx.user.findUnique({
          where: { email: user.email as string },
          select: { id: true },
        });
        if (existing) {
          userIdMap.set(user.id as string, existing.id);
          continue;
        }
        await tx.user.create({
          data: {
            id: user.id as string,
            email: user.email as string,
            name: user.name as string,
            locale: (user.locale as "de" | "en" | null) ?? null,
            // "!" is no valid argon2 hash: the account exists but cannot sign in until a password is set.
            passwordHash: typeof user.passwordHash === "string" ? user.passwordHash : "!",
            createdAt: new Date(user.createdAt as string),
          },
        });
        userIdMap.set(user.id as string, user.id as string);
      }

      await tx.organisation.create({
        data: fromDocumentRow(org, ORGANISATION_DATES) as never,
      });
      for (const table of TABLES) {
        const rows = (doc[table.key] ?? []).map((row) => {
          const out = fromDocumentRow(row, table.dates, "json" in table ? table.json : []);
          for (const field of table.users) {
            if (typeof out[field] === "string")
              out[field] = userIdMap.get(out[field] as string) ?? null;
          }
          return out;
        });
        if (rows.length > 0) await delegate(tx, table.model).createMany({ data: rows });
      }
      return { orgId: org.id, slug: org.slug };
    },
    { timeout: 60_000 },
  );
}
