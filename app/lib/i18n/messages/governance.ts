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
    reviews30d: "Reviews",
    correctionRate30d: "Correction rate",
    lastIncident: "Last incident",
    literacy: "Team trained",
    dataSourcesChecked: "Data checked",
  },
  report: {
    title: "Governance",
    intro:
      "Evidence per active use case: reviews and correction rate of human oversight in the last 30 days, the last incident, how much of its team is trained (Art. 4) and how many of its data sources are fully checked.",
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
    reviews30d: "Prüfungen",
    correctionRate30d: "Korrekturquote",
    lastIncident: "Letzter Vorfall",
    literacy: "Team geschult",
    dataSourcesChecked: "Daten geprüft",
  },
  report: {
    title: "Governance",
    intro:
      "Nachweise je aktivem Anwendungsfall: Prüfungen und Korrekturquote der menschlichen Aufsicht in den letzten 30 Tagen, der letzte Vorfall, wie viel des Teams geschult ist (Art. 4 KI-VO) und wie viele seiner Datenquellen vollständig geprüft sind.",
    none: "Noch keine aktiven Anwendungsfälle.",
    ofTotal: "{checked} von {total}",
  },
};

export const governanceMessages = { en, de };
