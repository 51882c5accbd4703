/**
 * The most a request body may hold: 1 MiB. Every body the app accepts is a form of typed
 * fields (the longest field holds 5,000 characters, at most ~60 KB even percent-encoded);
 * no route takes a file upload (organisation import and export are command-line scripts).
 * A megabyte leaves room for the largest form many times over, while a script's 100 MB
 * body is refused before it is read.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

const FORM_TYPES = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

/** Why a body is refused: 413 too large, 415 not a form, 400 a form that cannot be read. */
export type BodyRefusal = 400 | 413 | 415;

/**
 * Reads a body stream up to `limit` bytes; null as soon as it holds more (the rest is
 * never read, so a huge body costs at most the limit in memory).
 */
export async function readAtMost(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Not awaited: the copy's cancel settles only once the request's own body is
      // cancelled too, which is left to the server (it closes the connection).
      reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Checks the body of a non-GET request before any action reads it: a declared length over
 * the limit is refused without reading a byte; a body that is no form (JSON, XML, plain
 * text, no type) without reading it either; then the form itself is read from a copy, at
 * most `limit` bytes, whether or not a length was declared (chunked bodies), and parsed.
 * Returns null when the action may read the form, otherwise the status to refuse it with.
 */
export async function refuseBody(
  request: Request,
  limit = MAX_BODY_BYTES,
): Promise<BodyRefusal | null> {
  const declared = request.headers.get("Content-Length");
  if (declared !== null && Number(declared) > limit) return 413;
  const type = request.headers.get("Content-Type") ?? "";
  if (!FORM_TYPES.test(type)) return 415;
  const copy = request.clone().body;
  const bytes = copy ? await readAtMost(copy, limit) : new Uint8Array();
  if (!bytes) return 413;
  try {
    await new Response(bytes, { headers: { "Content-Type": type } }).formData();
    return null;
  } catch {
    return 400;
  }
}
