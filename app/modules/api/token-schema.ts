import { z } from "zod";
import { choice, text } from "~/lib/fields";

/** What a token may do: read only, or also write (never an owner-only action). */
export const API_SCOPES = ["read", "read_write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** How long a new token lives; "never" until it is revoked. */
export const TOKEN_LIFETIMES = ["30", "90", "365", "never"] as const;
export type TokenLifetime = (typeof TOKEN_LIFETIMES)[number];

export const CreateApiTokenSchema = z.object({
  name: text({ max: 80 }),
  scope: choice(API_SCOPES),
  lifetime: choice(TOKEN_LIFETIMES, { empty: "90" }),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenSchema>;

/** When a token made at `now` with this lifetime stops working (null: never). */
export function expiryOf(lifetime: TokenLifetime, now: Date): Date | null {
  if (lifetime === "never") return null;
  return new Date(now.getTime() + Number(lifetime) * 24 * 60 * 60 * 1000);
}
