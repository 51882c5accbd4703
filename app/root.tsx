import {
  data,
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from "react-router";
import { useEffect } from "react";
import type { ShouldRevalidateFunction } from "react-router";
import type { Route } from "./+types/root";
import { deferred } from "./components/ui/deferred";
import { requestContext, userContext } from "./lib/context.server";
import { CatalogueFallback, CatalogueLink, I18nProvider, loadCatalogue } from "./lib/i18n/react";
import { DEFAULT_LOCALE } from "./lib/i18n";
import { catalogueUrl } from "./lib/i18n/catalogues.server";
import { rootMiddleware, storageMiddleware } from "./lib/middleware.server";
import { useNonce } from "./lib/nonce";
import { refusedStorage } from "./lib/storage-refusal";
import { colorSchemeOf, DEFAULT_THEME } from "./lib/theme";
import stylesheet from "../styles/app.css?url";

// Shown only when something failed: server-rendered at once, its browser code after the page's.
const ErrorPage = deferred(() => import("./components/error-page").then((m) => m.ErrorPage));

export const middleware: Route.MiddlewareFunction[] = [rootMiddleware, storageMiddleware];

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet, precedence: "default" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ context }: Route.LoaderArgs) {
  const { locale, requestId } = context.get(requestContext);
  const user = context.get(userContext);
  return data({
    locale,
    catalogue: catalogueUrl(locale),
    requestId,
    user: user ? { id: user.id, name: user.name, email: user.email } : null,
    theme: user?.theme ?? DEFAULT_THEME,
  });
}

/**
 * In the browser, a new language's catalogue arrives before the page renders in
 * it. (The first page's is loaded by entry.client.tsx before hydrating.)
 */
export async function clientLoader({ serverLoader }: Route.ClientLoaderArgs) {
  const rootData = await serverLoader();
  await loadCatalogue(rootData.locale, rootData.catalogue);
  return rootData;
}

/**
 * The root data (language, its catalogue, colour scheme, the user) changes only
 * through the language and colour switches, the account page or signing in and
 * out; other actions need not send the catalogue again.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formAction,
  defaultShouldRevalidate,
}) => {
  if (!formAction) return defaultShouldRevalidate;
  return [
    "/locale",
    "/theme",
    "/account",
    "/sign-in",
    "/sign-out",
    "/sign-up",
    "/invite",
    "/onboarding",
  ].some((path) => formAction.startsWith(path));
};

export function Layout({ children }: { children: React.ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const locale = rootData?.locale ?? DEFAULT_LOCALE;
  // The user's colour scheme, rendered by the server: no flash, no script needed.
  const theme = rootData?.theme ?? DEFAULT_THEME;
  const nonce = useNonce();
  return (
    <html lang={locale} data-theme={theme}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content={colorSchemeOf(theme)} />
        <Meta />
        <Links />
        {rootData ? (
          <CatalogueLink locale={locale} href={rootData.catalogue} />
        ) : (
          <CatalogueFallback locale={locale} />
        )}
      </head>
      <body className="min-h-screen bg-surface text-ink">
        <I18nProvider locale={locale}>{children}</I18nProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  // Marks the page as interactive: a test that needs JavaScript's behaviour (an
  // optimistic tick) waits for it instead of clicking the server's plain form.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error) && import.meta.env.DEV) console.error(error);
  return (
    <ErrorPage status={status} requestId={rootData?.requestId} storage={refusedStorage(error)} />
  );
}
