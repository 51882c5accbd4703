import { stringify } from "csv-stringify/sync";

/*
 * CSV exports are for spreadsheets and scripts, so they are the same whatever the
 * user's language: a header row of fixed snake_case column names, status codes rather
 * than translated labels, numbers with a decimal point and no grouping, dates as
 * YYYY-MM-DD. Comma-separated, UTF-8 with a byte-order mark (Excel then reads the
 * umlauts right), RFC 4180 quoting by csv-stringify.
 */

export const TASK_COLUMNS = [
  "id",
  "title",
  "phase",
  "status",
  "priority",
  "owner",
  "due_date",
  "completed_on",
  "overdue",
] as const;

export const MEASUREMENT_COLUMNS = [
  "kpi_id",
  "kpi",
  "category",
  "unit",
  "direction",
  "baseline",
  "target",
  "baseline_date",
  "target_date",
  "roadmap",
  "archived",
  "measurement_id",
  "date",
  "value",
  "note",
  "recorded_by",
  // manual, or the oversight log a derived KPI's weekly value comes from
  "source",
] as const;

type Row<C extends readonly string[]> = Record<C[number], string | number | boolean | null>;

/**
 * Spreadsheet programs run a text cell that starts with = + - @ (or tab/CR) as a
 * formula; free text (titles, notes, names) gets a leading apostrophe then. Numbers are
 * written as numbers and never touched.
 */
export function safeText(value: string | null | undefined): string {
  const text = value ?? "";
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A number as the CSV writes it: decimal point, no grouping, no exponent for normal sizes. */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  return String(Number(value.toPrecision(15)));
}

export function toCsv<C extends readonly string[]>(columns: C, rows: readonly Row<C>[]): string {
  return stringify(
    rows.map((row) =>
      columns.map((c) => {
        const v = row[c as C[number]];
        if (v === null || v === undefined) return "";
        if (typeof v === "boolean") return v ? "true" : "false";
        return typeof v === "number" ? csvNumber(v) : v;
      }),
    ),
    {
      header: true,
      columns: [...columns],
      bom: true,
      record_delimiter: "\r\n",
      // A line break inside a cell must be quoted too, whatever the record delimiter.
      quoted_match: /[\r\n]/,
    },
  );
}

/** "Fahrplan Q1 / Kundenservice" → "fahrplan-q1-kundenservice", for file names. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/ß/g, "ss")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "export"
  );
}

/** The response for a CSV download: attachment, never cached, never sniffed. */
export function csvResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
