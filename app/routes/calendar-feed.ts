import type { Route } from "./+types/calendar-feed";
import { getCalendarFeed } from "~/modules/reports/calendar.server";

/**
 * GET /calendar/<secret>.ics — the personal calendar feed. Outside the organisation
 * layout and without a session: calendar apps fetch it on their own, so the secret in
 * the address is the only credential. Unknown or revoked secret → 404, the same answer
 * as for any other address, so it reveals nothing.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const file = params.token ?? "";
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  const origin = process.env.APP_ORIGIN ?? new URL(request.url).origin;
  const body = token ? await getCalendarFeed({ token, origin }) : null;
  if (body === null) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="fahrplan.ics"',
      // Calendar apps poll; the secret must not end up in shared caches.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}
