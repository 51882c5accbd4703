import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { loadPageCatalogue } from "./lib/i18n/react";

function hydrate() {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <HydratedRouter />
      </StrictMode>,
    );
  });
}

// Hydration is the page's longest piece of script (hundreds of ms on a mid-range phone
// for the board): it starts after the browser has painted the server's HTML, so the
// page shows first. A page opened in a background tab (no frames there) hydrates at once.
function afterPaint() {
  if (document.visibilityState === "hidden") hydrate();
  else requestAnimationFrame(() => setTimeout(hydrate, 0));
}

// The page's messages come as a cached file (its link in the head starts the
// download with the scripts'); hydrate once they are registered, so the browser
// renders the same words as the server. Should the file fail, hydrate anyway:
// the page stays usable, React re-renders what differs.
loadPageCatalogue().then(afterPaint, afterPaint);
