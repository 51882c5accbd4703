import { useEffect } from "react";
import { data, Form, Link, useNavigation } from "react-router";
import type { Route } from "./+types/notifications";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { useAnnounce } from "~/components/ui/live-region";
import { Select } from "~/components/ui/select";
import { badRequest } from "~/lib/http.server";
import { formatInstant } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { IdParamSchema } from "~/lib/params";
import { actionContext, requestT } from "~/lib/route/context.server";
import { getOrgScope, getUser } from "~/lib/middleware.server";
import { pageTitle } from "~/lib/route/meta";
import {
  CHANNELS,
  DIGEST_CHANNELS,
  isChannel,
  PREFERENCE_EVENTS,
} from "~/modules/notifications/events";
import type { PreferenceEvent } from "~/modules/notifications/events";
import {
  getPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  savePreferences,
} from "~/modules/notifications/inbox.server";
import type { Preferences } from "~/modules/notifications/inbox.server";
import { notificationTitle } from "~/modules/notifications/title";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/** ?page=N, a whole number from 1; anything else is a bad request. */
function pageParam(request: Request): number {
  const raw = new URL(request.url).searchParams.get("page");
  if (raw === null) return 1;
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) badRequest();
  return Number(raw);
}

/**
 * The signed-in member's notifications in this organisation (every role has an inbox),
 * newest first and paged, with their preferences per event.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  const { t } = requestT(context);
  const page = pageParam(request);
  const [inbox, preferences] = await Promise.all([
    listNotifications({ orgId: scope.org.id, userId: user.id, page }),
    getPreferences(user.id),
  ]);
  return {
    pageTitle: t("notifications.page.title"),
    email: user.email,
    ...inbox,
    items: inbox.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })),
    preferences,
  };
}

type ActionReply =
  | { ok: true; intent: "read" | "read-all" | "preferences" }
  | { ok: false; intent: "preferences"; fieldErrors: Partial<Record<PreferenceEvent, string>> };

export async function action({ request, context }: Route.ActionArgs) {
  const { scope, user, t } = actionContext(context);
  const form = await request.formData();
  const intent = form.get("intent");
  const where = { orgId: scope.org.id, userId: user.id };
  if (intent === "read") {
    const id = IdParamSchema.safeParse(form.get("id"));
    if (!id.success) badRequest();
    // Another's notification or none at all: the same 404, nothing revealed.
    if (!(await markNotificationRead({ ...where, id: id.data })))
      throw data({ reason: "not_found" }, { status: 404 });
    return { ok: true, intent } satisfies ActionReply;
  }
  if (intent === "read-all") {
    await markAllNotificationsRead(where);
    return { ok: true, intent } satisfies ActionReply;
  }
  if (intent === "preferences") {
    const fieldErrors: Partial<Record<PreferenceEvent, string>> = {};
    const chosen: Partial<Preferences> = {};
    for (const event of PREFERENCE_EVENTS) {
      const value = form.get(event);
      const allowed: readonly string[] = event === "digest" ? DIGEST_CHANNELS : CHANNELS;
      if (isChannel(value) && allowed.includes(value)) chosen[event] = value;
      else fieldErrors[event] = t("notifications.prefs.invalid");
    }
    if (Object.keys(fieldErrors).length > 0)
      return data({ ok: false, intent, fieldErrors } satisfies ActionReply, { status: 400 });
    await savePreferences(user.id, chosen as Preferences);
    return { ok: true, intent } satisfies ActionReply;
  }
  badRequest();
}

export default function Notifications({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const navigation = useNavigation();
  const { items, page, pages, unread } = loaderData;
  const reply = actionData as ActionReply | undefined;

  useEffect(() => {
    if (!reply?.ok) return;
    announce(
      t(
        reply.intent === "read"
          ? "notifications.page.markedRead"
          : reply.intent === "read-all"
            ? "notifications.page.markedAllRead"
            : "notifications.prefs.saved",
      ),
    );
  }, [reply, announce, t]);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-display">{t("notifications.page.title")}</h1>
          <p className="mt-1 text-ink-muted">{t("notifications.page.intro")}</p>
        </div>
        {unread > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="read-all" />
            <Button type="submit" variant="secondary" disabled={navigation.state !== "idle"}>
              {t("notifications.page.markAllRead")}
            </Button>
          </Form>
        ) : null}
      </header>

      {items.length === 0 ? (
        <p className="rounded-card border border-dashed border-line-strong px-6 py-10 text-center text-ink-muted">
          {t("notifications.page.empty")}
        </p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t("notifications.page.title")}>
          {items.map((item) => {
            const title = notificationTitle(t, item.kind, item.params);
            return (
              <li key={item.id}>
                <div
                  className={`rounded-card border border-line bg-surface-raised p-4 shadow-card ${item.isRead ? "" : "border-l-4 border-l-brand"}`}
                  data-testid="notification"
                >
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="min-w-0 flex-1 basis-64">
                      <Link
                        to={item.link}
                        className={`break-words text-brand underline-offset-2 hover:underline ${item.isRead ? "" : "font-semibold"}`}
                      >
                        {title}
                      </Link>
                      <p className="mt-1 flex flex-wrap items-center gap-2 text-caption text-ink-muted">
                        <time dateTime={item.createdAt}>
                          {formatInstant(item.createdAt, locale)}
                        </time>
                        {item.isRead ? null : (
                          <Badge tone="brand">{t("notifications.page.unread")}</Badge>
                        )}
                      </p>
                    </div>
                    {item.isRead ? null : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="read" />
                        <input type="hidden" name="id" value={item.id} />
                        <Button
                          type="submit"
                          variant="ghost"
                          aria-label={t("notifications.page.markReadNamed", { title })}
                        >
                          {t("notifications.page.markRead")}
                        </Button>
                      </Form>
                    )}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {pages > 1 ? (
        <nav
          aria-label={t("notifications.page.pages")}
          className="flex items-center justify-between gap-3"
        >
          {page > 1 ? (
            <Link
              to={`?page=${page - 1}`}
              className="text-brand underline-offset-2 hover:underline"
            >
              {t("notifications.page.newer")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-caption text-ink-muted">
            {t("notifications.page.pageOf", { page, pages })}
          </span>
          {page < pages ? (
            <Link
              to={`?page=${page + 1}`}
              className="text-brand underline-offset-2 hover:underline"
            >
              {t("notifications.page.older")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}

      <PreferencesForm
        preferences={loaderData.preferences}
        email={loaderData.email}
        errors={reply && !reply.ok ? reply.fieldErrors : {}}
      />
    </div>
  );
}

function PreferencesForm({
  preferences,
  email,
  errors,
}: {
  preferences: Preferences;
  email: string;
  errors: Partial<Record<PreferenceEvent, string>>;
}) {
  const { t } = useI18n();
  return (
    <Card aria-labelledby="notification-prefs">
      <h2 id="notification-prefs" className="text-title">
        {t("notifications.prefs.title")}
      </h2>
      <p className="mt-1 text-caption text-ink-muted">
        {t("notifications.prefs.intro", { email })}
      </p>
      <Form method="post" className="mt-4 flex flex-col gap-4">
        <input type="hidden" name="intent" value="preferences" />
        {PREFERENCE_EVENTS.map((event) => (
          <Select
            key={event}
            name={event}
            label={t(`notifications.prefs.event.${event}`)}
            defaultValue={preferences[event]}
            error={errors[event]}
            options={
              event === "digest"
                ? DIGEST_CHANNELS.map((c) => ({
                    value: c,
                    label: t(`notifications.prefs.digestChannel.${c}`),
                  }))
                : CHANNELS.map((c) => ({ value: c, label: t(`notifications.prefs.channel.${c}`) }))
            }
          />
        ))}
        <div>
          <Button type="submit">{t("notifications.prefs.save")}</Button>
        </div>
      </Form>
    </Card>
  );
}
