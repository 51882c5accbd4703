// Cursor pagination of the API's lists: items in id order, `limit` (1–200, default 50) a
// page, and `next`, an opaque cursor that is the last item's id in base64url. A cursor
// that does not decode is a 400, never a silently empty page.

export const PAGE_LIMIT = { default: 50, max: 200 } as const;

export function encodeCursor(lastId: string): string {
  return Buffer.from(`v1:${lastId}`, "utf8").toString("base64url");
}

/** The id after which the page starts; undefined without a cursor; null for a broken one. */
export function decodeCursor(cursor: string | null): string | undefined | null {
  if (cursor === null || cursor === "") return undefined;
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^v1:([A-Za-z0-9_-]{1,100})$/.exec(decoded);
  return match ? match[1]! : null;
}

/** `limit` from the query: a whole number 1–200, else null (a 400). */
export function parseLimit(raw: string | null): number | null {
  if (raw === null || raw === "") return PAGE_LIMIT.default;
  if (!/^\d{1,4}$/.test(raw)) return null;
  const limit = Number(raw);
  return limit >= 1 && limit <= PAGE_LIMIT.max ? limit : null;
}

/** A page from `limit + 1` rows read: the extra row only tells that there is a next page. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number) {
  const data = rows.slice(0, limit);
  const next = rows.length > limit ? encodeCursor(data.at(-1)!.id) : null;
  return { data, next };
}
