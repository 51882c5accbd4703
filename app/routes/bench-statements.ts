import type { LoaderFunctionArgs } from "react-router";
import { getRoundTrips, keepStatements } from "~/lib/db.server";

let stopKeeping: ReturnType<typeof keepStatements> | null = null;

/**
 * How many statements this server has sent to its database so far (scripts/bench.ts
 * reads it before and after a page to count the page's statements). With ?keep=start
 * it also keeps the statements' SQL and arguments until ?keep=stop, which answers with
 * them: which statements a page sends. Registered only in the bench build (BENCH_BUILD=1, see
 * app/routes.ts); it sends none itself.
 */
export function loader({ request }: LoaderFunctionArgs) {
  const keep = new URL(request.url).searchParams.get("keep");
  if (keep === "start") stopKeeping = keepStatements();
  const sql =
    keep === "stop" && stopKeeping
      ? stopKeeping().map((q) => ({ sql: q.sql, args: q.args }))
      : undefined;
  if (keep === "stop") stopKeeping = null;
  return Response.json({ statements: getRoundTrips(), sql });
}
