/**
 * Whitespace and control characters have no place in a path we redirect to: browsers
 * drop tabs and line breaks ("/\t/evil.example" becomes "//evil.example"), and a
 * Location header cannot carry them at all.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_IN_PATH = /[\u0000-\u0020\u007f]/;

/** Only same-site paths: "/o/x" yes; "//evil.example", "https://…" or "/\\evil" no. */
export function safeRedirect(to: string | null | undefined, fallback = "/"): string {
  if (!to || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  if (UNSAFE_IN_PATH.test(to)) return fallback;
  return to;
}

/**
 * Only a path inside this organisation: "/o/acme/my-tasks" yes; "//evil.example",
 * "https://…" or another organisation's path no.
 */
export function safeReturnPath(value: unknown, orgSlug: string, fallback: string): string {
  if (typeof value !== "string") return fallback;
  const prefix = `/o/${orgSlug}/`;
  if (!value.startsWith(prefix) || value.includes("\\") || value.includes("//")) return fallback;
  if (UNSAFE_IN_PATH.test(value)) return fallback;
  return value;
}

/** Adds search parameters to a path that may already carry some. */
export function withParams(path: string, params: Record<string, string>): string {
  const url = new URL(path, "http://local");
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return `${url.pathname}${url.search}`;
}
