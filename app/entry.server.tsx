import { randomBytes } from "node:crypto";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import type { RenderToPipeableStreamOptions } from "react-dom/server";
import { ServerRouter } from "react-router";
import type { EntryContext, HandleErrorFunction, RouterContextProvider } from "react-router";
import { requestContext } from "./lib/context.server";
// Registers every language's catalogue for server-side rendering and actions.
import "./lib/i18n/catalogues.server";
import { HtmlStream } from "./lib/html-stream.server";
import { logger } from "./lib/logger.server";
import { scheduleApiCleanup } from "./modules/api/cleanup.server";
import { scheduleDemoCleanup } from "./modules/demo/cleanup.server";
import { startMailWorker } from "./modules/mail/worker.server";
import { startWebhookWorker } from "./modules/webhooks/worker.server";
import { startNotificationSweep } from "./modules/notifications/sweep.server";
import { NonceContext } from "./lib/nonce";
import { applySecurityHeaders } from "./lib/security-headers.server";

export const streamTimeout = 5_000;

/**
 * The server process's background work, started by server.js once it listens (not by
 * the dev server or tests): deleting the visitors' expired demo copies, sending the
 * mails of the outbox, and the notification sweep (due/overdue reminders, Monday's
 * digest). Returns a function that stops it.
 */
export function startJobs(): () => void {
  const stops = [
    scheduleDemoCleanup(),
    scheduleApiCleanup(),
    startMailWorker(),
    startWebhookWorker(),
    startNotificationSweep(),
  ];
  return () => stops.forEach((stop) => stop());
}

// The dev server (npm run dev) never calls startJobs(), but its mails must still arrive
// (in the log and the outbox page): one mail worker per dev process, kept across reloads.
if (import.meta.env.DEV) {
  const dev = globalThis as { __fahrplanDevMailWorker?: () => void };
  dev.__fahrplanDevMailWorker ??= startMailWorker();
  const devHooks = globalThis as { __fahrplanDevWebhookWorker?: () => void };
  devHooks.__fahrplanDevWebhookWorker ??= startWebhookWorker();
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  _loadContext: RouterContextProvider,
) {
  const nonce = randomBytes(16).toString("base64");
  applySecurityHeaders(responseHeaders, nonce);

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get("user-agent");
    // Bots and SPA-mode builds get the whole document at once; browsers stream.
    const readyOption: keyof RenderToPipeableStreamOptions =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady";

    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        // React sends a large finished Suspense boundary after the shell, to be moved in
        // place by a script ("outlining"): without JavaScript it would stay hidden. A page
        // here must be complete without JavaScript (deferred parts of the phase board are
        // such boundaries), so what is ready goes out in place.
        progressiveChunkSize: Number.POSITIVE_INFINITY,
        [readyOption]() {
          shellRendered = true;
          const body = new HtmlStream();
          const stream = createReadableStreamFromReadable(body);
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logger.error("render error", { error });
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}

/** Unexpected errors: logged once with the request id; the user sees the calm 500 page. */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return;
  let requestId: string | undefined;
  try {
    requestId = context.get(requestContext).requestId;
  } catch {
    requestId = undefined;
  }
  logger.error("unhandled error", { requestId, method: request.method, url: request.url, error });
};
