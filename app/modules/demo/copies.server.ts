// "Try the demo": each visitor gets a private copy of the demo organisation (its own
// organisation and people, the seed's story dated from today) that expires after
// DEMO_COPY_HOURS; cleanup.server.ts deletes it afterwards. Nobody else sees a copy,
// so no visitor can spoil the demo for the next one.
import { randomBytes } from "node:crypto";
import { db } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n";
import { todayIso } from "~/modules/calendar/dates";
import { recordAudit } from "../audit/audit.server";
import { createDemoOrganisation } from "./content.server";
import type { Tx } from "./content.server";
import { copyEmail, DEMO_ORG, DEMO_USERS, SERVICE_TEAM } from "./people";
import type { DemoPeople, DemoUserKey, ServiceAgentKey } from "./people";

export const DEMO_COPY_HOURS = 24;

/**
 * Whether the demo is offered: only where the demo data was loaded (`npm run db:seed`
 * made the shared demo organisation), never on an instance that holds real data only.
 */
export async function isDemoOffered(): Promise<boolean> {
  const seeded = await db.organisation.findFirst({
    where: { slug: DEMO_ORG.slug, isDemo: true, demoExpiresAt: null },
    select: { id: true },
  });
  return seeded !== null;
}

export type DemoCopy = { userId: string; orgSlug: string; expiresAt: Date };

/**
 * Makes a visitor's private copy and returns its manager, whom the caller signs in;
 * null when no demo is offered. The copy's people have no password (the button is
 * their only way in), so a copy costs no password hashing. The sign-in is recorded in
 * the copy's audit log with the request's id; the story's own events carry none.
 */
export async function createDemoCopy(input: {
  requestId: string;
  /** The visitor's language, for the manager they become (the demo's content is German). */
  locale: Locale;
  now?: Date;
}): Promise<DemoCopy | null> {
  if (!(await isDemoOffered())) return null;
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + DEMO_COPY_HOURS * 3_600_000);
  const suffix = randomBytes(5).toString("hex");
  const orgSlug = `demo-${suffix}`;
  return db.$transaction(
    async (tx) => {
      const people = await createCopyPeople(tx, { suffix, expiresAt, locale: input.locale });
      const { orgId } = await createDemoOrganisation(tx, {
        slug: orgSlug,
        people,
        today: todayIso(now),
        expiresAt,
      });
      const userId = people.users.manager;
      await recordAudit(tx, {
        orgId,
        actorId: userId,
        entity: "session",
        action: "sign_in_demo",
        after: { expiresAt: expiresAt.toISOString() },
        requestId: input.requestId,
      });
      return { userId, orgSlug, expiresAt };
    },
    { timeout: 30_000 },
  );
}

/** The copy's people, in one statement: addresses of their own, no password, the copy's expiry. */
async function createCopyPeople(
  tx: Tx,
  input: { suffix: string; expiresAt: Date; locale: Locale },
): Promise<DemoPeople> {
  const people = [
    ...DEMO_USERS.map((u) => ({ ...u, locale: u.key === "manager" ? input.locale : "de" })),
    ...SERVICE_TEAM.map((p) => ({ ...p, locale: "de" as const })),
  ];
  const created = await tx.user.createManyAndReturn({
    data: people.map((p) => ({
      email: copyEmail(p.email, input.suffix),
      name: p.name,
      // "!" is no valid password hash: the account exists but cannot sign in.
      passwordHash: "!",
      locale: p.locale,
      demoExpiresAt: input.expiresAt,
    })),
    select: { id: true, email: true },
  });
  const idOf = (email: string) =>
    created.find((u) => u.email === copyEmail(email, input.suffix))!.id;
  const users = {} as Record<DemoUserKey, string>;
  for (const u of DEMO_USERS) users[u.key] = idOf(u.email);
  const agents = {} as Record<ServiceAgentKey, string>;
  for (const p of SERVICE_TEAM) agents[p.key] = idOf(p.email);
  return { users, agents };
}
