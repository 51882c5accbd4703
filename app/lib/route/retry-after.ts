import type { HeadersFunction } from "react-router";

/**
 * A page whose action may answer 429: the document response takes its headers from
 * here, so it keeps the action's Retry-After. Use as `export const headers = keepRetryAfter`.
 */
export const keepRetryAfter: HeadersFunction = ({ actionHeaders }) => {
  const headers = new Headers();
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};
