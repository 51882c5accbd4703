import { db } from "~/lib/db.server";
import { hashPassword } from "~/lib/password.server";
import { uniqueId } from "~/test/factories";
import {
  changePassword,
  createAccount,
  setOwnLocale,
  setOwnTheme,
  updateProfile,
  verifyCredentials,
} from "../auth/auth.server";
import {
  acceptInvitation,
  changeRole,
  createInvitation,
  removeMember,
  revokeInvitation,
} from "../members/members.server";
import { createOrganisation, updateOrganisation } from "../orgs/orgs.server";
import { createCalendarFeed, revokeCalendarFeed } from "../reports/calendar.server";
import { createApiToken, revokeApiToken } from "../api/tokens.server";
import { asOwner } from "./mutations.test-helpers";
import type { MutationCase, World } from "./mutations.test-helpers";

const PASSWORD = "altes-Passwort-sicher-1";

/** A membership's id and version, as a form sends them. */
async function membershipRef(w: World, userId: string) {
  const { id, version } = await db.membership.findFirstOrThrow({
    where: { orgId: w.org.id, userId },
    select: { id: true, version: true },
  });
  return { membershipId: id, version };
}

/** A person's own account and session, the organisation and its members. */
export const ACCOUNT_CASES: MutationCase[] = [
  {
    permission: "account",
    name: "updateProfile",
    writes: ["user", "update_profile"],
    run: (w, requestId) =>
      updateProfile({ userId: w.member.id, name: "Neuer Name", locale: "en", requestId }),
  },
  {
    permission: "account",
    name: "setOwnLocale",
    writes: ["user", "change_locale"],
    run: (w, requestId) => setOwnLocale({ userId: w.member.id, locale: "en", requestId }),
  },
  {
    permission: "account",
    name: "setOwnTheme",
    writes: ["user", "change_theme"],
    run: (w, requestId) => setOwnTheme({ userId: w.member.id, theme: "dark", requestId }),
  },
  {
    permission: "account",
    name: "changePassword",
    writes: ["user", "change_password"],
    run: async (w, requestId) => {
      await db.user.update({
        where: { id: w.member.id },
        data: { passwordHash: await hashPassword(PASSWORD) },
      });
      return changePassword({
        userId: w.member.id,
        currentPassword: PASSWORD,
        newPassword: "neues-Passwort-sicher-2",
        requestId,
      });
    },
  },
  {
    permission: "account",
    name: "createAccount",
    writes: ["user", "sign_up"],
    run: (_w, requestId) =>
      createAccount({
        name: "Neu",
        email: `${uniqueId("neu")}@example.test`,
        password: PASSWORD,
        locale: "de",
        requestId,
      }),
  },
  {
    permission: "account",
    name: "verifyCredentials",
    writes: ["session", "sign_in"],
    run: async (w, requestId) => {
      const email = `${uniqueId("login")}@example.test`;
      await createAccount({
        name: "Login",
        email,
        password: PASSWORD,
        locale: "de",
        requestId: "",
      });
      return verifyCredentials(email, PASSWORD, requestId);
    },
  },
  {
    permission: "account",
    name: "createOrganisation",
    writes: ["organisation", "create"],
    also: [["training", "seed"]],
    run: (w, requestId) =>
      createOrganisation({
        name: "Zweite GmbH",
        industry: "",
        employeeBand: "E10_49",
        locale: "de",
        userId: w.member.id,
        requestId,
      }),
  },
  {
    permission: "account",
    name: "acceptInvitation",
    writes: ["membership", "join"],
    run: async (w, requestId) => {
      const email = `${uniqueId("gast")}@example.test`;
      const user = await db.user.create({
        data: { email, name: "Gast", passwordHash: "-" },
        select: { id: true },
      });
      const { token } = await createInvitation({
        orgId: w.org.id,
        actorId: w.owner.id,
        email,
        role: "member",
        origin: "http://fahrplan.test",
      });
      return acceptInvitation({ token, userId: user.id, requestId });
    },
  },
  {
    permission: "account",
    name: "removeMember (leaving)",
    writes: ["membership", "leave"],
    run: async (w, requestId) =>
      removeMember({
        orgId: w.org.id,
        actorId: w.member.id,
        requestId,
        ...(await membershipRef(w, w.member.id)),
      }),
  },
  {
    permission: "account",
    name: "createCalendarFeed",
    writes: ["calendar_feed", "create"],
    run: (w, requestId) => createCalendarFeed({ userId: w.member.id, orgId: w.org.id, requestId }),
  },
  {
    permission: "account",
    name: "revokeCalendarFeed",
    writes: ["calendar_feed", "revoke"],
    run: async (w, requestId) => {
      await createCalendarFeed({ userId: w.member.id, orgId: w.org.id });
      return revokeCalendarFeed({ userId: w.member.id, orgId: w.org.id, requestId });
    },
  },
  // Connections to other systems: API tokens (the webhooks are in their own module)
  {
    permission: "integration:manage",
    name: "createApiToken",
    writes: ["api_token", "create"],
    run: (w, requestId) =>
      createApiToken({
        orgId: w.org.id,
        actorId: w.manager.id,
        requestId,
        data: { name: "BI", scope: "read", lifetime: "90" },
      }),
  },
  {
    permission: "integration:manage",
    name: "revokeApiToken",
    writes: ["api_token", "revoke"],
    run: async (w, requestId) => {
      const actor = { orgId: w.org.id, actorId: w.manager.id };
      const { id } = await createApiToken({
        ...actor,
        data: { name: "BI", scope: "read", lifetime: "90" },
      });
      return revokeApiToken({ ...actor, requestId, tokenId: id });
    },
  },
  // The organisation and its members
  {
    permission: "org:update",
    name: "updateOrganisation",
    writes: ["organisation", "update"],
    run: (w, requestId) =>
      updateOrganisation({
        ...asOwner(w, requestId),
        input: {
          name: "Umbenannt GmbH",
          industry: "Handel",
          employeeBand: "E50_249",
          locale: "de",
          version: 1,
        },
      }),
  },
  {
    permission: "member:invite",
    name: "createInvitation",
    writes: ["invitation", "create"],
    run: (w, requestId) =>
      createInvitation({
        ...asOwner(w, requestId),
        email: "neu@example.test",
        role: "member",
        origin: "http://fahrplan.test",
      }),
  },
  {
    permission: "member:invite",
    name: "revokeInvitation",
    writes: ["invitation", "revoke"],
    run: async (w, requestId) => {
      const { invitationId } = await createInvitation({
        ...asOwner(w, ""),
        email: "neu@example.test",
        role: "member",
        origin: "http://fahrplan.test",
      });
      return revokeInvitation({ ...asOwner(w, requestId), invitationId });
    },
  },
  {
    permission: "member:update",
    name: "changeRole",
    writes: ["membership", "change_role"],
    run: async (w, requestId) =>
      changeRole({
        ...asOwner(w, requestId),
        ...(await membershipRef(w, w.member.id)),
        role: "viewer",
        canApproveGates: false,
      }),
  },
  {
    permission: "member:remove",
    name: "removeMember",
    writes: ["membership", "remove"],
    run: async (w, requestId) =>
      removeMember({
        ...asOwner(w, requestId),
        ...(await membershipRef(w, w.viewer.id)),
      }),
  },
];
