import { data, Form, Link } from "react-router";
import type { Route } from "./+types/api-tokens";
import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { ConfirmSubmit } from "~/components/ui/confirm-submit";
import { CopyField } from "~/components/ui/copy-field";
import { EmptyState } from "~/components/ui/empty-state";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { Select } from "~/components/ui/select";
import { Table, TableBody, TableHead, Td, Th, Tr } from "~/components/ui/table";
import { parseForm } from "~/lib/forms.server";
import { formatInstant } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { IdParamSchema } from "~/lib/params";
import { actionContext, requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { API_SCOPES, TOKEN_LIFETIMES } from "~/modules/api/token-fields";
import { CreateApiTokenSchema } from "~/modules/api/token-schema";
import { createApiToken, listApiTokens, revokeApiToken } from "~/modules/api/tokens.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/** The organisation's API tokens (owners and managers): make one, see its use, revoke it. */
export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "integration:manage");
  const now = new Date();
  const tokens = await listApiTokens({ orgId: scope.org.id });
  return {
    pageTitle: requestT(context).t("api.title"),
    tokens: tokens.map((token) => ({
      id: token.id,
      name: token.name,
      scope: token.scope,
      prefix: token.prefix,
      createdBy: token.createdBy.name,
      createdAt: token.createdAt.toISOString(),
      expiresAt: token.expiresAt?.toISOString() ?? null,
      lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
      status: token.revokedAt
        ? ("revoked" as const)
        : token.expiresAt && token.expiresAt <= now
          ? ("expired" as const)
          : ("active" as const),
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { scope, t, actor } = actionContext(context);
  requirePermission(scope, "integration:manage");
  const formData = await request.formData();
  if (formData.get("intent") === "revoke") {
    const id = IdParamSchema.safeParse(formData.get("tokenId"));
    const result = id.success
      ? await revokeApiToken({ ...actor, tokenId: id.data })
      : { status: "not_found" as const };
    if (result.status !== "ok")
      return data({ formError: t("api.errors.notFound"), missing: true }, { status: 404 });
    return { revoked: result.name };
  }
  const form = parseForm(formData, CreateApiTokenSchema, t);
  if (!form.ok) {
    const { fieldErrors, values } = form;
    return data({ fieldErrors, values, formError: t("validation.formErrors") }, { status: 400 });
  }
  const token = await createApiToken({ ...actor, data: form.data });
  return { created: { name: form.data.name, secret: token.secret } };
}

const TONES: Record<"active" | "revoked" | "expired", Tone> = {
  active: "success",
  revoked: "neutral",
  expired: "warning",
};

export default function ApiTokens({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const failure = actionData && "fieldErrors" in actionData ? actionData : null;
  const errors: Record<string, string> = failure?.fieldErrors ?? {};
  const values: Record<string, string> = failure?.values ?? {};
  const created = actionData && "created" in actionData ? actionData.created : null;
  const when = (iso: string | null, none: string) => (iso ? formatInstant(iso, locale) : none);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4">
      <header>
        <h1 className="text-display">{t("api.title")}</h1>
        <p className="mt-1 text-ink-muted">{t("api.intro")}</p>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          <Link
            to="webhooks"
            relative="path"
            className="font-medium text-brand underline-offset-2 hover:underline"
          >
            {t("webhooks.link")}
          </Link>
          <Link
            to="/api/v1/docs"
            reloadDocument
            className="font-medium text-brand underline-offset-2 hover:underline"
          >
            {t("api.reference")}
          </Link>
        </p>
      </header>
      {created ? (
        <Card aria-labelledby="token-created">
          <CardTitle id="token-created">{t("api.created.title", { name: created.name })}</CardTitle>
          <p className="mt-1 mb-3 text-ink-muted">{t("api.created.body")}</p>
          <CopyField label={t("api.created.secret")} value={created.secret} />
        </Card>
      ) : null}
      {actionData && "revoked" in actionData ? (
        <FormAlert tone="success">
          {t("api.list.revoked", { name: actionData.revoked ?? "" })}
        </FormAlert>
      ) : null}
      {actionData && "formError" in actionData ? (
        <FormAlert>{actionData.formError}</FormAlert>
      ) : null}
      <Card aria-labelledby="token-new">
        <CardTitle id="token-new">{t("api.create.title")}</CardTitle>
        <Form method="post" className="mt-3 flex flex-col gap-4" noValidate>
          <input type="hidden" name="intent" value="create" />
          <Field
            label={t("api.create.name")}
            name="name"
            hint={t("api.create.nameHint")}
            defaultValue={values.name ?? ""}
            error={errors.name}
            maxLength={80}
          />
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <Select
              label={t("api.create.scope")}
              name="scope"
              defaultValue={values.scope ?? "read"}
              error={errors.scope}
              options={API_SCOPES.map((scope) => ({
                value: scope,
                label: t(`api.scope.${scope}`),
              }))}
            />
            <Select
              label={t("api.create.lifetime")}
              name="lifetime"
              defaultValue={values.lifetime ?? "90"}
              error={errors.lifetime}
              options={TOKEN_LIFETIMES.map((days) => ({
                value: days,
                label: t(`api.lifetime.${days}`),
              }))}
            />
          </div>
          <div>
            <Button type="submit">{t("api.create.submit")}</Button>
          </div>
        </Form>
      </Card>
      {loaderData.tokens.length === 0 ? (
        <EmptyState title={t("api.empty.title")} body={t("api.empty.body")} headingLevel={2} />
      ) : (
        <section aria-labelledby="tokens-title" className="flex flex-col gap-2">
          <h2 id="tokens-title" className="text-lead font-semibold">
            {t("api.list.title")}
          </h2>
          <Table labelledBy="tokens-title" minWidth="lg" framed>
            <TableHead>
              <Th>{t("api.list.name")}</Th>
              <Th>{t("api.list.scope")}</Th>
              <Th>{t("api.list.createdBy")}</Th>
              <Th>{t("api.list.lastUsed")}</Th>
              <Th>{t("api.list.expiresAt")}</Th>
              <Th>{t("api.list.status")}</Th>
              <Th>
                <span className="sr-only">{t("api.list.revoke")}</span>
              </Th>
            </TableHead>
            <TableBody>
              {loaderData.tokens.map((token) => (
                <Tr key={token.id}>
                  <Th>
                    <span className="block">{token.name}</span>
                    <code className="text-caption text-ink-muted">{token.prefix}…</code>
                  </Th>
                  <Td>{t(`api.scope.${token.scope}`)}</Td>
                  <Td>
                    <span className="block">{token.createdBy}</span>
                    <span className="text-caption text-ink-muted">
                      {formatInstant(token.createdAt, locale)}
                    </span>
                  </Td>
                  <Td>{when(token.lastUsedAt, t("api.list.never"))}</Td>
                  <Td>{when(token.expiresAt, t("api.list.noExpiry"))}</Td>
                  <Td>
                    <Badge tone={TONES[token.status]}>{t(`api.status.${token.status}`)}</Badge>
                  </Td>
                  <Td>
                    {token.status === "revoked" ? null : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="revoke" />
                        <input type="hidden" name="tokenId" value={token.id} />
                        <ConfirmSubmit
                          trigger={t("api.list.revoke")}
                          triggerLabel={t("api.list.revokeLabel", { name: token.name })}
                          question={t("api.list.revokeQuestion", { name: token.name })}
                          confirm={t("api.list.revokeConfirm")}
                        />
                      </Form>
                    )}
                  </Td>
                </Tr>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </div>
  );
}
