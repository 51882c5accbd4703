import { z } from "zod";
import { choice, text } from "~/lib/fields";
import { API_SCOPES, TOKEN_LIFETIMES } from "./token-fields";
import type { TokenLifetime } from "./token-fields";

export { API_SCOPES, TOKEN_LIFETIMES };
export type { ApiScope, TokenLifetime } from "./token-fields";

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
