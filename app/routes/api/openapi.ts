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
