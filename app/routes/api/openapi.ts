import { openApiDocument } from "~/modules/api/openapi.server";

/** The API's OpenAPI 3.1 document: public, the same for everyone. */
export function loader() {
  return new Response(JSON.stringify(openApiDocument(), null, 2), {
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}

/** Read only: any other method is a 405 (answered here, not as an unhandled error). */
export function action() {
  return new Response(null, { status: 405, headers: { Allow: "GET, HEAD" } });
}
