import fs from "node:fs";
import path from "node:path";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Table, TableBody, TableFoot, TableHead, Td, Th, Tr } from "./table";

function render(props: Parameters<typeof Table>[0]) {
  return renderToStaticMarkup(h(Table, props));
}

// Children passed as props (the components require them); keys keep React quiet.
const row = (name: string, amount: string) =>
  h(Tr, { children: [h(Th, { key: 1 }, name), h(Td, { key: 2, numeric: true }, amount)] });
const rows = [
  h(TableHead, {
    key: "h",
    children: [h(Th, { key: 1 }, "Phase"), h(Th, { key: 2, numeric: true }, "Planned")],
  }),
  h(TableBody, { key: "b", children: row("Pilot", "8.500 €") }),
  h(TableFoot, { key: "f", children: row("Total", "8.500 €") }),
];

describe("Table", () => {
  it("names the table by its caption, hidden from sight when asked", () => {
    const html = render({ caption: "Budget", captionHidden: true, children: rows });
    expect(html).toMatch(/<caption id="[^"]+" class="sr-only">Budget<\/caption>/);
    expect(render({ caption: "Budget", children: rows })).not.toContain('class="sr-only"');
  });

  it("or by the heading it sits under, without a caption", () => {
    const html = render({ labelledBy: "phases-title", children: rows });
    expect(html).toContain('<table class="tbl w-full text-left" aria-labelledby="phases-title">');
    expect(html).not.toContain("<caption");
  });

  it("gives header cells their scope: columns in the head, rows in body and foot", () => {
    const html = render({ caption: "Budget", children: rows });
    const scopes = [...html.matchAll(/<th scope="(\w+)"[^>]*>([^<]+)</g)].map((m) => [m[2], m[1]]);
    expect(scopes).toEqual([
      ["Phase", "col"],
      ["Planned", "col"],
      ["Pilot", "row"],
      ["Total", "row"],
    ]);
  });

  it("sets numbers right-aligned in tabular figures, and only numbers", () => {
    const html = render({ caption: "Budget", children: rows });
    const cells = [...html.matchAll(/<t[hd] ([^>]*)>([^<]+)</g)];
    expect(cells).toHaveLength(6);
    for (const [, attributes, text] of cells) {
      const classes = /class="([^"]*)"/.exec(attributes!)?.[1]?.split(/\s+/) ?? [];
      expect(classes.includes("cell-num"), text).toBe(/€|Planned/.test(text!));
    }
    // The class is named once in the stylesheet (a long table repeats it on every row).
    const css = fs.readFileSync(path.resolve(__dirname, "../../../styles/app.css"), "utf8");
    expect(css).toMatch(/\.cell-num \{\s*@apply text-right whitespace-nowrap tabular-nums;/);
  });

  it("pads its cells by its density, from the table, not from every cell", () => {
    const html = render({ caption: "Budget", density: "tight", framed: true, children: rows });
    expect(html).toMatch(/<table class="tbl [^"]*" data-density="tight" data-framed="true">/);
    expect(render({ caption: "Budget", children: rows })).not.toContain("data-density");
    expect(html).not.toMatch(/<t[hd] [^>]*class="[^"]*\bp[xyr]-/);
  });

  it("scrolls sideways in its own box, never the page, and shows in full on paper", () => {
    const html = render({ caption: "Register", minWidth: "lg", children: rows });
    const box = /<div class="([^"]*)"/.exec(html)![1]!;
    expect(box).toContain("overflow-x-auto");
    expect(box).toContain("max-w-full");
    // Screen-reader-only text in a far column must be positioned inside the box.
    expect(box).toContain("relative");
    expect(box).toContain("print:overflow-visible");
    expect(html).toContain("min-w-[56rem] print:min-w-0");
  });
});
