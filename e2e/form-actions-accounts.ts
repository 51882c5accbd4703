// The form actions of accounts, organisations and members, for form-actions.spec.ts.
import { createHash, randomBytes } from "node:crypto";
import { E2E_PASSWORD, e2eDb, randomSuffix } from "./factories";
import type { TestOrg } from "./factories";
import type { FormAction } from "./form-actions-harness";
import { PASSWORD_MAX, PASSWORD_MIN } from "../app/modules/auth/password-length";

const NAME = { kind: "text", max: 100 } as const;
const REDIRECT = { kind: "redirect" } as const;
const NEW_PASSWORD = { kind: "secret", min: PASSWORD_MIN, max: PASSWORD_MAX } as const;
const ORG_NAME = { kind: "text", min: 2, max: 120 } as const;
const INDUSTRY = { kind: "text", max: 120, optional: true } as const;
const org = (o: TestOrg) => `/o/${o.org.slug}`;

/** An open invitation to the organisation for a new address; the token is the link's. */
async function invitation(o: TestOrg, email = `eingeladen-${randomSuffix()}@e2e.test`) {
  const token = randomBytes(24).toString("base64url");
  const created = await e2eDb().invitation.create({
    data: {
      orgId: o.org.id,
      email,
      role: "member",
      tokenHash: createHash("sha256").update(token).digest("hex"),
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById: o.users.owner.id,
    },
    select: { id: true },
  });
  return { token, email, invitationId: created.id };
}

async function membershipOf(o: TestOrg, role: keyof TestOrg["users"]) {
  const m = await e2eDb().membership.findFirstOrThrow({
    where: { orgId: o.org.id, userId: o.users[role].id },
    select: { id: true },
  });
  return m.id;
}

const accountsOf = (email: string) => e2eDb().user.count({ where: { email } });

export const ACCOUNT_FORMS: FormAction[] = [
  {
    route: "routes/sign-in.tsx",
    intent: null,
    withoutRoadmap: true,
    as: "anonymous",
    path: () => "/sign-in",
    form: ({ org: o }) => ({
      email: o.users.manager.email,
      password: E2E_PASSWORD,
      redirectTo: "",
    }),
    fields: {
      email: { kind: "email" },
      password: { kind: "secret", max: 128 },
      redirectTo: REDIRECT,
    },
    audit: { entity: "session", action: "sign_in" },
  },
  {
    route: "routes/sign-in.tsx",
    intent: "demo",
    withoutRoadmap: true,
    as: "anonymous",
    path: () => "/sign-in",
    form: () => ({}),
    fields: {},
    audit: { entity: "session", action: "sign_in_demo" },
  },
  {
    route: "routes/sign-up.tsx",
    intent: null,
    withoutRoadmap: true,
    as: "anonymous",
    setup: async () => ({ email: `neu-${randomSuffix()}@e2e.test` }),
    path: () => "/sign-up",
    form: ({ ids }) => ({
      name: "Neue Person",
      email: ids.email!,
      password: "ein-sicheres-Passwort-42",
      redirectTo: "",
    }),
    fields: { name: NAME, email: { kind: "email" }, password: NEW_PASSWORD, redirectTo: REDIRECT },
    // The account is made by the mail's link (decision 0013): the form keeps a request.
    audit: { entity: "user", action: "sign_up_requested" },
    stored: async ({ ids }) => [
      await accountsOf(ids.email!),
      await e2eDb().signUpRequest.count({ where: { email: ids.email! } }),
    ],
  },
  {
    route: "routes/forgot-password.tsx",
    intent: null,
    withoutRoadmap: true,
    as: "anonymous",
    path: () => "/forgot-password",
    form: ({ org: o }) => ({ email: o.users.viewer.email }),
    fields: { email: { kind: "email" } },
    audit: { entity: "user", action: "password_reset_requested" },
    stored: ({ org: o }) => e2eDb().passwordReset.count({ where: { userId: o.users.viewer.id } }),
  },
  {
    route: "routes/reset-password.tsx",
    intent: null,
    withoutRoadmap: true,
    as: "anonymous",
    // A working link for the viewer (as the mail carries it).
    setup: async (o) => {
      const token = randomBytes(32).toString("base64url");
      await e2eDb().passwordReset.create({
        data: {
          id: createHash("sha256").update(token).digest("hex"),
          userId: o.users.viewer.id,
          expiresAt: new Date(Date.now() + 3_600_000),
        },
      });
      return { token };
    },
    path: ({ ids }) => `/reset-password/${ids.token}`,
    form: () => ({ password: "ein-sicheres-Passwort-42" }),
    fields: { password: NEW_PASSWORD },
    audit: { entity: "user", action: "password_reset" },
    stored: ({ org: o }) =>
      e2eDb().user.findUnique({ where: { id: o.users.viewer.id }, select: { passwordHash: true } }),
  },
  {
    route: "routes/invite.tsx",
    intent: "signup",
    withoutRoadmap: true,
    as: "anonymous",
    setup: (o) => invitation(o),
    path: ({ ids }) => `/invite/${ids.token}`,
    form: () => ({ name: "Neue Kollegin", password: "ein-sicheres-Passwort-42", redirectTo: "" }),
    fields: {
      intent: { kind: "intent" },
      name: NAME,
      password: NEW_PASSWORD,
      redirectTo: REDIRECT,
    },
    audit: { entity: "user", action: "sign_up", also: [["membership", "join"]] },
    stored: ({ ids }) => accountsOf(ids.email!),
  },
  {
    route: "routes/invite.tsx",
    intent: "accept",
    withoutRoadmap: true,
    setup: async (o) => {
      const email = `eingeladen-${randomSuffix()}@e2e.test`;
      const user = await e2eDb().user.create({
        data: { email, name: "Eingeladen", passwordHash: "-" },
        select: { id: true },
      });
      return { ...(await invitation(o, email)), userId: user.id };
    },
    path: ({ ids }) => `/invite/${ids.token}`,
    form: () => ({}),
    fields: {},
    audit: { entity: "membership", action: "join" },
  },
  {
    route: "routes/account.tsx",
    intent: "profile",
    withoutRoadmap: true,
    path: () => "/account",
    form: () => ({ name: "Neuer Name", locale: "en" }),
    fields: { intent: { kind: "intent" }, name: NAME, locale: { kind: "choice" } },
    audit: { entity: "user", action: "update_profile" },
  },
  {
    route: "routes/account.tsx",
    intent: "password",
    withoutRoadmap: true,
    path: () => "/account",
    form: () => ({ currentPassword: E2E_PASSWORD, newPassword: "ganz-neues-Passwort-42" }),
    fields: {
      intent: { kind: "intent" },
      currentPassword: { kind: "secret", max: 128 },
      newPassword: NEW_PASSWORD,
    },
    audit: { entity: "user", action: "change_password" },
  },
  {
    route: "routes/account.tsx",
    intent: "email",
    withoutRoadmap: true,
    setup: async () => ({ email: `neue-adresse-${randomSuffix()}@e2e.test` }),
    path: () => "/account",
    form: ({ ids }) => ({ newEmail: ids.email!, currentPassword: E2E_PASSWORD }),
    fields: {
      intent: { kind: "intent" },
      newEmail: { kind: "email" },
      currentPassword: { kind: "secret", max: 128 },
    },
    audit: { entity: "user", action: "email_change_requested" },
    // Nothing changes before the link in the mail is opened.
    stored: ({ ids }) => e2eDb().emailChange.count({ where: { newEmail: ids.email! } }),
  },
  {
    route: "routes/locale.tsx",
    intent: null,
    withoutRoadmap: true,
    path: () => "/locale",
    form: () => ({ locale: "en", redirectTo: "/account" }),
    fields: { locale: { kind: "choice" }, redirectTo: REDIRECT },
    // The language switch is a button in the header: nothing to show an error beside.
    refusal: "status",
    audit: { entity: "user", action: "change_locale" },
  },
  {
    route: "routes/theme.tsx",
    intent: null,
    withoutRoadmap: true,
    path: () => "/theme",
    form: () => ({ theme: "dark", redirectTo: "/account" }),
    fields: { theme: { kind: "choice" }, redirectTo: REDIRECT },
    // The colour switch is a group of buttons: nothing to show an error beside.
    refusal: "status",
    audit: { entity: "user", action: "change_theme" },
  },
  {
    route: "routes/sign-out.tsx",
    intent: null,
    withoutRoadmap: true,
    path: () => "/sign-out",
    form: () => ({}),
    fields: {},
    audit: { none: "signing out ends a session; sessions are not records (sign-ins are audited)" },
  },
  {
    route: "routes/onboarding.tsx",
    intent: null,
    withoutRoadmap: true,
    setup: async () => ({ name: `Neue Firma ${randomSuffix()} GmbH` }),
    path: () => "/onboarding",
    form: ({ ids }) => ({
      name: ids.name!,
      industry: "Handel",
      employeeBand: "E10_49",
      locale: "de",
    }),
    fields: {
      name: ORG_NAME,
      industry: INDUSTRY,
      employeeBand: { kind: "choice", optional: true },
      locale: { kind: "choice", optional: true },
    },
    audit: { entity: "organisation", action: "create", also: [["training", "seed"]] },
    stored: ({ ids }) => e2eDb().organisation.count({ where: { name: ids.name! } }),
  },
  {
    route: "routes/org/settings.tsx",
    intent: null,
    withoutRoadmap: true,
    path: ({ org: o }) => `${org(o)}/settings`,
    form: () => ({
      name: "Umbenannt GmbH",
      industry: "Handel",
      employeeBand: "E50_249",
      locale: "de",
      timeZone: "Europe/Vienna",
      version: "1",
    }),
    fields: {
      name: ORG_NAME,
      industry: INDUSTRY,
      employeeBand: { kind: "choice" },
      locale: { kind: "choice" },
      timeZone: { kind: "choice", optional: true },
      version: { kind: "version" },
    },
    audit: { entity: "organisation", action: "update" },
  },
  {
    route: "routes/org/api-tokens.tsx",
    intent: "create",
    implicit: true,
    withoutRoadmap: true,
    path: ({ org: o }) => `${org(o)}/integrations`,
    form: () => ({ name: "Power BI", scope: "read", lifetime: "30" }),
    fields: {
      name: { kind: "text", max: 80 },
      scope: { kind: "choice" },
      lifetime: { kind: "choice", optional: true },
    },
    audit: { entity: "api_token", action: "create" },
  },
  {
    route: "routes/org/api-tokens.tsx",
    intent: "revoke",
    withoutRoadmap: true,
    setup: async (o) => {
      const token = await e2eDb().apiToken.create({
        data: {
          orgId: o.org.id,
          name: "Alt",
          scope: "read",
          tokenHash: randomSuffix().padEnd(64, "0"),
          prefix: "fpat_Alt0",
          createdById: o.users.owner.id,
        },
      });
      return { tokenId: token.id };
    },
    path: ({ org: o }) => `${org(o)}/integrations`,
    form: ({ ids }) => ({ tokenId: ids.tokenId! }),
    fields: { intent: { kind: "intent" }, tokenId: { kind: "id" } },
    refusal: "status",
    audit: { entity: "api_token", action: "revoke" },
  },
  {
    route: "routes/org/members.tsx",
    intent: "invite",
    withoutRoadmap: true,
    path: ({ org: o }) => `${org(o)}/members`,
    form: () => ({ email: `kollegin-${randomSuffix()}@e2e.test`, role: "member" }),
    fields: { intent: { kind: "intent" }, email: { kind: "email" }, role: { kind: "choice" } },
    audit: { entity: "invitation", action: "create" },
  },
  {
    route: "routes/org/members.tsx",
    intent: "change-role",
    withoutRoadmap: true,
    setup: async (o) => ({ membershipId: await membershipOf(o, "member") }),
    path: ({ org: o }) => `${org(o)}/members`,
    form: ({ ids }) => ({ membershipId: ids.membershipId!, role: "viewer", version: "1" }),
    fields: {
      intent: { kind: "intent" },
      membershipId: { kind: "id" },
      role: { kind: "choice" },
      canApproveGates: { kind: "checkbox" },
      version: { kind: "version" },
    },
    audit: { entity: "membership", action: "change_role" },
  },
  {
    route: "routes/org/members.tsx",
    intent: "remove",
    withoutRoadmap: true,
    setup: async (o) => ({ membershipId: await membershipOf(o, "viewer") }),
    path: ({ org: o }) => `${org(o)}/members`,
    form: ({ ids }) => ({ membershipId: ids.membershipId!, version: "1" }),
    fields: {
      intent: { kind: "intent" },
      membershipId: { kind: "id" },
      version: { kind: "version" },
    },
    audit: { entity: "membership", action: "remove" },
  },
  {
    route: "routes/org/members.tsx",
    intent: "revoke",
    withoutRoadmap: true,
    setup: async (o) => ({ invitationId: (await invitation(o)).invitationId }),
    path: ({ org: o }) => `${org(o)}/members`,
    form: ({ ids }) => ({ invitationId: ids.invitationId! }),
    fields: { intent: { kind: "intent" }, invitationId: { kind: "id" } },
    audit: { entity: "invitation", action: "revoke" },
  },
  {
    route: "routes/org/members.tsx",
    intent: "leave",
    withoutRoadmap: true,
    as: "manager",
    path: ({ org: o }) => `${org(o)}/members`,
    form: () => ({}),
    fields: { intent: { kind: "intent" } },
    refusal: "status",
    audit: { entity: "membership", action: "leave" },
  },
  {
    route: "routes/org/reports/calendar.tsx",
    intent: "create",
    withoutRoadmap: true,
    path: ({ org: o }) => `${org(o)}/reports/calendar`,
    form: () => ({}),
    fields: { intent: { kind: "intent" } },
    refusal: "status",
    audit: { entity: "calendar_feed", action: "create" },
  },
  {
    route: "routes/org/reports/calendar.tsx",
    intent: "revoke",
    withoutRoadmap: true,
    setup: async (o) => {
      await e2eDb().user.update({
        where: { id: o.users.owner.id },
        data: { calendarToken: createHash("sha256").update(randomSuffix()).digest("hex") },
      });
      return {};
    },
    path: ({ org: o }) => `${org(o)}/reports/calendar`,
    form: () => ({}),
    fields: { intent: { kind: "intent" } },
    refusal: "status",
    audit: { entity: "calendar_feed", action: "revoke" },
  },
];
