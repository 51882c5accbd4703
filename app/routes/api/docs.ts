import { referenceResponse } from "~/modules/api/reference.server";

/** The API's reference page: static HTML made from the OpenAPI document. */
export function loader() {
  return referenceResponse();
}
