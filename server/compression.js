// Compression for streamed answers (documents and `.data`), used by server.js.
//
// The React Router handler calls `res.flush()` after every chunk it writes, so that
// what is ready goes out at once. With `compression()` each flush is a zlib full flush,
// which also resets the dictionary: a 500 KB phase board went out as ~35 KB instead of
// the ~25 KB one-shot gzip gives (and far worse under load, when the chunks are small).
// Here a flush only happens once the writer has gone idle (nothing more written in the
// same turn of the event loop and no write waiting for `drain`): everything React has
// ready is compressed as one run, and a shell that waits for a deferred part still goes
// out before the wait.
//
// It also fixes `compression`'s drain listeners: it hands `res.on("drain")` to its zlib
// stream but not `res.off("drain")`, so every wait for drain left a listener behind
// (MaxListenersExceededWarning on large pages with slow readers). Here drain listeners
// live on one emitter of the response's own, fed by one listener on compression's side.
import { EventEmitter } from "node:events";
import compression from "compression";

/** `compression(options)` with flushes coalesced until the writer is idle. */
export function streamingCompression(options) {
  const compress = compression(options);
  return function streamingCompressionMiddleware(req, res, next) {
    compress(req, res, (error) => {
      if (error) return next(error);
      const drains = ownDrainListeners(res);
      coalesceFlushes(res, drains);
      next();
    });
  };
}

/** Drain listeners on an emitter of the response's own (see above); returns it. */
function ownDrainListeners(res) {
  const drains = new EventEmitter();
  // A response may wait for drain many times; each listener is removed again.
  drains.setMaxListeners(0);
  const on = res.on;
  const once = res.once;
  const off = res.removeListener;
  on.call(res, "drain", () => drains.emit("drain"));
  res.on = res.addListener = function (type, listener) {
    if (type !== "drain") return on.call(this, type, listener);
    drains.on("drain", listener);
    return this;
  };
  res.once = function (type, listener) {
    if (type !== "drain") return once.call(this, type, listener);
    drains.once("drain", listener);
    return this;
  };
  res.off = res.removeListener = function (type, listener) {
    if (type !== "drain") return off.call(this, type, listener);
    drains.removeListener("drain", listener);
    return this;
  };
  return drains;
}

function coalesceFlushes(res, drains) {
  const flushNow = res.flush;
  const write = res.write;
  const end = res.end;
  let timer = null;
  let pending = false;
  let waitingForDrain = false;
  let ended = false;

  function schedule() {
    if (timer === null && !waitingForDrain && !ended) timer = setImmediate(whenIdle);
  }
  function whenIdle() {
    timer = null;
    if (!pending || waitingForDrain || ended) return;
    pending = false;
    flushNow.call(res);
  }
  res.write = function (...args) {
    const ok = write.apply(this, args);
    if (!ok) waitingForDrain = true;
    return ok;
  };
  res.end = function (...args) {
    ended = true;
    if (timer !== null) clearImmediate(timer);
    timer = null;
    return end.apply(this, args);
  };
  res.flush = function () {
    pending = true;
    schedule();
  };
  drains.on("drain", () => {
    waitingForDrain = false;
    // The writer may go idle right after the drain: what it flushed before must still go out.
    if (pending) schedule();
  });
}
