import { describe, expect, it } from "vitest";
import { safeRedirect, SignInSchema } from "./schema";

describe("safeRedirect", () => {
  it.each([
    ["/o/acme", "/o/acme"],
    ["/o/acme?tab=1", "/o/acme?tab=1"],
    ["//evil.example/path", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["", "/"],
    [null, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});

describe("SignInSchema", () => {
  it("trims the e-mail and refuses empty, malformed and oversized input", () => {
    expect(SignInSchema.safeParse({ email: " a@b.de ", password: "x" }).data?.email).toBe("a@b.de");
    expect(SignInSchema.safeParse({ email: "", password: "x" }).success).toBe(false);
    expect(SignInSchema.safeParse({ email: "not-an-email", password: "x" }).success).toBe(false);
    expect(SignInSchema.safeParse({ email: "a@b.de", password: "x".repeat(10_000) }).success).toBe(
      false,
    );
  });
});
