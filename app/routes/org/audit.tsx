import { Form, Link } from "react-router";
import type { Route } from "./+types/audit";
import { AuditLogTable } from "~/components/audit/audit-log-table";
import { lookup } from "~/components/audit/audit-values";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Field } from "~/components/ui/field";
import { Select } from "~/components/ui/select";
import { Pager } from "~/components/ui/pager";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { AUDIT_ENTITIES } from "~/modules/audit/entities";
import { parseAuditFilter } from "~/modules/audit/log";
import { listAuditEvents, listAuditPeople } from "~/modules/audit/log.server";
import { pageTitle } from "~/lib/route/meta";
import { requestT } from "~/lib/route/context.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/**
 * The organisation's audit log. Owners, managers and viewers read every entry;
 * members read their own (audit:read-own). Filters and the page live in the URL.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "audit:read-own");
  const user = getUser(context);
  const { t } = requestT(context);
  const readsAll = can(scope.role, "audit:read");
  const url = new URL(request.url);
  const filter = parseAuditFilter(url.searchParams);
  const [page, people] = await Promise.all([
    listAuditEvents({ orgId: scope.org.id, userId: user.id, readsAll }, filter),
    listAuditPeople(scope.org.id),
  ]);
  const filtered = Boolean(filter.person || filter.kind || filter.from || filter.to);
  const exportParams = new URLSearchParams(url.searchParams);
  exportParams.delete("cursor");
  return {
    pageTitle: t("audit.title"),
    orgSlug: scope.org.slug,
    readsAll,
    events: page.events.map(({ before: _b, after: _a, requestId: _r, ...event }) => event),
    nextCursor: page.nextCursor,
    isFirstPage: !filter.cursor,
    filter: {
      person: readsAll ? (filter.person ?? "") : "",
      kind: filter.kind ?? "",
      from: filter.from ?? "",
      to: filter.to ?? "",
    },
    filtered,
    exportQuery: exportParams.toString(),
    people,
  };
}

export default function AuditLog({ loaderData: d }: Route.ComponentProps) {
  const { t } = useI18n();
  const base = `/o/${d.orgSlug}/audit`;
  const people = new Map(d.people.map((p) => [p.id, p.name]));
  const next = new URLSearchParams({
    ...Object.fromEntries(Object.entries(d.filter).filter(([, v]) => v !== "")),
    ...(d.nextCursor ? { cursor: d.nextCursor } : {}),
  });
  const newest = new URLSearchParams(
    Object.fromEntries(Object.entries(d.filter).filter(([, v]) => v !== "")),
  );
  const kinds = AUDIT_ENTITIES.map((kind) => ({
    value: kind,
    label: lookup(t, `audit.entity.${kind}`, kind),
  })).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-display">{t("audit.title")}</h1>
          <a
            href={`${base}.csv${d.exportQuery ? `?${d.exportQuery}` : ""}`}
            download
            className={buttonClass("secondary")}
          >
            {t("audit.exportCsv")}
          </a>
        </div>
        <p className="max-w-3xl text-ink-muted">
          {d.readsAll ? t("audit.intro") : t("audit.introOwn")}
        </p>
      </header>

      <Form
        method="get"
        action={base}
        aria-label={t("audit.filters")}
        className="grid grid-cols-1 gap-3 rounded-card border border-line bg-surface-raised p-4 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
      >
        {d.readsAll ? (
          <Select
            label={t("audit.person")}
            name="person"
            defaultValue={d.filter.person}
            options={[
              { value: "", label: t("audit.anyone") },
              ...d.people.map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
        ) : null}
        <Select
          label={t("audit.kind")}
          name="kind"
          defaultValue={d.filter.kind}
          options={[{ value: "", label: t("audit.anyKind") }, ...kinds]}
        />
        <Field label={t("audit.from")} name="from" type="date" defaultValue={d.filter.from} />
        <Field label={t("audit.to")} name="to" type="date" defaultValue={d.filter.to} />
        <div className="flex flex-wrap items-end gap-2">
          <button type="submit" className={buttonClass("primary")}>
            {t("audit.apply")}
          </button>
          {d.filtered ? (
            <Link to={base} className={buttonClass("ghost")}>
              {t("audit.reset")}
            </Link>
          ) : null}
        </div>
      </Form>

      {d.events.length === 0 ? (
        d.filtered || !d.isFirstPage ? (
          <EmptyState title={t("audit.noMatchTitle")} body={t("audit.noMatchBody")} />
        ) : (
          <EmptyState title={t("audit.emptyTitle")} body={t("audit.emptyBody")} />
        )
      ) : (
        <AuditLogTable events={d.events} people={people} />
      )}

      <Pager
        label={t("audit.caption")}
        newer={
          d.isFirstPage ? null : { to: `${base}?${newest.toString()}`, label: t("audit.newest") }
        }
        older={d.nextCursor ? { to: `${base}?${next.toString()}`, label: t("audit.older") } : null}
      />
    </div>
  );
}
