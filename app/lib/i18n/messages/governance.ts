import type { MessageTree } from "./types";

const en = {
  evidence: "Evidence",
  oversight: {
    none: "No review in the last 30 days",
    reviews: {
      one: "{count} review in 30 days · {rate} corrected",
      other: "{count} reviews in 30 days · {rate} corrected",
    },
  },
  incident: {
    none: "No incident recorded",
    last: "Last incident {date} ({severity})",
  },
  data: {
    none: "No data sources recorded",
    checked: "Data: {checked} of {total} sources checked",
  },
  column: {
    reviews30d: "Reviews (30 days)",
    correctionRate30d: "Correction rate (30 days)",
    lastIncident: "Last incident",
    literacy: "Team trained (Art. 4)",
    dataSourcesChecked: "Data sources checked",
  },
  report: {
    title: "Governance",
    intro:
      "Evidence per active use case: human oversight in the last 30 days, AI literacy of its team (Art. 4) and its data basis.",
    none: "No active use cases yet.",
    ofTotal: "{checked} of {total}",
  },
} satisfies MessageTree;

const de: typeof en = {
  evidence: "Nachweise",
  oversight: {
    none: "Keine Prüfung in den letzten 30 Tagen",
    reviews: {
      one: "{count} Prüfung in 30 Tagen · {rate} korrigiert",
      other: "{count} Prüfungen in 30 Tagen · {rate} korrigiert",
    },
  },
  incident: {
    none: "Kein Vorfall erfasst",
    last: "Letzter Vorfall {date} ({severity})",
  },
  data: {
    none: "Keine Datenquellen erfasst",
    checked: "Daten: {checked} von {total} Quellen geprüft",
  },
  column: {
    reviews30d: "Prüfungen (30 Tage)",
    correctionRate30d: "Korrekturquote (30 Tage)",
    lastIncident: "Letzter Vorfall",
    literacy: "Team geschult (Art. 4)",
    dataSourcesChecked: "Datenquellen geprüft",
  },
  report: {
    title: "Governance",
    intro:
      "Nachweise je aktivem Anwendungsfall: menschliche Aufsicht der letzten 30 Tage, KI-Kompetenz des Teams (Art. 4) und die Datenbasis.",
    none: "Noch keine aktiven Anwendungsfälle.",
    ofTotal: "{checked} von {total}",
  },
};

export const governanceMessages = { en, de };
