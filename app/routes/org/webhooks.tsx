import { data, Form, Link, useSearchParams } from "react-router";
import type { Route } from "./+types/webhooks";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { CopyField } from "~/components/ui/copy-field";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { EventCheckboxes } from "~/components/webhooks/event-checkboxes";
import { fieldFailure, joinRepeated, parseForm } from "~/lib/forms.server";
import { formatInstant } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { actionContext, requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { createEndpoint, listEndpoints } from "~/modules/webhooks/endpoints.server";
import { eventLabelKey } from "~/modules/webhooks/events";
import { checkUrlForm, defaultPolicy } from "~/modules/webhooks/guard.server";
import { CreateWebhookSchema } from "~/modules/webhooks/schema";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/** The organisation's webhook endpoints and the form to add one (owners and managers). */
export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "integration:manage");
  const endpoints = await listEndpoints({ orgId: scope.org.id });
  return {
    pageTitle: requestT(context).t("webhooks.title"),
    endpoints: endpoints.map((e) => ({
      id: e.id,
      url: e.url,
      description: e.description,
      events: e.events,
      enabled: e.enabled,
      disabledReason: e.disabledReason,
      failingSince: e.failingSince?.toISOString() ?? null,
      last: e.last
        ? {
            status: e.last.status,
            code: e.last.lastStatusCode,
            createdAt: e.last.createdAt.toISOString(),
          }
        : null,
    })),
  };
}

/**
 * Adds an endpoint. Its secret is in this answer only: it is shown once, never loaded
 * again. A URL the SSRF guard refuses is a field error (400).
 */
export async function action({ request, context }: Route.ActionArgs) {
  const { scope, t, actor } = actionContext(context);
  requirePermission(scope, "integration:manage");
  const formData = joinRepeated(await request.formData(), "events");
  const form = parseForm(formData, CreateWebhookSchema, t);
  if (!form.ok) {
    // The address's form is checked too, so every field says what is wrong at once.
    const url = form.values.url ?? "";
    const urlForm = url.trim() ? checkUrlForm(url, defaultPolicy()) : null;
    if (urlForm && !urlForm.ok && !form.fieldErrors.url)
      form.fieldErrors.url = t(`webhooks.errors.${urlForm.problem}`);
    return data({ ...form, created: null }, { status: 400 });
  }
  const result = await createEndpoint({ ...actor, input: form.data });
  if (result.status === "refused") {
    const failure = fieldFailure(formData, { url: t(`webhooks.errors.${result.problem}`) });
    return data({ ...failure, created: null }, { status: 400 });
  }
  return { ok: true as const, created: { id: result.id, secret: result.secret } };
}

export default function Webhooks({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const [searchParams] = useSearchParams();
  const failed = actionData && !actionData.ok ? actionData : null;
  const errors: Record<string, string> = failed?.fieldErrors ?? {};
  const values: Record<string, string> = failed?.values ?? {};
  const created = actionData?.created ?? null;
  const base = `/o/${params.orgSlug}/integrations/webhooks`;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <header>
        <h1 className="text-display">{t("webhooks.title")}</h1>
        <p className="mt-1 text-ink-muted">{t("webhooks.intro")}</p>
        <p className="mt-2">
          <Link
            to={`/o/${params.orgSlug}/integrations`}
            className="font-medium text-brand underline-offset-2 hover:underline"
          >
            {t("api.title")}
          </Link>
        </p>
      </header>
      {searchParams.get("deleted") ? (
        <FormAlert tone="success">{t("webhooks.removed")}</FormAlert>
      ) : null}
      {created ? (
        <Card aria-labelledby="webhook-secret" className="border-brand">
          <h2 id="webhook-secret" className="text-lead font-semibold">
            {t("webhooks.secretTitle")}
          </h2>
          <p className="mt-1 mb-3 text-ink-muted">{t("webhooks.secretBody")}</p>
          <CopyField
            label={t("webhooks.secretLabel")}
            value={created.secret}
            copyLabel={t("webhooks.copySecret")}
          />
        </Card>
      ) : null}
      <section aria-labelledby="webhook-endpoints" className="flex flex-col gap-3">
        <h2 id="webhook-endpoints" className="text-title">
          {t("webhooks.endpointsHeading")}
        </h2>
        {loaderData.endpoints.length === 0 ? (
          <p className="rounded-card border border-dashed border-line-strong px-6 py-8 text-center text-ink-muted">
            {t("webhooks.empty")}
          </p>
        ) : (
          <ul className="flex flex-col gap-3">
            {loaderData.endpoints.map((endpoint) => (
              <li key={endpoint.id}>
                <Card aria-labelledby={`endpoint-${endpoint.id}`}>
                  <h3
                    id={`endpoint-${endpoint.id}`}
                    className="font-mono text-body font-semibold break-all"
                  >
                    {endpoint.url}
                  </h3>
                  {endpoint.description ? (
                    <p className="text-ink-muted">{endpoint.description}</p>
                  ) : null}
                  <p className="mt-2 flex flex-wrap items-center gap-2 text-caption">
                    {endpoint.enabled ? (
                      endpoint.failingSince ? (
                        <Badge tone="warning">
                          {t("webhooks.status.failing", {
                            since: formatInstant(endpoint.failingSince, locale),
                          })}
                        </Badge>
                      ) : (
                        <Badge tone="success">{t("webhooks.status.enabled")}</Badge>
                      )
                    ) : (
                      <Badge tone="danger">{t("webhooks.status.disabled")}</Badge>
                    )}
                    <span className="text-ink-muted">
                      {endpoint.events.map((event) => t(eventLabelKey(event))).join(", ")}
                    </span>
                  </p>
                  <p className="mt-1 text-caption text-ink-muted">
                    {t("webhooks.lastDelivery")}:{" "}
                    {endpoint.last
                      ? `${t(`webhooks.log.statusName.${endpoint.last.status}`)}${
                          endpoint.last.code ? ` (${endpoint.last.code})` : ""
                        }, ${formatInstant(endpoint.last.createdAt, locale)}`
                      : t("webhooks.noDelivery")}
                  </p>
                  <Link
                    to={`${base}/${endpoint.id}`}
                    aria-label={t("webhooks.openNamed", { url: endpoint.url })}
                    className="mt-2 inline-block font-medium text-brand underline-offset-2 hover:underline"
                  >
                    {t("webhooks.open")}
                  </Link>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Card aria-labelledby="webhook-new">
        <h2 id="webhook-new" className="mb-3 text-title">
          {t("webhooks.newHeading")}
        </h2>
        <FormAlert>{failed ? t("validation.formErrors") : null}</FormAlert>
        <Form method="post" className="flex flex-col gap-4" noValidate>
          <Field
            label={t("webhooks.url")}
            name="url"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://"
            hint={t("webhooks.urlHint")}
            defaultValue={values.url ?? ""}
            error={errors.url}
          />
          <Field
            label={t("webhooks.description")}
            name="description"
            hint={t("webhooks.descriptionHint")}
            defaultValue={values.description ?? ""}
            error={errors.description}
          />
          <EventCheckboxes
            idPrefix="new"
            checked={values.events ? values.events.split(",") : []}
            error={errors.events}
          />
          <div>
            <Button type="submit">{t("webhooks.create")}</Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
