import { z } from "zod";

export const SignInSchema = z.object({
  email: z.string().trim().min(1).max(254).pipe(z.email()),
  password: z.string().min(1).max(128),
  redirectTo: z.string().max(1000).optional(),
});
export type SignInInput = z.infer<typeof SignInSchema>;

/** Only same-site paths: "/o/x" yes; "//evil.example", "https://…" or "/\\evil" no. */
export function safeRedirect(to: string | null | undefined, fallback = "/"): string {
  if (!to || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
