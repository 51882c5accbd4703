import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../demo/people";
import {
  isCommonPassword,
  isPersonalPassword,
  NewPasswordSchema,
  PASSWORD_MAX,
  PASSWORD_MIN,
} from "./password-policy";
import { SignUpSchema } from "./schema";

const accepted = (password: string) => NewPasswordSchema.safeParse(password).success;
const messages = (password: string) =>
  NewPasswordSchema.safeParse(password).error?.issues.map((issue) => issue.message) ?? [];

describe("password policy (NIST SP 800-63B)", () => {
  it("accepts long passphrases of any characters, without composition rules", () => {
    for (const ok of [
      "pferd batterie heftklammer",
      "ÄÖÜ ß ✓ lange genug",
      "a1".repeat(32) + "b",
      "8472916305738261",
      "correct horse battery staple",
    ]) {
      expect(accepted(ok), ok).toBe(true);
    }
  });

  it("needs at least 12 characters and allows at least 64", () => {
    expect(PASSWORD_MIN).toBe(12);
    expect(PASSWORD_MAX).toBeGreaterThanOrEqual(64);
    expect(accepted("Wolke-Baum-7")).toBe(true);
    expect(accepted("Wolke-Baum7")).toBe(false);
    expect(accepted("x".repeat(40) + "Ö" + "y".repeat(23))).toBe(true);
    expect(accepted("z".repeat(40) + "q".repeat(PASSWORD_MAX - 40 + 1))).toBe(false);
  });

  it("refuses common and breached passwords, also decorated with digits and symbols", () => {
    for (const common of [
      "qwertyuiop12",
      "1q2w3e4r5t6y",
      "Passwort2026!",
      "passwort12345",
      "Sommer2024!!",
      "Fussball1234",
      "Fahrplan2026!",
      "123456789012",
      "aaaaaaaaaaaa",
      "abcabcabcabc",
      "abcdefghijklm",
    ]) {
      expect(isCommonPassword(common), common).toBe(true);
      expect(messages(common), common).toContain("validation.passwordCommon");
    }
  });

  it("refuses the published demo password, however it is written", () => {
    expect(messages(DEMO_PASSWORD)).toContain("validation.passwordDemo");
    expect(messages("fahrplan demo 2026")).toContain("validation.passwordDemo");
  });

  it("refuses the user's own e-mail, its local part or name, with or without decoration", () => {
    const anna = { email: "anna.weber@firma.example", name: "Anna Weber" };
    for (const own of [
      "anna.weber@firma.example",
      "Anna.Weber2026",
      "annaweber!!!!",
      "Anna Weber 12345",
      "weberweber2026",
    ]) {
      expect(isPersonalPassword(own, anna), own).toBe(true);
    }
    // A passphrase that merely contains the first name is fine.
    expect(isPersonalPassword("anna liebt lange wanderungen", anna)).toBe(false);
    expect(isPersonalPassword("pferd batterie heftklammer", anna)).toBe(false);
  });

  it("sign-up marks a personal password beside the password field", () => {
    const result = SignUpSchema.safeParse({
      name: "Anna Weber",
      email: "anna.weber@firma.example",
      password: "anna.weber-2026",
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["password"], message: "validation.passwordPersonal" }),
    ]);
  });
});
