import { data, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/index";
import type { CheckActionData } from "~/components/data-sources/check-row";
import { ReadinessBadge, ReadinessSummary } from "~/components/data-sources/readiness-summary";
import { SourceCard } from "~/components/data-sources/source-card";
import { buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { FormAlert } from "~/components/ui/form-alert";
import { parseForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { recordCheck, removeCheck } from "~/modules/data-sources/checks.server";
import type { CheckResult } from "~/modules/data-sources/checks.server";
import { listDataSources } from "~/modules/data-sources/data-sources.server";
import type { CheckAspect } from "~/modules/data-sources/fields";
import { recordCheckSchema, RemoveCheckSchema } from "~/modules/data-sources/schema";
import { todayIso } from "~/modules/calendar/dates";
import { pageTitle } from "~/lib/route/meta";
import { idParam } from "~/lib/params.server";
import { requestT } from "~/lib/route/context.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/** After a create, edit or delete the form sends the user here with what happened. */
const NoticeSchema = z.object({
  done: z.enum(["created", "saved", "deleted"]).optional().catch(undefined),
  name: z.string().max(120).optional().catch(undefined),
});

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const useCaseId = idParam(params.useCaseId);
  const { t } = requestT(context);
  const list = await listDataSources({ orgId: scope.org.id, useCaseId });
  if (!list) notFound();
  const query = NoticeSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const notice =
    query.done === "saved"
      ? t("dataSources.form.saved")
      : query.done && query.name
        ? t(`dataSources.form.${query.done}`, { name: query.name })
        : null;
  const writable = !list.useCase.isArchived;
  return {
    pageTitle: `${t("dataSources.title")} · ${list.useCase.title}`,
    orgSlug: scope.org.slug,
    ...list,
    today: todayIso(),
    notice,
    canManage: writable && can(scope.role, "datasource:manage"),
    canCheck: writable && can(scope.role, "datasource:check"),
  };
}

function reply(body: CheckActionData, status = 200) {
  return data(body, { status });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  const useCaseId = idParam(params.useCaseId);
  const user = getUser(context);
  const { t, requestId } = requestT(context);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const actor = { orgId: scope.org.id, actorId: user.id, requestId, useCaseId };
  const ref = {
    intent,
    dataSourceId: String(formData.get("dataSourceId") ?? ""),
    aspect: String(formData.get("aspect") ?? ""),
  };

  let result: CheckResult;
  let aspect: CheckAspect;
  if (intent === "check") {
    requirePermission(scope, "datasource:check");
    const form = parseForm(formData, recordCheckSchema(todayIso()), t);
    if (!form.ok) {
      // A tampered id or aspect has no field to show its error beside.
      if (form.fieldErrors.dataSourceId || form.fieldErrors.aspect) {
        return reply({ ok: false, ...ref, message: t("dataSources.errors.invalid") }, 400);
      }
      return reply({ ok: false, ...ref, fieldErrors: form.fieldErrors, values: form.values }, 400);
    }
    result = await recordCheck({ ...actor, ...form.data });
    aspect = form.data.aspect;
  } else if (intent === "uncheck") {
    requirePermission(scope, "datasource:manage");
    const form = parseForm(formData, RemoveCheckSchema, t);
    if (!form.ok)
      return reply({ ok: false, ...ref, message: t("dataSources.errors.invalid") }, 400);
    result = await removeCheck({ ...actor, ...form.data });
    aspect = form.data.aspect;
  } else {
    return reply({ ok: false, ...ref, message: t("errors.badRequestBody") }, 400);
  }

  if (!result.ok) {
    return result.reason === "archived"
      ? reply({ ok: false, ...ref, message: t("dataSources.errors.archived") }, 409)
      : reply({ ok: false, ...ref, message: t("dataSources.errors.notFound") }, 404);
  }
  const names = {
    aspect: t(`dataSources.aspect.${aspect}`),
    source: result.sourceName,
  };
  return reply({
    ok: true,
    ...ref,
    message: t(
      intent === "check" ? "dataSources.check.recorded" : "dataSources.check.removed",
      names,
    ),
  });
}

export default function DataSources({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const useCaseHref = `/o/${d.orgSlug}/use-cases/${d.useCase.id}`;
  const base = `${useCaseHref}/data-sources`;
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Link
          to={useCaseHref}
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          ← {t("dataSources.backToUseCase", { title: d.useCase.title })}
        </Link>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-display">{t("dataSources.title")}</h1>
          {d.canManage ? (
            <Link to={`${base}/new`} className={buttonClass("primary")}>
              {t("dataSources.add")}
            </Link>
          ) : null}
        </div>
        <p className="max-w-3xl text-ink-muted">{t("dataSources.intro")}</p>
      </header>

      {d.notice ? <FormAlert tone="success">{d.notice}</FormAlert> : null}
      {d.useCase.isArchived ? (
        <p className="rounded-control border border-line bg-surface-muted px-3 py-2">
          {t("dataSources.archivedNote")}
        </p>
      ) : null}

      {d.sources.length === 0 ? (
        <section className="flex flex-col items-center gap-3 rounded-card border border-dashed border-line-strong px-6 py-10 text-center">
          <h2 className="text-title">{t("dataSources.emptyTitle")}</h2>
          <p className="max-w-lg text-ink-muted">
            {d.canManage ? t("dataSources.emptyBody") : t("dataSources.emptyBodyReader")}
          </p>
          {d.canManage ? (
            <Link to={`${base}/new`} className={buttonClass("primary")}>
              {t("dataSources.add")}
            </Link>
          ) : null}
        </section>
      ) : (
        <>
          <Card aria-labelledby="readiness-title" className="flex flex-col gap-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <CardTitle id="readiness-title">{t("dataSources.readiness.title")}</CardTitle>
              <ReadinessBadge state={d.readiness.state} />
            </div>
            <ReadinessSummary readiness={d.readiness} />
          </Card>
          {d.sources.map((source) => (
            <SourceCard
              key={source.id}
              source={source}
              editHref={d.canManage ? `${base}/${source.id}/edit` : null}
              today={d.today}
              canCheck={d.canCheck}
              canManage={d.canManage}
              pageResult={actionData}
            />
          ))}
        </>
      )}
    </div>
  );
}
