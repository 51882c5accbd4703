import { useLocation } from "react-router";
import { useHydrated } from "./use-hydrated";

/**
 * The page a plain form comes back to after posting to a shared action route (a task's
 * status, say). Rendered only until the app hydrates: from then on a fetcher posts the
 * form, the page stays in place, and the route answers with data instead of a redirect.
 * `value` overrides the page (e.g. the board without the open menu of its URL).
 */
export function ReturnToField({ value }: { value?: string }) {
  const hydrated = useHydrated();
  const location = useLocation();
  if (hydrated) return null;
  return (
    <input type="hidden" name="returnTo" value={value ?? location.pathname + location.search} />
  );
}
