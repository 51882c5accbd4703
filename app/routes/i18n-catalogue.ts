import type { Route } from "./+types/i18n-catalogue";
import { isLocale } from "~/lib/i18n";
import { catalogueVersion, messagesFor } from "~/lib/i18n/catalogues.server";

/**
 * One language's messages as JSON, the same for everybody. Under its current
 * version the file never changes, so browsers keep it for a year; an older
 * version (a page rendered before a deploy) gets today's text, revalidated.
 */
export function loader({ params }: Route.LoaderArgs) {
  if (!isLocale(params.locale)) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const current = params.version === catalogueVersion(params.locale);
  return new Response(messagesFor(params.locale), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "no-cache",
    },
  });
}
