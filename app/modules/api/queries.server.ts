import { Prisma, readRows } from "~/lib/db.server";
import { ROLES } from "~/lib/permissions";
import { instant, nullable, oneOf, sqlRow, text } from "~/lib/sql-decode";
import { API_SCOPES } from "./token-schema";

/*
 * The API's hand-written statements (see readRows): portable SQL, scoped by the token's
 * own organisation.
 */

const TokenCallerRow = sqlRow({
  id: text,
  name: text,
  scope: oneOf(API_SCOPES),
  expiresAt: nullable(instant),
  revokedAt: nullable(instant),
  lastUsedAt: nullable(instant),
  createdById: text,
  orgId: text,
  orgSlug: text,
  orgName: text,
  /** The maker's role in the token's organisation now (empty: no longer a member). */
  makerRole: nullable(oneOf(ROLES)),
});

/** The token with this hash, its organisation and its maker's role there: one statement. */
export async function readTokenCaller(tokenHash: string) {
  const [row] = await readRows(
    Prisma.sql`
      SELECT t.id, t.name, t.scope, t."expiresAt", t."revokedAt", t."lastUsedAt",
             t."createdById", o.id AS "orgId", o.slug AS "orgSlug", o.name AS "orgName",
             m.role AS "makerRole"
      FROM "ApiToken" t
      JOIN "Organisation" o ON o.id = t."orgId"
      LEFT JOIN "Membership" m ON m."orgId" = t."orgId" AND m."userId" = t."createdById"
      WHERE t."tokenHash" = ${tokenHash}`,
    TokenCallerRow,
  );
  return row ?? null;
}
