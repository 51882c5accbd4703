import { useEffect, useRef } from "react";
import type { RefObject } from "react";
import { useLocation } from "react-router";

/**
 * A <details> menu that behaves like one: Escape closes it and gives the focus back to
 * its summary; a click elsewhere or on one of its links closes it, and so does going
 * to another page. Without JavaScript the <details> still opens and closes.
 */
export function useDismiss(ref: RefObject<HTMLDetailsElement | null>) {
  const { pathname } = useLocation();
  useEffect(() => {
    const close = (event: Event) => {
      const menu = ref.current;
      if (!menu?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        menu.open = false;
        menu.querySelector("summary")?.focus();
      } else if (event.target instanceof Element) {
        // A click elsewhere, or on a link in the menu (also one to the page already shown).
        if (!menu.contains(event.target) || event.target.closest("a[href]")) menu.open = false;
      }
    };
    document.addEventListener("keydown", close);
    document.addEventListener("click", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("click", close);
    };
  }, [ref]);
  // Only when the page changes: a menu opened before the page was hydrated (a <details>
  // opens without JavaScript) stays open when hydration finishes.
  const shownOn = useRef(pathname);
  useEffect(() => {
    if (shownOn.current === pathname) return;
    shownOn.current = pathname;
    if (ref.current) ref.current.open = false;
  }, [ref, pathname]);
}
