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

// The page's messages come as a cached file (its link in the head starts the
// download with the scripts'); hydrate once they are registered, so the browser
// renders the same words as the server. Should the file fail, hydrate anyway:
// the page stays usable, React re-renders what differs.
loadPageCatalogue().then(hydrate, hydrate);
