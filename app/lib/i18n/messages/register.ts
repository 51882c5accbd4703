import type { MessageTree } from "./types";

const en = {
  nav: "AI register",
  title: "AI register",
  intro:
    "Every use case with its EU AI Act risk tier, your role, when it was assessed and whether its documentation is up to date.",
  exportCsv: "Export as CSV",
  count: { one: "{count} use case", other: "{count} use cases" },
  emptyTitle: "The register is empty",
  emptyBody:
    "Once use cases are collected and assessed, they appear here with their risk tier and documentation status.",
  caption: "AI register",
  column: {
    title: "Use case",
    area: "Area",
    status: "Status",
    tier: "Risk tier",
    roles: "Role",
    assessedOn: "Assessed on",
    rulesetVersion: "Ruleset",
    openJudgements: "Open legal questions",
    documentation: "Documentation",
    owner: "Owner",
    roadmap: "Roadmap",
    archived: "Archived",
  },
  documentation: {
    not_assessed: "Not assessed",
    draft: "Draft",
    assessed: "Assessed",
    outdated: "Outdated",
  },
  documentationHint: {
    not_assessed: "No assessment started.",
    draft: "An assessment was started but not completed.",
    assessed: "Assessed with the current ruleset.",
    outdated: "Assessed with an earlier ruleset: re-assess.",
  },
  summary: {
    assessed: "{count} assessed",
    highRisk: "{count} high-risk",
    openJudgements: "{count} open legal questions",
    needsWork: "{count} not assessed or outdated",
  },
  archived: "Archived",
  yes: "yes",
  no: "no",
  none: "—",
  currentRuleset: "Current ruleset: {version}",
  fileName: "ai-register",
} satisfies MessageTree;

const de: typeof en = {
  nav: "KI-Register",
  title: "KI-Register",
  intro:
    "Jeder Anwendungsfall mit seiner Risikostufe nach der KI-Verordnung, Ihrer Rolle, dem Datum der Bewertung und ob die Dokumentation aktuell ist.",
  exportCsv: "Als CSV exportieren",
  count: { one: "{count} Anwendungsfall", other: "{count} Anwendungsfälle" },
  emptyTitle: "Das Register ist leer",
  emptyBody:
    "Sobald Anwendungsfälle gesammelt und bewertet sind, erscheinen sie hier mit Risikostufe und Dokumentationsstand.",
  caption: "KI-Register",
  column: {
    title: "Anwendungsfall",
    area: "Bereich",
    status: "Status",
    tier: "Risikostufe",
    roles: "Rolle",
    assessedOn: "Bewertet am",
    rulesetVersion: "Regelwerk",
    openJudgements: "Offene Rechtsfragen",
    documentation: "Dokumentation",
    owner: "Verantwortlich",
    roadmap: "Fahrplan",
    archived: "Archiviert",
  },
  documentation: {
    not_assessed: "Nicht bewertet",
    draft: "Entwurf",
    assessed: "Bewertet",
    outdated: "Veraltet",
  },
  documentationHint: {
    not_assessed: "Keine Bewertung begonnen.",
    draft: "Eine Bewertung wurde begonnen, aber nicht abgeschlossen.",
    assessed: "Mit dem aktuellen Regelwerk bewertet.",
    outdated: "Mit einem früheren Regelwerk bewertet: neu bewerten.",
  },
  summary: {
    assessed: "{count} bewertet",
    highRisk: "{count} Hochrisiko",
    openJudgements: "{count} offene Rechtsfragen",
    needsWork: "{count} nicht bewertet oder veraltet",
  },
  archived: "Archiviert",
  yes: "ja",
  no: "nein",
  none: "—",
  currentRuleset: "Aktuelles Regelwerk: {version}",
  fileName: "ki-register",
};

export const registerMessages = { en, de };
