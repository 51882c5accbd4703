import { z } from "zod";
import { choice, email, secret, text } from "~/lib/fields";
import { LOCALES } from "~/lib/i18n";
import { sameOriginPath } from "~/lib/paths";
import { THEMES } from "~/lib/theme";
import { NewPasswordSchema, PASSWORD_MAX, personalPasswordProblem } from "./password-policy";

const Name = text({ max: 100 });
/**
 * Where to go afterwards: empty, or a path on the app's own origin (lib/paths.ts). Anything
 * else (another host, control characters, encoded slashes) is refused as it stands, never
 * cleaned into a path, and before sign-in or sign-up makes a session.
 */
const RedirectTo = z
  .string({ message: "validation.invalid" })
  .max(1000)
  .optional()
  .transform((value) => value ?? "")
  .refine((value) => value === "" || sameOriginPath(value) !== null, {
    message: "validation.invalid",
  });

export const SignInSchema = z.object({
  email: email(),
  password: secret({ max: PASSWORD_MAX }),
  redirectTo: RedirectTo,
});
export type SignInInput = z.infer<typeof SignInSchema>;

export const SignUpSchema = z
  .object({
    name: Name,
    email: email(),
    password: NewPasswordSchema,
    redirectTo: RedirectTo,
  })
  .superRefine((v, ctx) => {
    const problem = personalPasswordProblem(v.password, v);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const ProfileSchema = z.object({
  name: Name,
  locale: choice(LOCALES),
});

/** The language switch (header and sign-in page): on the account when signed in. */
export const LocaleSchema = z.object({
  locale: choice(LOCALES),
  redirectTo: RedirectTo,
});

/** The colour scheme (header menu and account page): system, light or dark. */
export const ThemeSchema = z.object({
  theme: choice(THEMES),
  redirectTo: RedirectTo,
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: secret({ max: PASSWORD_MAX }),
    newPassword: NewPasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "validation.passwordSame",
  });

/** "Forgot password?": the address to send the link to. */
export const ForgotPasswordSchema = z.object({ email: email() });

/** The reset link's form: the new password (personal rules checked against the account). */
export const ResetPasswordSchema = z.object({ password: NewPasswordSchema });

/** The account page's e-mail change: the new address, confirmed by the password. */
export const ChangeEmailSchema = z.object({
  newEmail: email(),
  currentPassword: secret({ max: PASSWORD_MAX }),
});
