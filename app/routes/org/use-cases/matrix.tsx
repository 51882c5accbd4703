import { lazy, Suspense } from "react";
import { Link, useNavigate } from "react-router";
import type { Route } from "./+types/matrix";
import { QuadrantBadge } from "~/components/use-cases/badges";
import { UseCasesNav } from "~/components/use-cases/use-cases-nav";
import { Card, CardTitle } from "~/components/ui/card";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TableBody, TableHead, Td, Th, Tr } from "~/components/ui/table";
import { formatNumber } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { toMatrix } from "~/modules/use-cases/matrix";
import { listMatrixUseCases } from "~/modules/use-cases/use-cases.server";

// Recharts is loaded only on this page, after the rest of it.
const ValueFeasibilityMatrix = lazy(() => import("~/components/charts/value-feasibility-matrix"));

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const { t } = requestT(context);
  const useCases = await listMatrixUseCases({ orgId: scope.org.id });
  const { points, excluded } = toMatrix(
    useCases.map((u) => ({ id: u.id, title: u.title, ...u.ratings })),
  );
  return {
    pageTitle: t("useCases.matrix.title"),
    orgSlug: scope.org.slug,
    points,
    excluded,
    canCreate: can(scope.role, "usecase:create"),
  };
}

export default function Matrix({ loaderData: d }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const base = `/o/${d.orgSlug}/use-cases`;
  const labels = {
    chart: t("useCases.matrix.chartLabel", { count: d.points.length }),
    xAxis: t("useCases.matrix.xAxis"),
    yAxis: t("useCases.matrix.yAxis"),
    quadrants: {
      quick_win: t("useCases.quadrant.quick_win"),
      strategic: t("useCases.quadrant.strategic"),
      fill_in: t("useCases.quadrant.fill_in"),
      avoid: t("useCases.quadrant.avoid"),
      excluded: t("useCases.quadrant.excluded"),
    },
    score: t("useCases.priority.scoreShort"),
    feasibility: t("useCases.priority.feasibility"),
    value: t("useCases.table.value"),
  };
  // Ranked like the list: the table reads top to bottom in priority order; the
  // rank is the number drawn in each point.
  const rows = [...d.points].sort((a, b) => a.rank - b.rank);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <h1 className="text-display">{t("useCases.matrix.title")}</h1>
        <p className="max-w-3xl text-ink-muted">
          {t("useCases.matrix.intro")} {t("useCases.matrix.aiAct")}
        </p>
        <UseCasesNav orgSlug={d.orgSlug} />
      </header>
      {d.excluded.length > 0 ? (
        <section
          aria-labelledby="excluded-title"
          className="rounded-card border border-danger/40 bg-danger-soft p-4"
        >
          <h2 id="excluded-title" className="font-semibold text-danger">
            {t("useCases.matrix.excludedTitle")}
          </h2>
          <p className="mt-1 text-caption text-ink">{t("useCases.matrix.excludedIntro")}</p>
          <ul className="mt-2 flex flex-col gap-1">
            {d.excluded.map((u) => (
              <li key={u.id}>
                <Link to={`${base}/${u.id}`} className="text-ink underline underline-offset-2">
                  {u.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {d.points.length === 0 ? (
        <EmptyState
          title={t("useCases.matrix.title")}
          body={t("useCases.matrix.empty")}
          action={
            d.canCreate ? (
              <Link to={`${base}/new`} className={buttonClass("primary")}>
                {t("useCases.form.create")}
              </Link>
            ) : null
          }
        />
      ) : (
        <div className="flex flex-col gap-4">
          <Card aria-labelledby="chart-title" className="flex flex-col gap-3">
            <CardTitle id="chart-title">{t("useCases.matrix.title")}</CardTitle>
            {/* Reserved height: the page does not jump when the chart arrives. */}
            <div className="h-[22rem] sm:h-[28rem]">
              <Suspense
                fallback={
                  <p className="flex h-full items-center justify-center rounded-control bg-surface-muted text-caption text-ink-muted">
                    {t("useCases.matrix.loading")}
                  </p>
                }
              >
                <ValueFeasibilityMatrix
                  points={d.points}
                  labels={labels}
                  onSelect={(id) => navigate(`${base}/${id}`)}
                />
              </Suspense>
            </div>
            <p className="text-caption text-ink-muted">{t("useCases.matrix.numbers")}</p>
          </Card>
          <Card aria-labelledby="table-title" className="flex flex-col gap-3">
            <CardTitle id="table-title">{t("useCases.matrix.tableCaption")}</CardTitle>
            <Table labelledBy="table-title" size="caption">
              <TableHead>
                <Th>{t("useCases.table.rank")}</Th>
                <Th>{t("useCases.table.title")}</Th>
                <Th numeric>{t("useCases.table.value")}</Th>
                <Th numeric>{t("useCases.table.feasibility")}</Th>
                <Th numeric>{t("useCases.table.score")}</Th>
                <Th>{t("useCases.table.quadrant")}</Th>
              </TableHead>
              <TableBody>
                {rows.map((p) => (
                  <Tr key={p.id}>
                    <Td className="tabular-nums">{p.rank}</Td>
                    <Th>
                      <Link
                        to={`${base}/${p.id}`}
                        className="text-ink underline-offset-2 hover:text-brand hover:underline"
                      >
                        {p.title}
                      </Link>
                    </Th>
                    <Td numeric>{p.value}</Td>
                    <Td numeric>
                      {formatNumber(p.feasibility, locale, { maximumFractionDigits: 2 })}
                    </Td>
                    <Td numeric className="font-semibold">
                      {p.score}
                    </Td>
                    <Td>
                      <QuadrantBadge quadrant={p.quadrant} />
                    </Td>
                  </Tr>
                ))}
              </TableBody>
            </Table>
          </Card>
        </div>
      )}
    </div>
  );
}
