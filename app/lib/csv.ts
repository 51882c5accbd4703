import type { Locale } from "./i18n";

/*
 * The one CSV writer every export uses. CSV files are opened by double-click, so
 * they follow the reader's spreadsheet: German Excel splits on ";" and reads "12,5"
 * as a number, English Excel splits on "," and reads "12.5". The requester's language
 * picks the conventions; headers and values (status names, phases, yes/no) are
 * written in it too. Always: UTF-8 with a byte-order mark (so Excel reads umlauts
 * right), CRLF line ends, calendar dates as YYYY-MM-DD and instants as
 * "YYYY-MM-DD HH:MM:SS" on the clock in Berlin (every spreadsheet reads both as dates,
 * and scripts can too), real numbers as numbers with the locale's decimal mark and no
 * grouping. Text is data, never a formula: see csvText.
 */

export type CsvConventions = { separator: ";" | ","; decimalMark: "," | "." };

const CONVENTIONS: Record<Locale, CsvConventions> = {
  de: { separator: ";", decimalMark: "," },
  en: { separator: ",", decimalMark: "." },
};

export function csvConventions(locale: Locale): CsvConventions {
  return CONVENTIONS[locale];
}

/** A cell: text (neutralised, quoted where needed), a number, or empty. */
export type CsvCell = string | number | null | undefined;

/** One column of an export: its header in the reader's language and how a row fills it. */
export type CsvColumn<R> = { header: string; value: (row: R) => CsvCell };

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage
 * return) as a formula; a text cell starting so gets a leading apostrophe, which
 * they show as text. Numbers typed as text ("-5" in a note) are text here too.
 */
export function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A number as the CSV writes it: the locale's decimal mark, no grouping, 15 significant digits. */
export function csvNumber(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return "";
  const text = String(Number(value.toPrecision(15)));
  return text.replace(".", CONVENTIONS[locale].decimalMark);
}

// RFC 4180: a cell holding a quote, a line break or either list separator is quoted
// and its quotes doubled, so a file written with ";" stays intact in a spreadsheet
// that splits on ",", and the other way round. Numbers are never quoted: the German
// decimal comma shares the file with ";" only.
function quote(text: string): string {
  return /[\r\n;,"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// Swedish writes dates as ISO 8601 does; the zone is the one the app shows instants in.
const instantFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** An instant as the CSV writes it: "2026-03-29 03:30:00", its time in Berlin. */
export function csvInstant(value: string | Date): string {
  return instantFormat.format(new Date(value));
}

function cellText(value: CsvCell, locale: Locale): string {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? csvNumber(value, locale) : quote(csvText(value));
}

/** The CSV file of `rows`: a header line, then one line per row. */
export function toCsv<R>(
  rows: readonly R[],
  columns: readonly CsvColumn<R>[],
  locale: Locale,
): string {
  const { separator } = csvConventions(locale);
  const lines = [
    columns.map((c) => cellText(c.header, locale)),
    ...rows.map((row) => columns.map((c) => cellText(c.value(row), locale))),
  ];
  return `\uFEFF${lines.map((cells) => `${cells.join(separator)}\r\n`).join("")}`;
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
export function csvResponse(
  body: string,
  fileName: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${asciiFileName(fileName)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...headers,
    },
  });
}

// A header value carries ASCII only; file names are built from slugs and dates already.
function asciiFileName(fileName: string): string {
  return fileName.replace(/[^\w.-]/g, "-");
}
