import { randomBytes } from "node:crypto";
import { hashToken } from "~/lib/crypto.server";
import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Role } from "~/lib/permissions";
import { recordAudit } from "../audit/audit.server";
import { readTokenCaller } from "./queries.server";
import { expiryOf } from "./token-schema";
import type { ApiScope, CreateApiTokenInput } from "./token-schema";

// API tokens (decision 0020): "fpat_" + 256 random bits, so a leaked one is recognisable
// to secret scanners; stored only as SHA-256 (a high-entropy secret needs no slow hash),
// shown once. A token acts for its organisation with the rights of its scope: `read` as a
// viewer, `read_write` as a manager; never as an owner. It stops working when revoked,
// when it expires, and when the person who made it may no longer manage integrations.

export const TOKEN_PREFIX = "fpat_";
const TOKEN_SHAPE = /^fpat_[A-Za-z0-9_-]{43}$/;
/** How often "last used" is written: at most once a minute per token. */
const LAST_USED_EVERY_MS = 60_000;

/** What is stored of a secret: its SHA-256, hex (as for sessions and other tokens). */
export const hashApiSecret = hashToken;

/** A new secret: the prefix and 256 random bits, URL-safe. */
function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** The scope's role: what the token may do is what a member of that role may do. */
export function roleOfScope(scope: ApiScope): Role {
  return scope === "read_write" ? "manager" : "viewer";
}

/** Makes a token; the secret is returned this once and never stored. */
export async function createApiToken(
  actor: Actor & { data: CreateApiTokenInput; now?: Date },
): Promise<{ id: string; secret: string }> {
  const secret = newTokenSecret();
  const now = actor.now ?? new Date();
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: {
        orgId: actor.orgId,
        name: actor.data.name,
        scope: actor.data.scope,
        tokenHash: hashApiSecret(secret),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 4),
        createdById: actor.actorId,
        expiresAt: expiryOf(actor.data.lifetime, now),
      },
      select: { id: true, name: true, scope: true, prefix: true, expiresAt: true },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.actorId,
      requestId: actor.requestId,
      entity: "api_token",
      entityId: token.id,
      action: "create",
      after: { ...token, expiresAt: token.expiresAt?.toISOString() ?? null },
    });
    return { id: token.id, secret };
  });
}

/** The organisation's tokens for the settings page, newest first (never their hashes). */
export function listApiTokens({ orgId }: { orgId: string }) {
  return db.apiToken.findMany({
    where: { orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      scope: true,
      prefix: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
}

/** Revokes a token of the organisation at once; "not_found" for another's or a revoked one. */
export async function revokeApiToken(
  actor: Actor & { tokenId: string },
): Promise<{ status: "ok"; name: string } | { status: "not_found" }> {
  return db.$transaction(async (tx) => {
    const where = { id: actor.tokenId, orgId: actor.orgId, revokedAt: null };
    const token = await tx.apiToken.findFirst({ where, select: { name: true } });
    const revoked = await tx.apiToken.updateMany({ where, data: { revokedAt: new Date() } });
    if (!token || revoked.count === 0) return { status: "not_found" as const };
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.actorId,
      requestId: actor.requestId,
      entity: "api_token",
      entityId: actor.tokenId,
      action: "revoke",
    });
    return { status: "ok" as const, name: token.name };
  });
}

export type ApiCaller = {
  tokenId: string;
  tokenName: string;
  scope: ApiScope;
  role: Role;
  org: { id: string; slug: string; name: string };
  /** Who made the token: the actor of its audit events, with the token named beside. */
  userId: string;
};

/**
 * The token's caller, or null when the secret is unknown, revoked, expired, or its maker
 * may no longer manage integrations here. One statement (an indexed lookup by hash, with
 * the maker's membership), plus a "last used" write at most once a minute.
 */
export async function authenticateApiToken(
  secret: string,
  now: Date = new Date(),
): Promise<ApiCaller | null> {
  if (!TOKEN_SHAPE.test(secret)) return null;
  const token = await readTokenCaller(hashApiSecret(secret));
  if (!token || token.revokedAt) return null;
  if (token.expiresAt && token.expiresAt <= now) return null;
  if (token.makerRole !== "owner" && token.makerRole !== "manager") return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return {
    tokenId: token.id,
    tokenName: token.name,
    scope: token.scope,
    role: roleOfScope(token.scope),
    org: { id: token.orgId, slug: token.orgSlug, name: token.orgName },
    userId: token.createdById,
  };
}
