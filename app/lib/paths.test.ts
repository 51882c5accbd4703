import { describe, expect, it } from "vitest";
import { safeRedirect, safeReturnPath, withParams } from "./paths";

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
    ["/\t/evil.example", "/"],
    ["/o/acme\r\nSet-Cookie: x=1", "/"],
    ["/o/acme\u0000", "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});

describe("safeReturnPath", () => {
  it("allows only paths inside the organisation", () => {
    expect(safeReturnPath("/o/acme/my-tasks", "acme", "/x")).toBe("/o/acme/my-tasks");
    for (const bad of [
      "//evil.example/o/acme/",
      "https://evil.example",
      "/o/other/kpis",
      "/o/acme/\\x",
      "/o/acme/\n/x",
      "/o/acme/kpis\u0000",
      null,
    ]) {
      expect(safeReturnPath(bad, "acme", "/fallback")).toBe("/fallback");
    }
  });
});

describe("withParams", () => {
  it("adds parameters and keeps existing ones", () => {
    expect(withParams("/o/acme/my-tasks?week=3", { m: "abc" })).toBe(
      "/o/acme/my-tasks?week=3&m=abc",
    );
  });
});
