import type { Route } from "./+types/outbox";
import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { Card } from "~/components/ui/card";
import { formatInstant } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { isSmtpConfigured } from "~/lib/mailer.server";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { listOutboxMails } from "~/modules/mail/outbox.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/**
 * The organisation's mails, for its owner. Without a mail server this is where an
 * invitation's mail is read (decision 0015); with SMTP it shows whether each mail went
 * out, is still being retried, or was given up after a day. A sent mail's text is not
 * kept then (only a waiting or failed one's).
 */
export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "org:update");
  const mails = await listOutboxMails({ orgId: scope.org.id });
  return {
    pageTitle: requestT(context).t("mail.outbox.title"),
    smtp: isSmtpConfigured(),
    mails: mails.map((mail) => ({ ...mail, createdAt: mail.createdAt.toISOString() })),
  };
}

const TONES: Record<"pending" | "sent" | "failed", Tone> = {
  pending: "warning",
  sent: "success",
  failed: "danger",
};

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <header>
        <h1 className="text-display">{t("mail.outbox.title")}</h1>
        <p className="mt-1 text-ink-muted">
          {t(loaderData.smtp ? "mail.outbox.introSmtp" : "mail.outbox.intro")}
        </p>
      </header>
      {loaderData.mails.length === 0 ? (
        <p className="rounded-card border border-dashed border-line-strong px-6 py-10 text-center text-ink-muted">
          {t("mail.outbox.empty")}
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {loaderData.mails.map((mail) => (
            <li key={mail.id}>
              <Card aria-labelledby={`mail-${mail.id}`}>
                <h2 id={`mail-${mail.id}`} className="text-lead font-semibold break-words">
                  {mail.subject}
                </h2>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-caption">
                  <dt className="text-ink-muted">{t("mail.outbox.to")}</dt>
                  <dd className="break-all">{mail.to}</dd>
                  <dt className="text-ink-muted">{t("mail.outbox.status")}</dt>
                  <dd>
                    <Badge tone={TONES[mail.status]}>
                      {t(
                        `mail.outbox.statusName.${mail.status === "sent" && !loaderData.smtp ? "kept" : mail.status}`,
                      )}
                    </Badge>
                  </dd>
                  <dt className="text-ink-muted">{t("mail.outbox.created")}</dt>
                  <dd>{formatInstant(mail.createdAt, locale)}</dd>
                  <dt className="text-ink-muted">{t("mail.outbox.attempts")}</dt>
                  <dd>{mail.attempts}</dd>
                </dl>
                {mail.text ? (
                  <details className="mt-3">
                    <summary className="cursor-pointer font-medium text-brand">
                      {t("mail.outbox.show", { to: mail.to })}
                    </summary>
                    <pre className="mt-2 overflow-x-auto rounded-control bg-surface-muted p-3 font-sans text-caption whitespace-pre-wrap">
                      {mail.text}
                    </pre>
                  </details>
                ) : (
                  <p className="mt-3 text-caption text-ink-muted">{t("mail.outbox.erased")}</p>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
