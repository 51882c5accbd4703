import { describe, expect, it } from "vitest";
import { colorSchemeOf, isTheme } from "./theme";

describe("theme", () => {
  it("knows the three choices and nothing else", () => {
    expect(["system", "light", "dark"].every(isTheme)).toBe(true);
    expect(["", "Dark", "auto", null, 1].some(isTheme)).toBe(false);
  });

  it("lets the browser follow the device only for 'system'", () => {
    expect(colorSchemeOf("system")).toBe("light dark");
    expect(colorSchemeOf("light")).toBe("light");
    expect(colorSchemeOf("dark")).toBe("dark");
  });
});
