import { useEffect, useRef } from "react";
import { useAnnounce } from "./live-region";
import { useHydrated } from "./use-hydrated";

/**
 * For a page that changes in place (a wizard's next step): when `key` changes, or the
 * page is reached by a link or a form inside the app, the focus moves to its heading
 * (give it tabIndex={-1}) and the announcement is said in the live region. Without it the
 * focus would fall to the start of the page with the form that was just sent. A page
 * loaded as a new document keeps the browser's start, where the skip link is first.
 */
export function useFocusHeading<T extends HTMLElement>(key: string, announcement: () => string) {
  const ref = useRef<T>(null);
  const announce = useAnnounce();
  // False only when this page came with the document (the hydration render).
  const cameInApp = useRef(useHydrated());
  const shownKey = useRef<string | null>(null);
  useEffect(() => {
    const isFirst = shownKey.current === null;
    if (shownKey.current === key) return;
    shownKey.current = key;
    if (isFirst && !cameInApp.current) return;
    ref.current?.focus();
    announce(announcement());
  }, [key, announcement, announce]);
  return ref;
}
