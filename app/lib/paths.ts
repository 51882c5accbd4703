/**
 * Whitespace, control characters and backslashes have no place in a path we redirect to:
 * browsers drop tabs and line breaks ("/\t/evil.example" becomes "//evil.example"), read
 * "\" as "/", and a Location header cannot carry control characters at all.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f\\]/;

/**
 * The same characters percent-encoded in the path ("/%2F%2Fevil.example", "/%5Cevil",
 * "/%09/evil"): a proxy or browser that decodes them makes a path of another host. No
 * path of the app contains them (slugs and ids are letters, digits and dashes).
 */
const UNSAFE_ENCODED = /%(2f|5c|[01][0-9a-f]|7f|20)/i;

/** Stands for the app's own origin while parsing: only whether a target stays on it counts. */
const APP_ORIGIN = "https://fahrplan.app.invalid";

/**
 * The path (with search and hash) a redirect target names on the app's own origin, or null
 * when it is not one: "/o/acme?tab=1" yes; "//evil.example", "/\\evil", "/\t/evil",
 * "/%2F%2Fevil", "https://evil.example", "javascript:…", "/.//evil.example" no. The target
 * is parsed as a URL against the app's origin and must stay on it, and its parsed path must
 * not begin with "//" (which a browser reads as another host).
 */
export function sameOriginPath(to: unknown): string | null {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//")) return null;
  if (to.length > 2000) return null;
  if (UNSAFE_CHARACTERS.test(to)) return null;
  if (UNSAFE_ENCODED.test(to.split(/[?#]/, 1)[0]!)) return null;
  let url: URL;
  try {
    url = new URL(to, APP_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== APP_ORIGIN || url.pathname.startsWith("//")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The one check for a return path a request names (redirectTo, returnTo): its path on the
 * app's own origin (see sameOriginPath), otherwise the fallback.
 */
export function safeRedirect(to: string | null | undefined, fallback = "/"): string {
  return (to ? sameOriginPath(to) : null) ?? fallback;
}

/**
 * Only a path inside this organisation: "/o/acme/my-tasks" yes; "//evil.example",
 * "https://…", "/o/acme/../other" or another organisation's path no.
 */
export function safeReturnPath(value: unknown, orgSlug: string, fallback: string): string {
  const path = sameOriginPath(value);
  return path?.startsWith(`/o/${orgSlug}/`) ? path : fallback;
}

/** Adds search parameters to a path that may already carry some. */
export function withParams(path: string, params: Record<string, string>): string {
  const url = new URL(path, "http://local");
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return `${url.pathname}${url.search}`;
}

/** A paged list's address: page 1 is the list's own path, later pages add `?page=`. */
export function pagePath(path: string, page: number): string {
  return page > 1 ? withParams(path, { page: String(page) }) : path;
}
