import { describe, expect, it } from "vitest";
import { SignInSchema } from "./schema";

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
