import { describe, expect, it } from "vitest";
import { toCsv } from "~/lib/csv";
import { createT } from "~/lib/i18n";
import { measurementColumns, taskColumns } from "./csv";
import type { MeasurementCsvRow, TaskCsvRow } from "./csv";

const task: TaskCsvRow = {
  id: "t1",
  title: "=HYPERLINK(1); Angebot",
  phase: "pilot",
  status: "in_progress",
  priority: "high",
  owner: null,
  dueDate: "2026-03-20",
  completedOn: null,
  isOverdue: true,
};

const measurement: MeasurementCsvRow = {
  kpiId: "k1",
  kpi: "Bearbeitungszeit",
  category: "efficiency",
  unit: "min",
  direction: "lower_is_better",
  baseline: 12.5,
  target: 8,
  baselineDate: "2026-03-02",
  targetDate: "2026-05-30",
  roadmap: null,
  isArchived: false,
  measurementId: "m1",
  date: "2026-03-09",
  value: -0.25,
  note: "-5 nach Schulung",
  recordedBy: "Jonas",
  source: "manual",
};

const lines = (csv: string) => csv.slice(1).trimEnd().split("\r\n");

describe("task columns", () => {
  it("name phases, statuses, priorities and yes/no in the reader's language", () => {
    expect(lines(toCsv([task], taskColumns(createT("de")), "de"))).toEqual([
      "ID;Titel;Phase;Status;Priorität;Verantwortlich;Fällig am;Erledigt am;Überfällig",
      `t1;"'=HYPERLINK(1); Angebot";Pilot mit Governance;In Arbeit;Hoch;;2026-03-20;;Ja`,
    ]);
    expect(lines(toCsv([task], taskColumns(createT("en")), "en"))[1]).toBe(
      `t1,"'=HYPERLINK(1); Angebot",Pilot with governance,In progress,High,,2026-03-20,,Yes`,
    );
  });
});

describe("measurement columns", () => {
  it("write numbers as numbers and text that looks like one as text", () => {
    const [header, row] = lines(toCsv([measurement], measurementColumns(createT("de")), "de"));
    expect(header).toBe(
      "Kennzahl-ID;Kennzahl;Kategorie;Einheit;Richtung;Ausgangswert;Zielwert;Datum des Ausgangswerts;Zieldatum;Fahrplan;Archiviert;Messwert-ID;Datum;Wert;Notiz;Erfasst von;Quelle",
    );
    expect(row).toBe(
      "k1;Bearbeitungszeit;Effizienz;min;Niedriger ist besser;12,5;8;2026-03-02;2026-05-30;;Nein;m1;2026-03-09;-0,25;'-5 nach Schulung;Jonas;Eingetragen",
    );
  });
});
