import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Modules that pages import for the browser and that must stay light (record 0021,
 * "First-load JS: every page"): no zod (24.5 KiB gzip), no assessment ruleset or question
 * catalogue (~22 KiB), through any chain of value imports. Type imports are erased and
 * do not count. The build's own numbers are in scripts/bench-bundles.ts.
 */
const LIGHT = [
  "app/modules/assessments/answers.ts",
  "app/modules/assessments/wizard.ts",
  "app/modules/assessments/ruleset-version.ts",
  "app/modules/assessments/legal-reference.ts",
  "app/modules/api/token-fields.ts",
  "app/components/use-cases/question-field.tsx",
  "app/components/use-cases/wizard-progress.tsx",
  "app/components/data-sources/prefill-note.tsx",
  "app/components/assessments/obligations.tsx",
  "app/components/assessments/result-header.tsx",
  "app/components/reviews/use-case-evidence.tsx",
];
const HEAVY = [
  "zod",
  "app/modules/assessments/ruleset.ts",
  "app/modules/assessments/questions.ts",
  "app/modules/assessments/question-texts.ts",
  "app/modules/assessments/rules.ts",
];

const root = path.resolve(__dirname, "../..");

/** The value imports of a module (not `import type`, not `export type … from`). */
function valueImports(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  const specs: string[] = [];
  const pattern = /^(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?["']([^"']+)["']/gms;
  for (const match of source.matchAll(pattern)) specs.push(match[1]!);
  return specs;
}

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("~/")) base = path.join("app", spec.slice(2));
  else if (spec.startsWith(".")) base = path.join(path.dirname(from), spec);
  else return spec; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    const full = path.join(root, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  throw new Error(`Cannot resolve ${spec} from ${from}`);
}

/** Every module reachable from `file` through value imports, with the chain that reaches it. */
function reachable(file: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[file, [file]]]);
  const queue = [file];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (!current.startsWith("app/")) continue;
    for (const spec of valueImports(current)) {
      const next = resolve(current, spec);
      if (next === null || seen.has(next)) continue;
      seen.set(next, [...seen.get(current)!, next]);
      queue.push(next);
    }
  }
  return seen;
}

/** Lazy parts (after the page) may show the catalogue's texts, but take no zod with them. */
const NO_ZOD = [
  "app/modules/assessments/values.ts",
  "app/modules/assessments/question-texts.ts",
  "app/components/assessments/result-cards.tsx",
];

describe("modules the browser loads with a page", () => {
  it.each(LIGHT)("%s takes no zod, ruleset or question catalogue with it", (file) => {
    const graph = reachable(file);
    const heavy = HEAVY.filter((h) => graph.has(h)).map((h) => graph.get(h)!.join(" → "));
    expect(heavy).toEqual([]);
  });

  it.each(NO_ZOD)("%s takes no zod with it", (file) => {
    expect(reachable(file).get("zod")).toBeUndefined();
  });

  it("sees a heavy import when there is one", () => {
    const graph = reachable("app/modules/assessments/obligation-list.ts");
    expect(graph.has("app/modules/assessments/ruleset.ts")).toBe(true);
    expect(reachable("app/modules/api/token-schema.ts").has("zod")).toBe(true);
  });
});
