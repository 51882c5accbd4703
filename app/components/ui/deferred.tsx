import { lazy, Suspense } from "react";
import type { ComponentType } from "react";

/**
 * A component whose browser code is not part of the page's first load. The server
 * renders it as usual (its module is loaded once, when this is called), so the page is
 * complete without JavaScript. In the browser the server's HTML stays as it is until
 * the code has come; React then hydrates it (a Suspense boundary: selective hydration).
 * A component that first shows after the page (a menu that opens) loads on first use.
 *
 * For parts of a page that are heavy and rarely used: a card's menu, a closed form.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  if (import.meta.env.SSR) {
    void load().then((component) => {
      loaded = component;
    });
  }
  function Deferred(props: P) {
    // The browser always renders the lazy one (which renders at once once loaded), so a
    // rendered part never changes its type and loses its state.
    const Component = import.meta.env.SSR && loaded ? loaded : Lazy;
    return (
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    );
  }
  return Deferred;
}
