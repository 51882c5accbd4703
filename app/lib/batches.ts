/**
 * `items` in slices of at most `size`, for statements that bind one value per item: a
 * statement's bound values are limited (SQLite through Prisma takes at most 999), and a
 * sweep over every organisation of a large instance binds thousands.
 */
export function batches<T>(items: readonly T[], size = 500): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
