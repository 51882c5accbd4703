import { z } from "zod";
import list from "./common-passwords.txt?raw";

// NIST SP 800-63B: length over composition rules, and no password from a list
// of commonly used ones. Shorter common passwords already fail the length rule.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

const COMMON = new Set(
  list
    .split("\n")
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line && !line.startsWith("#")),
);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.trim().toLowerCase());
}

export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN)
  .max(PASSWORD_MAX)
  .refine((password) => !isCommonPassword(password), "validation.passwordCommon");
