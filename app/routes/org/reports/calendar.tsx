import { data, Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/calendar";
import { Badge } from "~/components/ui/badge";
import { Button, buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { CopyField } from "~/components/ui/copy-field";
import { FormAlert } from "~/components/ui/form-alert";
import { requestContext } from "~/lib/context.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser } from "~/lib/middleware.server";
import {
  createCalendarFeed,
  hasCalendarFeed,
  revokeCalendarFeed,
} from "~/modules/reports/calendar.server";
import { webcalUrl } from "~/modules/reports/webcal";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.title} · Fahrplan` : "Fahrplan" },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  return {
    title: createT(context.get(requestContext).locale)("reports.feed.title"),
    orgSlug: scope.org.slug,
    feedOn: await hasCalendarFeed({ userId: user.id }),
    revoked: new URL(request.url).searchParams.get("done") === "revoked",
  };
}

/** Every member may have a feed of their own dates; it changes only their own secret. */
export async function action({ request, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  const { requestId } = context.get(requestContext);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const who = { userId: user.id, orgId: scope.org.id, requestId };
  if (intent === "create") {
    const token = await createCalendarFeed(who);
    const origin = process.env.APP_ORIGIN ?? new URL(request.url).origin;
    // Shown once, right here; only its hash is stored.
    return data({ feedUrl: `${origin}/calendar/${token}.ics` });
  }
  if (intent === "revoke") {
    await revokeCalendarFeed(who);
    throw redirect(`/o/${scope.org.slug}/reports/calendar?done=revoked`);
  }
  return data({ feedUrl: null }, { status: 400 });
}

export default function CalendarFeed({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const feedUrl = actionData?.feedUrl ?? null;
  const on = d.feedOn || Boolean(feedUrl);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link
          to={`/o/${d.orgSlug}/reports`}
          className="text-caption text-ink-muted hover:text-brand"
        >
          ← {t("reports.title")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-display">{t("reports.feed.title")}</h1>
          <Badge tone={on ? "success" : "neutral"}>
            {on ? t("reports.feed.on") : t("reports.feed.off")}
          </Badge>
        </div>
        <p className="text-ink-muted">{t("reports.feed.intro")}</p>
        <p className="font-medium">
          {on ? t("reports.feed.statusOn") : t("reports.feed.statusOff")}
        </p>
      </header>

      {d.revoked && !on ? <FormAlert tone="success">{t("reports.feed.revoked")}</FormAlert> : null}

      {feedUrl ? (
        <Card aria-labelledby="feed-url-title">
          <CardTitle id="feed-url-title">{t("reports.feed.subscribe")}</CardTitle>
          <FormAlert tone="success">{t("reports.feed.created")}</FormAlert>
          <div className="mt-3 flex flex-col gap-3">
            <CopyField
              label={t("reports.feed.newUrl")}
              value={feedUrl}
              hint={t("reports.feed.copyHint")}
              copyLabel={t("reports.feed.copy")}
            />
            <div className="flex flex-col items-start gap-1">
              <a href={webcalUrl(feedUrl)} className={buttonClass("secondary")}>
                {t("reports.feed.webcal")}
              </a>
              <p className="text-caption text-ink-muted">{t("reports.feed.webcalHint")}</p>
            </div>
          </div>
        </Card>
      ) : null}

      <Card aria-labelledby="feed-contents-title">
        <CardTitle id="feed-contents-title">{t("reports.feed.contents")}</CardTitle>
        <ul className="mt-2 list-disc pl-5 text-ink-muted">
          <li>{t("reports.feed.contentsTasks")}</li>
          <li>{t("reports.feed.contentsGates")}</li>
        </ul>
        <div className="mt-4 flex flex-col gap-4">
          <Form method="post" className="flex flex-col items-start gap-1">
            <input type="hidden" name="intent" value="create" />
            <Button type="submit" disabled={busy}>
              {on ? t("reports.feed.regenerate") : t("reports.feed.create")}
            </Button>
            {on ? (
              <p className="text-caption text-ink-muted">{t("reports.feed.regenerateHint")}</p>
            ) : null}
          </Form>
          {on ? (
            <Form method="post" className="flex flex-col items-start gap-1">
              <input type="hidden" name="intent" value="revoke" />
              <Button type="submit" variant="danger" disabled={busy}>
                {t("reports.feed.revoke")}
              </Button>
              <p className="text-caption text-ink-muted">{t("reports.feed.revokeHint")}</p>
            </Form>
          ) : null}
          {on && !feedUrl ? (
            <p className="text-caption text-ink-muted">{t("reports.feed.lostHint")}</p>
          ) : null}
        </div>
      </Card>
    </div>
  );
}
