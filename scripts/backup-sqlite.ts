// Online backup of the SQLite database with `VACUUM INTO`: a consistent,
// compacted copy taken inside one read transaction, safe while the app runs
// and writes (WAL mode). The copy is checked with `PRAGMA integrity_check`.
//
//   npm run db:backup                              # → data/backups/fahrplan-<UTC time>.db
//   npm run db:backup -- --dir /srv/backups --keep 14
//
// Reads DATABASE_URL like the app (default file:./data/fahrplan.db). For
// PostgreSQL use pg_dump instead; see docs/operations.md.
import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL, getDatabaseProvider, sqliteFilePath } from "../app/lib/db-url";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "data/backups" },
    keep: { type: "string" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(
    "npm run db:backup -- [--dir data/backups] [--keep N]\n" +
      "  --dir   where the backups go (created if missing)\n" +
      "  --keep  keep only the newest N backups in that folder",
  );
  process.exit(0);
}

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
if (getDatabaseProvider(url) !== "sqlite") {
  console.error(
    'DATABASE_URL points at PostgreSQL: back it up with pg_dump, e.g.\n  pg_dump --format=custom --file="fahrplan-$(date -u +%Y%m%dT%H%M%SZ).dump" "$DATABASE_URL"\n(see docs/operations.md).',
  );
  process.exit(1);
}
const source = sqliteFilePath(url);
if (!fs.existsSync(source)) {
  console.error(`No database at ${source}.`);
  process.exit(1);
}

const dir = path.resolve(values.dir);
fs.mkdirSync(dir, { recursive: true });
// UTC and sortable: 20261123T071500Z.
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, "")
  .replace(/\.\d+Z$/, "Z");
const target = path.join(dir, `fahrplan-${stamp}.db`);
if (fs.existsSync(target)) {
  console.error(`${target} exists already; try again in a second.`);
  process.exit(1);
}

const started = performance.now();
const db = new Database(source, { fileMustExist: true });
try {
  // Wait for a writer instead of failing; the copy itself only reads.
  db.pragma("busy_timeout = 10000");
  db.prepare("VACUUM INTO ?").run(target);
} finally {
  db.close();
}

const copy = new Database(target, { readonly: true });
let integrity: string;
try {
  integrity = (copy.pragma("integrity_check") as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .join("; ");
} finally {
  copy.close();
}
if (integrity !== "ok") {
  console.error(`The backup ${target} failed its integrity check: ${integrity}`);
  process.exit(1);
}
const size = fs.statSync(target).size;
console.log(
  `Backed up ${source} → ${target} (${(size / 1024 / 1024).toFixed(1)} MB, integrity ok, ` +
    `${Math.round(performance.now() - started)} ms).`,
);

if (values.keep !== undefined) {
  const keep = Math.max(1, Number(values.keep));
  const backups = fs
    .readdirSync(dir)
    .filter((f) => /^fahrplan-\d{8}T\d{6}Z\.db$/.test(f))
    .sort()
    .reverse();
  for (const old of backups.slice(keep)) {
    fs.rmSync(path.join(dir, old));
    console.log(`Removed old backup ${old}`);
  }
}
