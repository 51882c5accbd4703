import path from "node:path";

/** The embedded default: a SQLite file in the git-ignored data folder. */
export const DEFAULT_DATABASE_URL = "file:./data/fahrplan.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function getDatabaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL); got "${url.slice(0, 20)}…"`,
  );
}

/**
 * Resolves a `file:` URL to an absolute path. Relative paths are taken from the
 * project root (the working directory of every script), never from the schema
 * folder, so the app, the CLI and the tests agree on one file.
 */
export function sqliteFilePath(url: string): string {
  const raw = url.replace(/^file:/, "").split("?")[0] ?? "";
  if (raw === ":memory:") return raw;
  return path.resolve(process.cwd(), raw);
}
