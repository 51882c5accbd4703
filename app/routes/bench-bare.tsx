import { useLoaderData } from "react-router";
import type { LoaderFunctionArgs, MetaFunction } from "react-router";

/**
 * The benchmark's baseline (scripts/bench.ts): a page about the size of a roadmap
 * overview, rendered by the same server with no database access and no session.
 * Registered only in the bench build (BENCH_BUILD=1, see app/routes.ts), so it has
 * no generated route types and takes React Router's generic ones.
 */
export function loader({ request }: LoaderFunctionArgs) {
  // The benchmark sizes the page like the overview it compares with (?rows=N).
  const rows = Math.min(
    5000,
    Math.max(1, Number(new URL(request.url).searchParams.get("rows")) || 120),
  );
  return {
    rows: Array.from({ length: rows }, (_, i) => ({
      id: `row-${i}`,
      title: `Aufgabe ${i + 1}: Prozessschritt prüfen und dokumentieren`,
      owner: "Bench Manager",
      due: `2026-03-${String((i % 28) + 1).padStart(2, "0")}`,
    })),
  };
}

export const meta: MetaFunction = () => [{ title: "Bench · Fahrplan" }];

export default function BenchBare() {
  const loaderData = useLoaderData<typeof loader>();
  return (
    <main id="main" className="mx-auto max-w-7xl px-gutter py-6">
      <h1 className="text-display">Bench</h1>
      <ul className="mt-3 divide-y divide-line">
        {loaderData.rows.map((row) => (
          <li key={row.id} className="flex gap-3 py-2.5">
            <span aria-hidden="true" className="mt-2 h-2.5 w-2.5 shrink-0 rounded-full bg-brand" />
            <div className="min-w-0 flex-1">
              <p className="font-medium">{row.title}</p>
              <p className="mt-0.5 text-caption text-ink-muted">
                {row.owner} · {row.due}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}
