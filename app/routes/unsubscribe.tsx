import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/unsubscribe";
import { PublicNotice } from "~/components/public-notice";
import { Button } from "~/components/ui/button";
import { useI18n } from "~/lib/i18n/react";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { verifyUnsubscribe } from "~/modules/notifications/signing.server";
import { resubscribe, unsubscribe } from "~/modules/notifications/unsubscribe.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/**
 * The unsubscribe link of every notification and digest mail: one click, no sign-in
 * (the link is signed with the server's secret). Opening it turns that kind of mail off
 * (a GET with an effect, as the one-click promise needs); the page offers to undo it.
 */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const { t } = requestT(context);
  const invalid = () =>
    data(
      { pageTitle: t("notifications.unsubscribe.invalidTitle"), event: null, undone: false },
      { status: 410 },
    );
  // After "undo" (a redirect here): say so, and do not unsubscribe again.
  if (new URL(request.url).searchParams.get("undone") === "1") {
    const claim = await verifyUnsubscribe(params.token);
    if (!claim) return invalid();
    return { pageTitle: t("notifications.unsubscribe.title"), event: claim.event, undone: true };
  }
  const result = await unsubscribe(params.token);
  if (!result.ok) return invalid();
  return { pageTitle: t("notifications.unsubscribe.title"), event: result.event, undone: false };
}

/** "Undo": the event's mails again, then back to the page (which then changes nothing). */
export async function action({ params, context }: Route.ActionArgs) {
  const { t } = requestT(context);
  const result = await resubscribe(params.token);
  if (!result.ok)
    return data(
      { pageTitle: t("notifications.unsubscribe.invalidTitle"), event: null, undone: false },
      { status: 410 },
    );
  return redirect(`/unsubscribe/${params.token}?undone=1`);
}

export default function Unsubscribe({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { event, undone } = actionData ?? loaderData;
  const links = [{ to: "/", label: t("notifications.unsubscribe.home") }];
  if (!event) {
    return (
      <PublicNotice title={t("notifications.unsubscribe.invalidTitle")} links={links}>
        <p className="mt-2 text-ink-muted">{t("notifications.unsubscribe.invalid")}</p>
      </PublicNotice>
    );
  }
  return (
    <PublicNotice title={t("notifications.unsubscribe.title")} links={links} status>
      {undone ? (
        <p className="mt-2 text-ink-muted">{t("notifications.unsubscribe.undone")}</p>
      ) : (
        <>
          <p className="mt-2 text-ink-muted">
            {event === "digest"
              ? t("notifications.unsubscribe.doneDigest")
              : t("notifications.unsubscribe.done", {
                  event: t(`notifications.prefs.event.${event}`),
                })}
          </p>
          <Form method="post" className="mt-4">
            <Button type="submit" variant="secondary">
              {t("notifications.unsubscribe.undo")}
            </Button>
          </Form>
        </>
      )}
    </PublicNotice>
  );
}
