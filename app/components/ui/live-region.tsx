import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";

const AnnounceContext = createContext<(message: string) => void>(() => {});

/**
 * One polite live region for the pages inside it: `useAnnounce()` says a result
 * ("Task … done", "Step 2 of 5") to screen readers without moving the focus. The
 * region is in the page from the start (a region added together with its text is
 * often not read); the same message twice is read twice (the text is cleared first).
 */
export function LiveRegionProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback((next: string) => {
    setMessage("");
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(next), 50);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      {/* aria-live alone, no role "status": a page's own status messages stay the page's one
          status (a second would compete with them for getByRole and for attention). */}
      <div id="live-region" aria-live="polite" aria-atomic="true" className="sr-only">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

/** Says a message in the page's live region (nothing outside a LiveRegionProvider). */
export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
