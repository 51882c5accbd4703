import { db } from "~/lib/db.server";
import { checkStorage } from "~/lib/storage-health.server";

/**
 * Readiness: the database answers and takes writes. A load balancer sends traffic only
 * when this is 200; while the disk is full or the database is away it is 503, and 200
 * again by itself once writes work (app/lib/storage-health.server.ts).
 */
export async function loader() {
  const ready = await checkStorage(db);
  return new Response(ready ? "ready" : "database unavailable", {
    status: ready ? 200 : 503,
    headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
  });
}
