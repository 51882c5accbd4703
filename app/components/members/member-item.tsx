import { Form } from "react-router";
import { Badge } from "~/components/ui/badge";
import { Button, buttonClass } from "~/components/ui/button";
import { ConfirmSubmit } from "~/components/ui/confirm-submit";
import { ConflictNotice } from "~/components/ui/conflict-notice";
import { Select } from "~/components/ui/select";
import { useI18n } from "~/lib/i18n/react";
import { ROLES } from "~/lib/permissions";
import type { Role } from "~/lib/permissions";

export type MemberView = {
  id: string;
  role: Role;
  canApproveGates: boolean;
  version: number;
  isMe: boolean;
  user: { name: string; email: string };
};

/** A refused role change or removal of this member: as stored now, and what was chosen. */
export type MemberConflict = {
  intent: string;
  formError: string;
  values: Record<string, string>;
  current: { role: Role; canApproveGates: boolean };
};

/**
 * One member: name, e-mail and role; for those who may, the role form and the removal.
 * Both carry the membership's version: a stale change shows the member as stored now
 * and keeps the choice made in the form.
 */
export function MemberItem({
  member: m,
  canManage,
  conflict,
}: {
  member: MemberView;
  canManage: boolean;
  conflict?: MemberConflict;
}) {
  const { t } = useI18n();
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));
  const chosen = conflict?.intent === "change-role" ? conflict.values : undefined;
  return (
    <li className="flex flex-col gap-3 py-3">
      {conflict ? (
        <ConflictNotice
          heading="h3"
          title={conflict.formError}
          body={t(conflict.intent === "remove" ? "conflict.deleteBody" : "conflict.body")}
          rows={[
            [t("accounts.members.role"), t(`role.${conflict.current.role}`)],
            [
              t("accounts.members.canApproveGates"),
              t(conflict.current.canApproveGates ? "accounts.members.yes" : "accounts.members.no"),
            ],
          ]}
        />
      ) : null}
      <div className="flex flex-col gap-3 md:flex-row md:items-center">
        <div className="min-w-0 flex-1">
          <p className="font-medium">
            {m.user.name}{" "}
            {m.isMe ? <span className="text-ink-muted">({t("accounts.members.you")})</span> : null}
          </p>
          <p className="text-caption break-all text-ink-muted">{m.user.email}</p>
        </div>
        {canManage ? (
          <Form method="post" className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="intent" value="change-role" />
            <input type="hidden" name="membershipId" value={m.id} />
            <input type="hidden" name="version" value={m.version} />
            <Select
              label={t("accounts.members.role")}
              name="role"
              defaultValue={chosen?.role ?? m.role}
              options={roleOptions}
              id={`role-${m.id}`}
            />
            <label className="flex items-center gap-2 pb-2 text-caption">
              <input
                type="checkbox"
                name="canApproveGates"
                defaultChecked={chosen ? chosen.canApproveGates === "on" : m.canApproveGates}
              />
              {t("accounts.members.canApproveGates")}
            </label>
            <Button type="submit" variant="secondary">
              {chosen ? t("conflict.saveAnyway") : t("accounts.members.saveRole")}
            </Button>
          </Form>
        ) : (
          <div className="flex flex-wrap gap-2">
            <Badge tone="brand">{t(`role.${m.role}`)}</Badge>
            {m.canApproveGates ? <Badge>{t("accounts.members.gateApprover")}</Badge> : null}
          </div>
        )}
        {canManage && !m.isMe ? (
          <Form method="post">
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="membershipId" value={m.id} />
            <input type="hidden" name="version" value={m.version} />
            <ConfirmSubmit
              trigger={t("accounts.members.remove")}
              triggerLabel={`${t("accounts.members.remove")}: ${m.user.name}`}
              question={t("accounts.members.confirmRemove", { name: m.user.name })}
              confirm={t("accounts.members.confirmRemoveYes")}
              triggerClassName={buttonClass("ghost")}
            />
          </Form>
        ) : null}
      </div>
    </li>
  );
}
