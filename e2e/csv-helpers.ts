// Reading the CSV exports back as German Excel does when a file is double-clicked.
import { expect } from "./fixtures";

/** A small RFC 4180 reader: quoted cells, doubled quotes, line breaks inside quotes. */
export function parseCsv(text: string, separator = ";"): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * The rows of a CSV file written for a German reader: UTF-8 with a byte-order mark (or
 * Excel misreads the umlauts), ";" between cells, CRLF line ends.
 */
export function germanCsvRows(body: Buffer): { text: string; rows: string[][] } {
  expect([...body.subarray(0, 3)], "UTF-8 byte-order mark").toEqual([0xef, 0xbb, 0xbf]);
  const text = body.subarray(3).toString("utf8");
  expect(text.endsWith("\r\n"), "CRLF line ends").toBe(true);
  const header = text.slice(0, text.indexOf("\r\n"));
  expect(header.split(";").length, "cells separated by ';'").toBeGreaterThan(3);
  return { text, rows: parseCsv(text, ";") };
}
