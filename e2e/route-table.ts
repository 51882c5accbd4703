// Flattens app/routes.ts into full URL patterns, so security sweeps cover
// every route, including routes added later, without being edited.
import type { RouteConfigEntry } from "@react-router/dev/routes";
import routes from "../app/routes";

export type FlatRoute = { pattern: string; file: string; isResource: boolean };

function join(base: string, path: string | undefined) {
  if (!path) return base;
  return `${base.replace(/\/$/, "")}/${path}`;
}

export function flattenRoutes(entries: RouteConfigEntry[] = routes, base = ""): FlatRoute[] {
  return entries.flatMap((entry) => {
    const pattern = join(base, entry.path);
    const self: FlatRoute[] =
      entry.path !== undefined || entry.index
        ? [{ pattern: pattern || "/", file: entry.file, isResource: /\.ts$/.test(entry.file) }]
        : [];
    return [...self, ...flattenRoutes(entry.children ?? [], pattern)];
  });
}

/** Fills `:param` and `:param?` segments; throws for a parameter nobody provided a value for. */
export function fillPattern(pattern: string, values: Record<string, string>): string {
  return pattern
    .split("/")
    .map((segment) => {
      const match = /^:(\w+)(\?)?(.*)$/.exec(segment);
      if (!match) return segment;
      const [, name, , rest] = match;
      const value = values[name!];
      if (value === undefined)
        throw new Error(`No canary value for route parameter :${name} (in ${pattern})`);
      return `${value}${rest ?? ""}`;
    })
    .join("/");
}
