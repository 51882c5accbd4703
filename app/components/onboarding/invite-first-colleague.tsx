import { useFetcher } from "react-router";
import { Button } from "~/components/ui/button";
import { CopyField } from "~/components/ui/copy-field";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { useI18n } from "~/lib/i18n/react";

type InviteAnswer = {
  inviteLink?: string | null;
  notice?: string;
  formError?: string | null;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

/**
 * The first hour's invitation: one address, and the link to hand over. Posts to the
 * members page's own action (role member); without JavaScript the members page answers.
 */
export function InviteFirstColleague({ orgSlug }: { orgSlug: string }) {
  const { t } = useI18n();
  const fetcher = useFetcher<InviteAnswer>();
  const answer = fetcher.data;
  return (
    <section
      aria-labelledby="first-invite-title"
      className="flex flex-col gap-3 rounded-card border border-line bg-surface-raised p-5 text-left shadow-card"
    >
      <h2 id="first-invite-title" className="text-lead font-semibold">
        {t("roadmaps.empty.inviteTitle")}
      </h2>
      <p className="text-caption text-ink-muted">{t("roadmaps.empty.inviteBody")}</p>
      {answer?.formError ? <FormAlert>{answer.formError}</FormAlert> : null}
      {answer?.inviteLink ? (
        <>
          <FormAlert tone="success">{answer.notice}</FormAlert>
          <CopyField label={t("accounts.members.inviteLink")} value={answer.inviteLink} />
        </>
      ) : null}
      <fetcher.Form
        method="post"
        action={`/o/${orgSlug}/members`}
        noValidate
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
      >
        <input type="hidden" name="intent" value="invite" />
        <input type="hidden" name="role" value="member" />
        <Field
          label={t("accounts.members.inviteEmail")}
          name="email"
          type="email"
          autoComplete="off"
          required
          className="grow"
          // A fresh field after each invitation.
          key={answer?.inviteLink ?? "new"}
          defaultValue={answer?.inviteLink ? "" : (answer?.values?.email ?? "")}
          error={answer?.fieldErrors?.email}
        />
        <Button type="submit" variant="secondary" disabled={fetcher.state !== "idle"}>
          {t("accounts.members.inviteSubmit")}
        </Button>
      </fetcher.Form>
    </section>
  );
}
