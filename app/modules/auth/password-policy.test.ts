import { describe, expect, it } from "vitest";
import { isCommonPassword, NewPasswordSchema } from "./password-policy";

describe("password policy", () => {
  it("accepts long passphrases of any characters, without composition rules", () => {
    for (const ok of ["pferd batterie heftklammer", "ÄÖÜ ß ✓ lange genug", "a".repeat(128)]) {
      expect(NewPasswordSchema.safeParse(ok).success).toBe(true);
    }
  });
  it("refuses too short, too long and common passwords", () => {
    expect(NewPasswordSchema.safeParse("kurz-123").success).toBe(false);
    expect(NewPasswordSchema.safeParse("a".repeat(129)).success).toBe(false);
    expect(NewPasswordSchema.safeParse("1234567890").success).toBe(false);
    expect(NewPasswordSchema.safeParse("Passwort123").success).toBe(false);
    expect(isCommonPassword("QWERTYUIOP")).toBe(true);
    expect(isCommonPassword("Fahrplan-Demo-2026")).toBe(false);
  });
});
