import { db } from "~/lib/db.server";

/** Readiness: the database answers. A load balancer sends traffic only when this is 200. */
export async function loader() {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return new Response("ready", {
      headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
    });
  } catch {
    return new Response("database unavailable", {
      status: 503,
      headers: { "Cache-Control": "no-store" },
    });
  }
}
