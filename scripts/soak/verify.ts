// After the server has stopped: is everything it acknowledged in the database
// file? Read directly with better-sqlite3 (read-write, so SQLite replays the WAL
// as the next start of the app would).
import Database from "better-sqlite3";
import type { Ledger } from "./mix";

export type Verification = {
  integrity: string;
  measurementsAcked: number;
  measurementsMissing: string[];
  tasksChecked: number;
  tasksWrong: string[];
};

export function verifyDatabase(dbFile: string, ledger: Ledger): Verification {
  const db = new Database(dbFile);
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join("; ");
    const stored = new Set(
      (
        db.prepare(`SELECT note FROM "KpiMeasurement" WHERE note LIKE 'soak-%'`).all() as {
          note: string;
        }[]
      ).map((r) => r.note),
    );
    const measurementsMissing = [...ledger.measurements.keys()].filter((n) => !stored.has(n));
    const done = new Set(
      (db.prepare(`SELECT id FROM "Task" WHERE status = 'done'`).all() as { id: string }[]).map(
        (r) => r.id,
      ),
    );
    const checked = ledger.tasks.filter((t) => !ledger.unknownTasks.has(t.id));
    const tasksWrong = checked.filter((t) => done.has(t.id) !== t.done).map((t) => t.id);
    return {
      integrity,
      measurementsAcked: ledger.measurements.size,
      measurementsMissing,
      tasksChecked: checked.length,
      tasksWrong,
    };
  } finally {
    db.close();
  }
}

export function verificationOk(v: Verification): boolean {
  return v.integrity === "ok" && v.measurementsMissing.length === 0 && v.tasksWrong.length === 0;
}

export function verificationLines(v: Verification): string[] {
  return [
    `integrity_check ${v.integrity}`,
    `${v.measurementsAcked - v.measurementsMissing.length} of ${v.measurementsAcked} acknowledged measurements stored` +
      (v.measurementsMissing.length > 0
        ? ` (missing: ${v.measurementsMissing.slice(0, 5).join(", ")}…)`
        : ""),
    `${v.tasksChecked - v.tasksWrong.length} of ${v.tasksChecked} tasks in their last acknowledged state` +
      (v.tasksWrong.length > 0 ? ` (wrong: ${v.tasksWrong.slice(0, 5).join(", ")})` : ""),
  ];
}
