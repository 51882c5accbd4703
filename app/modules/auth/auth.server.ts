import type { Prisma } from "~/lib/db.server";
import { db } from "~/lib/db.server";
import { isUniqueViolation } from "~/lib/db-errors";
import type { Locale } from "~/lib/i18n";
import type { Theme } from "~/lib/theme";
import { getDummyHash, hashPassword, verifyPassword } from "~/lib/password.server";
import { recordAudit, touchOrganisationsOfMember } from "../audit/audit.server";

export function normaliseEmail(email: string) {
  return email.trim().toLowerCase();
}

/**
 * Checks an e-mail and password. Unknown e-mails cost the same hash check as
 * known ones, and both failures look alike to the caller's user.
 * Records sign-in success or failure in the audit trail.
 */
export async function verifyCredentials(
  emailInput: string,
  password: string,
  requestId: string,
): Promise<{ id: string } | null> {
  const email = normaliseEmail(emailInput);
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  const ok = Boolean(user && isValid);
  await recordAudit(db, {
    orgId: null,
    actorId: ok && user ? user.id : null,
    entity: "session",
    action: ok ? "sign_in" : "sign_in_failed",
    // The e-mail of a failed attempt helps spot credential stuffing.
    after: ok ? undefined : { email: email.slice(0, 254) },
    requestId,
  });
  return ok && user ? { id: user.id } : null;
}

/** The organisation a user lands on after sign-in: the first one they joined. */
export async function getDefaultOrgSlug(userId: string): Promise<string | null> {
  const membership = await db.membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { organisation: { select: { slug: true } } },
  });
  return membership?.organisation.slug ?? null;
}

/**
 * Creates an account from a password hash, with its audit event, in the caller's
 * transaction. Throws the unique violation when the e-mail is taken.
 */
export async function insertAccount(
  tx: Prisma.TransactionClient,
  input: { name: string; email: string; passwordHash: string; locale: Locale; requestId: string },
): Promise<{ id: string }> {
  const user = await tx.user.create({
    data: {
      email: normaliseEmail(input.email),
      name: input.name,
      passwordHash: input.passwordHash,
      locale: input.locale,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    orgId: null,
    actorId: user.id,
    entity: "user",
    entityId: user.id,
    action: "sign_up",
    requestId: input.requestId,
  });
  return user;
}

/**
 * Creates an account (an invitation's: the link proves the address). Returns null
 * when the e-mail is taken; the caller shows a neutral message.
 */
export async function createAccount(input: {
  name: string;
  email: string;
  password: string;
  locale: Locale;
  requestId: string;
}): Promise<{ id: string } | null> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction((tx) => insertAccount(tx, { ...input, passwordHash }));
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** Changes the password after checking the current one; the caller ends other sessions. */
export async function changePassword(input: {
  userId: string;
  currentPassword: string;
  newPassword: string;
  requestId: string;
}): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { passwordHash: true },
  });
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) return false;
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.userId }, data: { passwordHash } });
    await recordAudit(tx, {
      orgId: null,
      actorId: input.userId,
      entity: "user",
      entityId: input.userId,
      action: "change_password",
      requestId: input.requestId,
    });
  });
  return true;
}

type Profile = { name: string; locale: Locale | null; theme: Theme };
type OwnAccountAction = "update_profile" | "change_locale" | "change_theme";

/** What each action's event records before and after. */
const RECORDED: Record<OwnAccountAction, readonly (keyof Profile)[]> = {
  update_profile: ["name", "locale"],
  change_locale: ["name", "locale"],
  change_theme: ["theme"],
};

/**
 * Changes the user's own name, language or colour scheme, with its audit event in the
 * same transaction (no organisation: the account is the user's own). Saving what is
 * already stored changes nothing and records nothing.
 */
async function changeOwnAccount(
  userId: string,
  requestId: string,
  action: OwnAccountAction,
  change: Partial<Profile>,
) {
  await db.$transaction(async (tx) => {
    const stored = await tx.user.findUnique({
      where: { id: userId },
      select: { name: true, locale: true, theme: true },
    });
    if (!stored) return;
    const fields = RECORDED[action];
    const before = Object.fromEntries(fields.map((f) => [f, stored[f]]));
    const after = { ...before, ...change };
    if (fields.every((f) => after[f] === before[f])) return;
    await tx.user.update({ where: { id: userId }, data: change });
    if (after.name !== before.name) await touchOrganisationsOfMember(tx, userId);
    await recordAudit(tx, {
      orgId: null,
      actorId: userId,
      entity: "user",
      entityId: userId,
      action,
      before,
      after,
      requestId,
    });
  });
}

/** The account page's profile form: name and language. */
export async function updateProfile(input: {
  userId: string;
  name: string;
  locale: Locale;
  requestId: string;
}) {
  await changeOwnAccount(input.userId, input.requestId, "update_profile", {
    name: input.name,
    locale: input.locale,
  });
}

/** The language switch in the header, for a signed-in user. */
export async function setOwnLocale(input: { userId: string; locale: Locale; requestId: string }) {
  await changeOwnAccount(input.userId, input.requestId, "change_locale", { locale: input.locale });
}

/** The colour scheme (system, light, dark), from the header's menu or the account page. */
export async function setOwnTheme(input: { userId: string; theme: Theme; requestId: string }) {
  await changeOwnAccount(input.userId, input.requestId, "change_theme", { theme: input.theme });
}
