import { describe, expect, it } from "vitest";
import { safeRedirect, safeReturnPath, sameOriginPath, withParams } from "./paths";

/** Redirect targets that lead off the app (or break a Location header) in some parser. */
const BYPASSES = [
  "//evil.example/path",
  "///evil.example",
  "////evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "\\/evil.example",
  "/\t/evil.example/",
  "/\n/evil.example",
  "/\r/evil.example",
  "/ /evil.example",
  "\t//evil.example",
  " /o/acme",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "%2F%2Fevil.example",
  "/%5Cevil.example",
  "/%5c%5cevil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%0D%0ALocation:%20https://evil.example",
  "/%00/evil.example",
  "/.//evil.example",
  "/..//evil.example",
  "/./../..//evil.example",
  "https://evil.example",
  "http://evil.example",
  "HTTPS://evil.example",
  "//evil.example@fahrplan.app.invalid",
  "https:evil.example",
  "https:/evil.example",
  "evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "/javascript:alert(1)\u0000",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "/o/acme\r\nSet-Cookie: x=1",
  "/o/acme\u0000",
  "/o/acme\u007f",
  "",
  `/${"x".repeat(2001)}`,
];

describe("safeRedirect", () => {
  it.each([
    ["/o/acme", "/o/acme"],
    ["/o/acme?tab=1", "/o/acme?tab=1"],
    ["/o/acme/my-tasks?week=2#heute", "/o/acme/my-tasks?week=2#heute"],
    ["/sign-in?redirectTo=%2Fo%2Facme", "/sign-in?redirectTo=%2Fo%2Facme"],
    ["/", "/"],
  ])("keeps the app's own path %s", (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });

  it.each(BYPASSES)("refuses %j", (input) => {
    expect(safeRedirect(input, "/fallback")).toBe("/fallback");
    expect(sameOriginPath(input)).toBeNull();
  });

  it("takes the parsed path: dot segments cannot leave it", () => {
    expect(safeRedirect("/o/acme/../other")).toBe("/o/other");
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined, "/x")).toBe("/x");
  });
});

describe("safeReturnPath", () => {
  it("allows only paths inside the organisation", () => {
    expect(safeReturnPath("/o/acme/my-tasks", "acme", "/x")).toBe("/o/acme/my-tasks");
    for (const bad of [
      ...BYPASSES,
      "//evil.example/o/acme/",
      "/o/other/kpis",
      "/o/acme",
      "/o/acme-evil/kpis",
      "/o/acme/\\x",
      "/o/acme/\n/x",
      "/o/acme/kpis\u0000",
      "/o/acme/../other/kpis",
      "/o/acme/%2e%2e/other/kpis",
      null,
      42,
    ]) {
      expect(safeReturnPath(bad, "acme", "/fallback"), JSON.stringify(bad)).toBe("/fallback");
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
