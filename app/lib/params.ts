import { z } from "zod";
import { ID_PATTERN } from "./fields";

/** Ids in URLs: cuid-like tokens; anything else is a 404, never a database error. */
export const IdParamSchema = z.string().regex(ID_PATTERN);

export const SlugParamSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/);
