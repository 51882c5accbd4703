import { referenceResponse } from "~/modules/api/reference.server";

/** The API's reference page: static HTML made from the OpenAPI document. */
export function loader() {
  return referenceResponse();
}

/** Read only: any other method is a 405 (answered here, not as an unhandled error). */
export function action() {
  return new Response(null, { status: 405, headers: { Allow: "GET, HEAD" } });
}
