import { badRequest, notFound } from "./http.server";
import { IdParamSchema } from "./params";

/** An id from the URL; anything malformed is a 404, never a database error. */
export function idParam(value: string | undefined): string {
  const parsed = IdParamSchema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** A URL segment that must be one of a fixed set (a phase kind, a step); anything else is a 404. */
export function oneOfParam<T extends string>(
  value: string | undefined,
  isValid: (value: unknown) => value is T,
): T {
  if (!isValid(value)) notFound();
  return value;
}

/** A list's `?page=` (from 1; absent is 1). Anything but a whole number from 1 is a 400. */
export function pageParam(value: string | null): number {
  if (value === null) return 1;
  if (!/^[1-9]\d{0,5}$/.test(value)) badRequest();
  return Number(value);
}
