import { Form, Link } from "react-router";
import type { Route } from "./+types/index";
import { QuadrantBadge, StatusBadge, TierBadge } from "~/components/use-cases/badges";
import { UseCasesNav } from "~/components/use-cases/use-cases-nav";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Select } from "~/components/ui/select";
import { formatCents } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { UseCaseListQuerySchema } from "~/modules/use-cases/schema";
import { USE_CASE_STATUSES } from "~/modules/use-cases/status";
import { listUseCases } from "~/modules/use-cases/use-cases.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ request, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const { t } = requestT(context);
  const url = new URL(request.url);
  const query = UseCaseListQuerySchema.parse(Object.fromEntries(url.searchParams));
  const useCases = await listUseCases({
    orgId: scope.org.id,
    archived: query.archived,
    status: query.status === "all" ? undefined : query.status,
  });
  return {
    pageTitle: t("useCases.title"),
    orgSlug: scope.org.slug,
    useCases,
    query,
    canCreate: can(scope.role, "usecase:create"),
  };
}

export default function UseCaseList({ loaderData: d }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const base = `/o/${d.orgSlug}/use-cases`;
  const filtered = d.query.status !== "all" || d.query.archived;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-display">
            {d.query.archived ? t("useCases.archivedHeading") : t("useCases.title")}
          </h1>
          {d.canCreate ? (
            <Link to={`${base}/new`} className={buttonClass("primary")}>
              {t("useCases.newUseCase")}
            </Link>
          ) : null}
        </div>
        <p className="max-w-3xl text-ink-muted">{t("useCases.intro")}</p>
        <UseCasesNav orgSlug={d.orgSlug} />
      </header>

      <Form method="get" className="flex flex-wrap items-end gap-3">
        {d.query.archived ? <input type="hidden" name="archived" value="1" /> : null}
        <Select
          label={t("useCases.filterStatus")}
          name="status"
          defaultValue={d.query.status}
          options={[
            { value: "all", label: t("useCases.filterAll") },
            ...USE_CASE_STATUSES.map((s) => ({ value: s, label: t(`useCases.status.${s}`) })),
          ]}
        />
        <button type="submit" className={buttonClass("secondary")}>
          {t("useCases.filter")}
        </button>
        <Link
          to={d.query.archived ? base : `${base}?archived=1`}
          className="ml-auto py-2 text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          {d.query.archived ? t("useCases.showActive") : t("useCases.showArchived")}
        </Link>
      </Form>

      {d.useCases.length === 0 ? (
        filtered ? (
          <p className="text-ink-muted">
            {d.query.archived ? t("useCases.emptyArchived") : t("useCases.emptyFiltered")}
          </p>
        ) : (
          <EmptyState
            title={t("useCases.emptyTitle")}
            body={d.canCreate ? t("useCases.emptyBody") : t("useCases.emptyBodyReadOnly")}
            action={
              d.canCreate ? (
                <Link to={`${base}/new`} className={buttonClass("primary")}>
                  {t("useCases.newUseCase")}
                </Link>
              ) : undefined
            }
          />
        )
      ) : (
        <section aria-labelledby="list-title" className="flex flex-col gap-3">
          <h2 id="list-title" className="text-caption font-medium text-ink-muted">
            {t("useCases.count", { count: d.useCases.length })}
          </h2>
          <ol className="grid gap-3 lg:grid-cols-2">
            {d.useCases.map((u) => (
              <li
                key={u.id}
                className="flex gap-4 rounded-card border border-line bg-surface-raised p-4 shadow-card"
              >
                <div
                  className="flex h-14 w-14 shrink-0 flex-col items-center justify-center rounded-control bg-brand-soft"
                  title={t("useCases.priority.score")}
                >
                  <span className="text-title leading-none tabular-nums">{u.score}</span>
                  <span className="text-[0.6875rem] text-ink-muted">
                    {t("useCases.priority.scoreShort")}
                  </span>
                </div>
                <div className="flex min-w-0 flex-1 flex-col gap-1.5">
                  <h3 className="font-semibold">
                    <Link
                      to={`${base}/${u.id}`}
                      className="text-ink underline-offset-2 hover:text-brand hover:underline"
                    >
                      {u.title}
                    </Link>
                  </h3>
                  <p className="text-caption text-ink-muted">
                    {t(`useCases.area.${u.area}`)} · {u.ownerName ?? t("useCases.field.noOwner")}
                    {u.annualHoursValueCents + u.extraRevenueCents > 0
                      ? ` · ${t("useCases.benefit.perYear", {
                          amount: formatCents(
                            u.annualHoursValueCents + u.extraRevenueCents,
                            locale,
                          ),
                        })}`
                      : ""}
                  </p>
                  <p className="flex flex-wrap gap-1.5">
                    <StatusBadge status={u.status} />
                    <QuadrantBadge quadrant={u.quadrant} />
                    <TierBadge tier={u.tier} />
                  </p>
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
