import { data, Form, Link, redirect, useSearchParams } from "react-router";
import type { Route } from "./+types/webhook";
import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { Button, buttonClass } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { ConfirmSubmit } from "~/components/ui/confirm-submit";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { Pager } from "~/components/ui/pager";
import { Table, TableBody, TableHead, Td, Th, Tr } from "~/components/ui/table";
import { EventCheckboxes } from "~/components/webhooks/event-checkboxes";
import { joinRepeated, parseForm } from "~/lib/forms.server";
import { badRequest, notFound } from "~/lib/http.server";
import { formatInstant } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { idParam, pageParam } from "~/lib/params.server";
import { actionContext, requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { listDeliveries, resendDelivery } from "~/modules/webhooks/deliveries.server";
import {
  deleteEndpoint,
  getEndpoint,
  setEndpointEnabled,
  updateEndpoint,
} from "~/modules/webhooks/endpoints.server";
import { ResendSchema, UpdateWebhookSchema, VersionSchema } from "~/modules/webhooks/schema";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/** One endpoint: its events, on/off, delete, and its delivery log with "resend". */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "integration:manage");
  const endpointId = idParam(params.endpointId);
  const page = pageParam(new URL(request.url).searchParams.get("page"));
  const [endpoint, log] = await Promise.all([
    getEndpoint({ orgId: scope.org.id, endpointId }),
    listDeliveries({ orgId: scope.org.id, endpointId, page }),
  ]);
  if (!endpoint) notFound();
  return {
    pageTitle: `${requestT(context).t("webhooks.title")}: ${endpoint.url}`,
    endpoint: {
      ...endpoint,
      disabledAt: endpoint.disabledAt?.toISOString() ?? null,
      failingSince: endpoint.failingSince?.toISOString() ?? null,
      createdAt: endpoint.createdAt.toISOString(),
    },
    page,
    pages: log.pages,
    deliveries: log.rows.map((d) => ({
      id: d.id,
      event: d.event,
      status: d.status,
      attempts: d.attempts,
      code: d.lastStatusCode,
      durationMs: d.lastDurationMs,
      error: d.lastError,
      createdAt: d.createdAt.toISOString(),
    })),
  };
}

const INTENTS = ["update", "enable", "disable", "delete", "resend"] as const;

export async function action({ request, context, params }: Route.ActionArgs) {
  const { scope, t, actor } = actionContext(context);
  requirePermission(scope, "integration:manage");
  const endpointId = idParam(params.endpointId);
  const formData = joinRepeated(await request.formData(), "events");
  const intent = formData.get("intent");
  if (!(INTENTS as readonly unknown[]).includes(intent)) badRequest();
  const here = `/o/${scope.org.slug}/integrations/webhooks/${endpointId}`;
  if (intent === "resend") {
    const form = parseForm(formData, ResendSchema, t);
    if (!form.ok) badRequest();
    const result = await resendDelivery({ ...actor, endpointId, deliveryId: form.data.deliveryId });
    if (result.status === "not_found") notFound();
    if (result.status === "disabled")
      return data(
        { ok: false as const, formError: t("webhooks.log.resendDisabled") },
        { status: 409 },
      );
    return redirect(`${here}?resent=1`);
  }
  if (intent === "update") {
    const form = parseForm(formData, UpdateWebhookSchema, t);
    if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
    const result = await updateEndpoint({ ...actor, endpointId, input: form.data });
    if (result.status === "not_found") notFound();
    if (result.status === "conflict")
      return data({ ok: false as const, formError: t("webhooks.conflict") }, { status: 409 });
    return redirect(`${here}?saved=1`);
  }
  const form = parseForm(formData, VersionSchema, t);
  if (!form.ok) badRequest();
  const { version } = form.data;
  // "enable" / "disable" switch the endpoint; "delete" removes it.
  const enabled = intent === "enable" ? true : intent === "disable" ? false : null;
  const result =
    enabled === null
      ? await deleteEndpoint({ ...actor, endpointId, version })
      : await setEndpointEnabled({ ...actor, endpointId, version, enabled });
  if (result.status === "not_found") notFound();
  if (result.status === "conflict")
    return data({ ok: false as const, formError: t("webhooks.conflict") }, { status: 409 });
  if (intent === "delete") return redirect(`/o/${scope.org.slug}/integrations/webhooks?deleted=1`);
  return redirect(`${here}?${intent}d=1`);
}

const TONES: Record<"pending" | "sent" | "failed", Tone> = {
  pending: "warning",
  sent: "success",
  failed: "danger",
};

export default function Webhook({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const [searchParams] = useSearchParams();
  const { endpoint, deliveries, page, pages } = loaderData;
  const failed = actionData && !actionData.ok ? actionData : null;
  const errors: Record<string, string> =
    failed && "fieldErrors" in failed ? (failed.fieldErrors as Record<string, string>) : {};
  const base = `/o/${params.orgSlug}/integrations/webhooks`;
  const notice = searchParams.get("saved")
    ? t("webhooks.saved")
    : searchParams.get("enabled")
      ? t("webhooks.enabledNotice")
      : searchParams.get("disabled")
        ? t("webhooks.disabledNotice")
        : searchParams.get("resent")
          ? t("webhooks.log.resent")
          : null;
  const pageLink = (p: number) => `${base}/${endpoint.id}${p > 1 ? `?page=${p}` : ""}`;
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4">
      <p>
        <Link to={base} className="font-medium text-brand underline-offset-2 hover:underline">
          {t("webhooks.back")}
        </Link>
      </p>
      <header>
        <h1 className="font-mono text-title font-semibold break-all">{endpoint.url}</h1>
        {endpoint.description ? (
          <p className="mt-1 text-ink-muted">{endpoint.description}</p>
        ) : null}
      </header>
      <FormAlert tone="success">{notice}</FormAlert>
      <FormAlert>{failed?.formError}</FormAlert>
      {!endpoint.enabled && endpoint.disabledAt ? (
        <p role="note" className="rounded-control bg-warning-soft px-3 py-2 text-warning">
          {t(
            endpoint.disabledReason === "failing"
              ? "webhooks.disabledFailing"
              : "webhooks.disabledManual",
            { date: formatInstant(endpoint.disabledAt, locale) },
          )}
        </p>
      ) : null}
      <Card aria-labelledby="webhook-settings">
        <h2 id="webhook-settings" className="sr-only">
          {t("webhooks.events")}
        </h2>
        <Form method="post" className="flex flex-col gap-4" noValidate>
          <input type="hidden" name="version" value={endpoint.version} />
          <Field
            label={t("webhooks.description")}
            name="description"
            defaultValue={endpoint.description}
            error={errors.description}
          />
          <EventCheckboxes idPrefix="edit" checked={endpoint.events} error={errors.events} />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" name="intent" value="update">
              {t("webhooks.save")}
            </Button>
            <button
              type="submit"
              name="intent"
              value={endpoint.enabled ? "disable" : "enable"}
              className={buttonClass("secondary")}
            >
              {t(endpoint.enabled ? "webhooks.disable" : "webhooks.enable")}
            </button>
            <ConfirmSubmit
              trigger={t("webhooks.remove")}
              question={t("webhooks.removeConfirm")}
              confirm={t("webhooks.remove")}
              name="intent"
              value="delete"
            />
          </div>
        </Form>
      </Card>
      <section aria-labelledby="webhook-log" className="flex flex-col gap-3">
        <h2 id="webhook-log" className="text-title">
          {t("webhooks.log.heading")}
        </h2>
        {deliveries.length === 0 ? (
          <p className="rounded-card border border-dashed border-line-strong px-6 py-8 text-center text-ink-muted">
            {t("webhooks.log.empty")}
          </p>
        ) : (
          <Table caption={t("webhooks.log.caption")} captionHidden minWidth="md" size="caption">
            <TableHead>
              <Th>{t("webhooks.log.created")}</Th>
              <Th>{t("webhooks.log.event")}</Th>
              <Th>{t("webhooks.log.status")}</Th>
              <Th numeric>{t("webhooks.log.code")}</Th>
              <Th numeric>{t("webhooks.log.duration")}</Th>
              <Th numeric>{t("webhooks.log.attempts")}</Th>
              <Th>{t("webhooks.log.actions")}</Th>
            </TableHead>
            <TableBody>
              {deliveries.map((d) => (
                <Tr key={d.id}>
                  <Td>{formatInstant(d.createdAt, locale)}</Td>
                  <Td>
                    <code>{d.event}</code>
                  </Td>
                  <Td>
                    <Badge tone={TONES[d.status]}>{t(`webhooks.log.statusName.${d.status}`)}</Badge>
                    {d.error && d.status !== "sent" ? (
                      <span className="mt-1 block text-ink-muted break-words">{d.error}</span>
                    ) : null}
                  </Td>
                  <Td numeric>{d.code ?? t("webhooks.log.none")}</Td>
                  <Td numeric>
                    {d.durationMs === null
                      ? t("webhooks.log.none")
                      : t("webhooks.log.ms", { ms: d.durationMs })}
                  </Td>
                  <Td numeric>{d.attempts}</Td>
                  <Td>
                    <Form method="post">
                      <input type="hidden" name="deliveryId" value={d.id} />
                      <button
                        type="submit"
                        name="intent"
                        value="resend"
                        disabled={!endpoint.enabled}
                        aria-label={t("webhooks.log.resendNamed", { id: d.id })}
                        className="rounded-control px-2 py-1 font-medium text-brand hover:bg-brand-soft disabled:text-ink-subtle"
                      >
                        {t("webhooks.log.resend")}
                      </button>
                    </Form>
                  </Td>
                </Tr>
              ))}
            </TableBody>
          </Table>
        )}
        <Pager
          label={t("webhooks.log.pages")}
          newer={page > 1 ? { to: pageLink(page - 1), label: t("webhooks.log.newer") } : null}
          older={page < pages ? { to: pageLink(page + 1), label: t("webhooks.log.older") } : null}
          status={t("webhooks.log.page", { page, pages })}
        />
      </section>
    </div>
  );
}
