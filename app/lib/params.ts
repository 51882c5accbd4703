import { z } from "zod";

const ID_PATTERN = /^[a-z0-9]{10,40}$/i;

/** Ids in URLs: cuid-like tokens; anything else is a 404, never a database error. */
export const IdParamSchema = z.string().regex(ID_PATTERN);

export const SlugParamSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/);

/**
 * An optional link in a form (roadmap, owner, use case): "" or a missing field is none
 * (null); anything else must look like an id, else `message` stands beside the field.
 */
export function optionalIdField(message: string) {
  return z
    .string()
    .trim()
    .optional()
    .transform((v) => v ?? "")
    .refine((v) => v === "" || ID_PATTERN.test(v), { message })
    .transform((v) => (v === "" ? null : v));
}
