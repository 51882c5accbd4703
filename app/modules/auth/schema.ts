import { z } from "zod";
import { NewPasswordSchema } from "./password-policy";

const Email = z.string().trim().min(1).max(254).pipe(z.email());
const Name = z.string().trim().min(1).max(100);

export const SignInSchema = z.object({
  email: Email,
  password: z.string().min(1).max(128),
  redirectTo: z.string().max(1000).optional(),
});
export type SignInInput = z.infer<typeof SignInSchema>;

export const SignUpSchema = z.object({
  name: Name,
  email: Email,
  password: NewPasswordSchema,
  redirectTo: z.string().max(1000).optional(),
});
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const ProfileSchema = z.object({
  name: Name,
  locale: z.enum(["de", "en"]),
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(128),
    newPassword: NewPasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "validation.passwordSame",
  });
