import { data, Form } from "react-router";
import type { Route } from "./+types/unsubscribe";
import { PublicNotice } from "~/components/public-notice";
import { Button } from "~/components/ui/button";
import { useI18n } from "~/lib/i18n/react";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { resubscribe, unsubscribe } from "~/modules/notifications/unsubscribe.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/**
 * The unsubscribe link of every notification and digest mail: one click, no sign-in
 * (the link is signed with the server's secret). Opening it turns that kind of mail off
 * (a GET with an effect, as the one-click promise needs); the page offers to undo it.
 */
export async function loader({ params, context }: Route.LoaderArgs) {
  const { t } = requestT(context);
  const result = await unsubscribe(params.token);
  if (!result.ok)
    return data(
      { pageTitle: t("notifications.unsubscribe.invalidTitle"), event: null, undone: false },
      { status: 410 },
    );
  return { pageTitle: t("notifications.unsubscribe.title"), event: result.event, undone: false };
}

export async function action({ params, context }: Route.ActionArgs) {
  const { t } = requestT(context);
  const result = await resubscribe(params.token);
  if (!result.ok)
    return data(
      { pageTitle: t("notifications.unsubscribe.invalidTitle"), event: null, undone: false },
      { status: 410 },
    );
  return { pageTitle: t("notifications.unsubscribe.title"), event: result.event, undone: true };
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
