import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Muster Maschinenbau GmbH", "muster-maschinenbau-gmbh"],
    ["Müller & Söhne GmbH", "mueller-soehne-gmbh"],
    ["Straßenbau Weiß KG", "strassenbau-weiss-kg"],
    ["  --Café Crème--  ", "cafe-creme"],
    ["!!!", "organisation"],
    ["A".repeat(100), "a".repeat(48)],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
