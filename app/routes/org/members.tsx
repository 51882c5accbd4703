import { data, Form, redirect, useSearchParams } from "react-router";
import type { Route } from "./+types/members";
import { MemberItem } from "~/components/members/member-item";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { CopyField } from "~/components/ui/copy-field";
import { Button } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { Select } from "~/components/ui/select";
import { requestContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { conflictReply } from "~/lib/route/conflict.server";
import { revalidateAfterConflict } from "~/lib/route/revalidate";
import { formatDate } from "~/lib/i18n";
import { createT } from "~/lib/i18n";
import type { MessageKey } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { appOrigin } from "~/lib/http.server";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { can, ROLES } from "~/lib/permissions";
import {
  changeRole,
  createInvitation,
  getOwnMembership,
  INVITATION_DAYS,
  listMembers,
  listOpenInvitations,
  MembershipRuleError,
  removeMember,
  revokeInvitation,
} from "~/modules/members/members.server";
import type { MemberSnapshot } from "~/modules/members/members.server";
import {
  ChangeRoleSchema,
  InvitationIdSchema,
  InviteSchema,
  RemoveMemberSchema,
} from "~/modules/members/schema";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export const shouldRevalidate = revalidateAfterConflict;

export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  const canInvite = can(scope.role, "member:invite");
  const [members, invitations] = await Promise.all([
    listMembers({ orgId: scope.org.id }),
    canInvite ? listOpenInvitations({ orgId: scope.org.id }) : Promise.resolve([]),
  ]);
  return {
    pageTitle: requestT(context).t("accounts.members.title"),
    members: members.map((m) => ({ ...m, isMe: m.user.id === user.id })),
    invitations,
    canInvite,
    canManage: can(scope.role, "member:update"),
  };
}

const ruleMessages: Record<MembershipRuleError["code"], MessageKey> = {
  last_owner: "accounts.members.lastOwner",
  already_member: "accounts.members.alreadyMember",
  not_found: "accounts.members.notFound",
  invitation_invalid: "accounts.invite.invalidBody",
  wrong_email: "accounts.members.notFound",
};

export async function action({ request, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const orgId = scope.org.id;
  const back = `/o/${scope.org.slug}/members`;
  const fail = (
    fields: { fieldErrors?: Record<string, string>; values?: Record<string, string> },
    status = 400,
  ) =>
    data(
      {
        intent,
        inviteLink: null,
        fieldErrors: fields.fieldErrors ?? {},
        values: fields.values ?? {},
        formError: t("validation.formErrors"),
        current: null,
      },
      { status },
    );

  // Somebody changed this member's role in the meantime: nothing was written.
  const memberConflict = (
    key: "conflict" | "removeConflict",
    { membershipId }: { membershipId: string },
    { current }: { current: MemberSnapshot },
  ) => {
    const formError = t(`accounts.members.${key}`, { name: current.name });
    return conflictReply(
      formData,
      { formError, current },
      { intent, inviteLink: null, membershipId },
    );
  };

  try {
    switch (intent) {
      case "invite": {
        requirePermission(scope, "member:invite");
        const form = parseForm(formData, InviteSchema, t);
        if (!form.ok) return fail(form);
        // The invitation and its mail are written together; the link stays copyable.
        const { link } = await createInvitation({
          orgId,
          actorId: user.id,
          requestId,
          ...form.data,
          origin: appOrigin(request),
        });
        return data({
          intent,
          inviteLink: link,
          fieldErrors: {},
          values: {},
          formError: null,
          notice: t("accounts.members.inviteCreated", {
            email: form.data.email,
            days: INVITATION_DAYS,
          }),
        });
      }
      case "change-role": {
        requirePermission(scope, "member:update");
        const form = parseForm(formData, ChangeRoleSchema, t);
        if (!form.ok) return fail(form);
        const result = await changeRole({ orgId, actorId: user.id, requestId, ...form.data });
        if (result.status === "conflict") return memberConflict("conflict", form.data, result);
        return redirect(`${back}?done=roleChanged`);
      }
      case "remove": {
        requirePermission(scope, "member:remove");
        const form = parseForm(formData, RemoveMemberSchema, t);
        if (!form.ok) return fail(form);
        const result = await removeMember({ orgId, actorId: user.id, requestId, ...form.data });
        if (result.status === "conflict")
          return memberConflict("removeConflict", form.data, result);
        return redirect(`${back}?done=removed`);
      }
      case "revoke": {
        requirePermission(scope, "member:invite");
        const form = parseForm(formData, InvitationIdSchema, t);
        if (!form.ok) return fail(form);
        await revokeInvitation({
          orgId,
          actorId: user.id,
          requestId,
          invitationId: form.data.invitationId,
        });
        return redirect(`${back}?done=revoked`);
      }
      case "leave": {
        // One's own membership as it is now: leaving does not depend on the page's state.
        const own = await getOwnMembership({ orgId, userId: user.id });
        if (!own) return redirect("/");
        const { id: membershipId, version } = own;
        const result = await removeMember({
          orgId,
          actorId: user.id,
          requestId,
          membershipId,
          version,
        });
        if (result.status === "conflict")
          return memberConflict("removeConflict", { membershipId }, result);
        return redirect("/");
      }
      default:
        return fail({}, 400);
    }
  } catch (error) {
    if (error instanceof MembershipRuleError) {
      const status = error.code === "not_found" ? 404 : 409;
      return data(
        {
          intent,
          inviteLink: null,
          fieldErrors: {},
          values: {},
          formError: t(ruleMessages[error.code]),
          current: null,
        },
        { status },
      );
    }
    throw error;
  }
}

const DONE: Record<string, MessageKey> = {
  roleChanged: "accounts.members.roleChanged",
  removed: "accounts.members.removed",
  revoked: "accounts.members.revoked",
};

export default function Members({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const [searchParams] = useSearchParams();
  const done = DONE[searchParams.get("done") ?? ""];
  const inviteErrors: Record<string, string> =
    actionData?.intent === "invite" ? actionData.fieldErrors : {};
  const inviteValues: Record<string, string> =
    actionData?.intent === "invite" ? actionData.values : {};
  const conflict =
    actionData && "current" in actionData && actionData.current ? actionData : undefined;
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-display">{t("accounts.members.title")}</h1>
        <p className="mt-1 text-ink-muted">{t("accounts.members.intro")}</p>
      </header>
      {done ? <FormAlert tone="success">{t(done)}</FormAlert> : null}
      {actionData?.formError && actionData.intent !== "invite" && !conflict ? (
        <FormAlert>{actionData.formError}</FormAlert>
      ) : null}

      <Card aria-labelledby="members-title">
        <CardTitle id="members-title">
          {t("accounts.members.title")} ({loaderData.members.length})
        </CardTitle>
        <ul className="mt-3 divide-y divide-line">
          {loaderData.members.map((m) => (
            <MemberItem
              key={m.id}
              member={m}
              canManage={loaderData.canManage}
              conflict={conflict?.membershipId === m.id ? conflict : undefined}
            />
          ))}
        </ul>
      </Card>

      {loaderData.canInvite ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card aria-labelledby="invite-title">
            <CardTitle id="invite-title">{t("accounts.members.invite")}</CardTitle>
            <div className="mt-3 flex flex-col gap-3">
              {actionData?.intent === "invite" && actionData.formError ? (
                <FormAlert>{actionData.formError}</FormAlert>
              ) : null}
              {actionData?.inviteLink ? (
                <>
                  <FormAlert tone="success">
                    {"notice" in actionData ? actionData.notice : null}
                  </FormAlert>
                  <CopyField
                    label={t("accounts.members.inviteLink")}
                    value={actionData.inviteLink}
                  />
                </>
              ) : null}
              <Form method="post" className="flex flex-col gap-3" noValidate>
                <input type="hidden" name="intent" value="invite" />
                <Field
                  label={t("accounts.members.inviteEmail")}
                  name="email"
                  type="email"
                  defaultValue={inviteValues.email ?? ""}
                  error={inviteErrors.email}
                />
                <Select
                  label={t("accounts.members.inviteRole")}
                  name="role"
                  defaultValue={inviteValues.role ?? "member"}
                  options={roleOptions}
                  error={inviteErrors.role}
                />
                <ul className="text-caption text-ink-muted">
                  {ROLES.map((role) => (
                    <li key={role}>
                      <strong className="text-ink">{t(`role.${role}`)}:</strong>{" "}
                      {t(`accounts.members.roleHelp.${role}`)}
                    </li>
                  ))}
                </ul>
                <div>
                  <Button type="submit">{t("accounts.members.inviteSubmit")}</Button>
                </div>
              </Form>
            </div>
          </Card>
          <Card aria-labelledby="pending-title">
            <CardTitle id="pending-title">{t("accounts.members.pending")}</CardTitle>
            {loaderData.invitations.length === 0 ? (
              <p className="mt-3 text-ink-muted">{t("accounts.members.pendingEmpty")}</p>
            ) : (
              <ul className="mt-3 divide-y divide-line">
                {loaderData.invitations.map((inv) => (
                  <li key={inv.id} className="flex flex-wrap items-center gap-3 py-2.5">
                    <div className="min-w-0 flex-1">
                      <p className="font-medium break-all">{inv.email}</p>
                      <p className="text-caption text-ink-muted">
                        {t(`role.${inv.role}`)} ·{" "}
                        {t("accounts.members.invitedBy", { name: inv.invitedBy.name })} ·{" "}
                        {t("accounts.members.expires", { date: formatDate(inv.expiresAt, locale) })}
                      </p>
                    </div>
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="invitationId" value={inv.id} />
                      <Button
                        type="submit"
                        variant="ghost"
                        aria-label={`${t("accounts.members.revoke")}: ${inv.email}`}
                      >
                        {t("accounts.members.revoke")}
                      </Button>
                    </Form>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      ) : null}

      <section aria-labelledby="leave-title" className="rounded-card border border-line p-5">
        <h2 id="leave-title" className="text-lead font-semibold">
          {t("accounts.members.leave")}
        </h2>
        <p className="mt-1 text-ink-muted">{t("accounts.members.leaveConfirm")}</p>
        <Form method="post" className="mt-3">
          <input type="hidden" name="intent" value="leave" />
          <Button type="submit" variant="danger">
            {t("accounts.members.leave")}
          </Button>
        </Form>
      </section>
    </div>
  );
}
