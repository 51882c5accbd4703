/*
 * The token form's choices, without zod: the integrations page shows them, and a page
 * that imports a module with top-level zod schemas takes zod into its first load.
 */

/** What a token may do: read only, or also write (never an owner-only action). */
export const API_SCOPES = ["read", "read_write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** How long a new token lives; "never" until it is revoked. */
export const TOKEN_LIFETIMES = ["30", "90", "365", "never"] as const;
export type TokenLifetime = (typeof TOKEN_LIFETIMES)[number];
