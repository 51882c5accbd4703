// Production server: static assets with long caching, compression, the React
// Router request handler, and a graceful shutdown on SIGTERM/SIGINT (finish
// in-flight requests, then exit). `npm start` runs it after `npm run build`.
import "dotenv/config";
import path from "node:path";
import { pathToFileURL } from "node:url";

// `npm start` serves the production build, so production defaults unless
// NODE_ENV says otherwise. Set before React loads (hence the dynamic imports
// below): React picks its development or production build once per process.
process.env.NODE_ENV ??= "production";
const { createRequestHandler } = await import("@react-router/express");
const { streamingCompression } = await import("./server/compression.js");
const { default: express } = await import("express");
const buildDir = path.resolve(process.env.BUILD_DIR ?? "build");
const port = Number(process.env.PORT ?? 3000);
const build = await import(pathToFileURL(path.join(buildDir, "server/index.js")).href);

const app = express();
app.disable("x-powered-by");
// Behind a load balancer, TRUST_PROXY=true (or a hop count) makes req.ip and
// the protocol come from X-Forwarded-*; never trust them otherwise.
const trustProxy = process.env.TRUST_PROXY;
app.set(
  "trust proxy",
  trustProxy === "true" ? true : /^\d+$/.test(trustProxy ?? "") ? Number(trustProxy) : false,
);
let closing = false;
app.use((_req, res, next) => {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    if (!this.headersSent) {
      // While shutting down, tell keep-alive clients to reconnect (to another
      // instance) instead of sending more requests on this connection.
      if (closing) this.setHeader("Connection", "close");
      // Every answer (pages, `.data` streams, CSV, calendar and JSON routes, assets,
      // errors) is taken for the type it declares: no browser guesses a script from it.
      if (!this.hasHeader("X-Content-Type-Options")) {
        this.setHeader("X-Content-Type-Options", "nosniff");
      }
    }
    return writeHead.apply(this, args);
  };
  next();
});
// Gzip or Brotli; flushes of streamed pages wait until the writer is idle (see there).
app.use(streamingCompression());
app.use(
  "/assets",
  express.static(path.join(buildDir, "client/assets"), {
    immutable: true,
    maxAge: "1y",
    index: false,
  }),
);
// The other files of public/ (favicon.svg): only paths that name a file look on
// disk, so a page request costs no file-system lookup.
const publicFiles = express.static(path.join(buildDir, "client"), { maxAge: "1h", index: false });
app.use((req, res, next) => (path.extname(req.path) ? publicFiles(req, res, next) : next()));
// The client address (for rate limits) and protocol (for Secure cookies): set
// here from the socket or the trusted proxy chain, always overwriting
// whatever the client sent.
app.use((req, _res, next) => {
  req.headers["x-fahrplan-client-ip"] = req.ip ?? "";
  req.headers["x-fahrplan-proto"] = req.protocol;
  next();
});
app.all("*", createRequestHandler({ build }));

const server = app.listen(port, () => {
  console.log(`Fahrplan is running at http://localhost:${port}`);
});
// Background work of the app (app/entry.server.tsx): deleting expired demo copies, sending mail.
const stopJobs = build.entry.module.startJobs();

function shutdown(signal) {
  if (closing) return;
  closing = true;
  stopJobs();
  console.log(`${signal} received: finishing in-flight requests`);
  server.close(async () => {
    // Close the database pool after the last response has gone out.
    await globalThis.__fahrplanDb?.$disconnect().catch(() => undefined);
    process.exit(0);
  });
  server.closeIdleConnections?.();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
