import { describe, expect, it } from "vitest";
import { createT, negotiateLocale, translate } from "./core";
import type { MessageTree } from "./core";
import { de } from "./messages/de";
import { en } from "./messages/en";

function keys(tree: MessageTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" || "other" in value
      ? [`${prefix}${key}`]
      : keys(value as MessageTree, `${prefix}${key}.`),
  );
}

describe("i18n", () => {
  it("has the same keys in German and English, none empty", () => {
    expect(keys(de).sort()).toEqual(keys(en).sort());
    for (const key of keys(de)) {
      expect(translate("de", key as never).trim()).not.toBe("");
    }
  });

  it("fills placeholders and picks plural forms per language", () => {
    const tDe = createT("de");
    const tEn = createT("en");
    expect(tDe("roadmap.tasksDone", { done: 1, count: 1 })).toBe("1 von 1 Aufgabe erledigt");
    expect(tDe("roadmap.tasksDone", { done: 3, count: 12 })).toBe("3 von 12 Aufgaben erledigt");
    expect(tEn("roadmap.tasksDone", { done: 0, count: 1 })).toBe("0 of 1 task done");
    expect(tEn("roadmap.tasksDone", { done: 1000, count: 1200 })).toBe("1,000 of 1,200 tasks done");
    expect(tDe("roadmap.tasksDone", { done: 1000, count: 1200 })).toBe(
      "1.000 von 1.200 Aufgaben erledigt",
    );
  });

  it("negotiates the browser language, falling back to nothing it cannot serve", () => {
    expect(negotiateLocale("en-US,en;q=0.9,de;q=0.8")).toBe("en");
    expect(negotiateLocale("fr-FR,de;q=0.5,en;q=0.4")).toBe("de");
    expect(negotiateLocale("fr-FR")).toBeNull();
    expect(negotiateLocale(null)).toBeNull();
  });
});
