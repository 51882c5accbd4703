import type { MessageTree } from "./types";

// The next roadmap, generated from a completed closing review (issue 16).

const en = {
  title: "Create the next roadmap",
  intro:
    "The next roadmap starts from the closing review of “{title}”: rollout tasks for the use cases to scale, the learnings to change, open obligations and risks, the KPIs with their last value as the new baseline, and budget suggestions from the actual costs. It is created as a draft: check it before you start it.",
  link: "Create the next roadmap",
  fields: {
    startDate: "Start date",
    startDateHint: "Default: the day after “{title}” ended ({date}).",
    lengthDays: "Length in days",
    lengthDaysHint:
      "{min} to {max} days. The method's {days} days: analysis {analysis}, pilot {pilot}, evaluate and scale {scale} days; another length keeps these proportions.",
    title: "Title",
  },
  kpis: {
    title: "KPIs carried over",
    intro:
      "The new baseline is the last value measured in the previous roadmap. Confirm or change each target.",
    none: "No KPIs are carried over: none of the use cases to scale has a KPI.",
    baseline: "New baseline",
    noValues: "no values measured – the old baseline {value} stays",
    target: "Target for {name}",
    oldTarget: "Previous target: {value}",
    kpi: "KPI",
  },
  useCases: {
    title: "Use cases",
    none: "The review did not decide to scale or adjust any use case: the next roadmap starts with the template's gates only.",
    rollout: {
      one: "{count} more team or site",
      other: "{count} more teams or sites",
    },
    decision: { scale: "Scale", adjust: "Adjust", stop: "Stop" },
    stopNote: "Stopped use cases are not carried over.",
  },
  submit: "Generate the draft",
  submitting: "Generating …",
  notReady: {
    title: "The closing review is not completed yet",
    body: "The next roadmap is generated from the decisions of the closing review. Complete the review of “{title}” first.",
  },
  exists: {
    title: "The next roadmap exists already",
    body: "“{title}” was generated from this roadmap's closing review. A review generates its next roadmap once.",
    open: "Open “{title}”",
  },
  errors: {
    lengthRange: "Enter a length from {min} to {max} days.",
    startBeforeOld: "The next roadmap cannot start before the previous one ({date}).",
  },
  chain: {
    follows: "Follows",
    followedBy: "Followed by",
    followsOn: "Follows “{title}”",
  },
  suggested: "Suggestion",
  suggestedHint: "Suggested from the previous roadmap's actual costs; saving the line confirms it.",
  generated: {
    defaultTitle: "Next roadmap after {title}",
    scaleTitle: "Scaling: {useCases}",
    adjustTitle: "Adjustment: {useCases}",
    rolloutTitle: "Roll out {useCase}: team or site {n} of {count}",
    rolloutDescription:
      "Bring “{useCase}” to one more team or site, as the closing review of “{roadmap}” decided. Reason: {reason}",
    changeTitle: "Change: {text}",
    riskTitle: "Address risk: {text}",
    learningDescription: "From the learnings of “{roadmap}”: {text}",
    criterion: "{useCase}: {kpis} holds the target across the rollout.",
    criterionNoKpi: "{useCase} holds its target across the rollout.",
    budgetLabel: "Suggestion from “{roadmap}” ({phase})",
    noReason: "—",
  },
} satisfies MessageTree;

const de: typeof en = {
  title: "Nächsten Fahrplan erstellen",
  intro:
    "Der nächste Fahrplan beginnt mit dem Abschlussreview von „{title}“: Rollout-Aufgaben für die zu skalierenden Anwendungsfälle, die zu ändernden Learnings, offene Pflichten und Risiken, die Kennzahlen mit ihrem letzten Wert als neuem Ausgangswert und Budgetvorschläge aus den Ist-Kosten. Er entsteht als Entwurf: Prüfen Sie ihn, bevor Sie ihn starten.",
  link: "Nächsten Fahrplan erstellen",
  fields: {
    startDate: "Startdatum",
    startDateHint: "Vorschlag: der Tag nach dem Ende von „{title}“ ({date}).",
    lengthDays: "Dauer in Tagen",
    lengthDaysHint:
      "{min} bis {max} Tage. Die {days} Tage der Methode: Analyse {analysis}, Pilot {pilot}, Auswerten und Skalieren {scale} Tage; eine andere Dauer behält diese Anteile.",
    title: "Titel",
  },
  kpis: {
    title: "Übernommene Kennzahlen",
    intro:
      "Neuer Ausgangswert ist der letzte gemessene Wert des vorigen Fahrplans. Bestätigen oder ändern Sie jeden Zielwert.",
    none: "Es werden keine Kennzahlen übernommen: Keiner der zu skalierenden Anwendungsfälle hat eine Kennzahl.",
    baseline: "Neuer Ausgangswert",
    noValues: "keine Werte gemessen – der alte Ausgangswert {value} bleibt",
    target: "Zielwert für {name}",
    oldTarget: "Bisheriger Zielwert: {value}",
    kpi: "Kennzahl",
  },
  useCases: {
    title: "Anwendungsfälle",
    none: "Das Review hat keinen Anwendungsfall zum Skalieren oder Anpassen bestimmt: Der nächste Fahrplan beginnt nur mit den Gates der Vorlage.",
    rollout: {
      one: "{count} weiteres Team bzw. weiterer Standort",
      other: "{count} weitere Teams bzw. Standorte",
    },
    decision: { scale: "Skalieren", adjust: "Anpassen", stop: "Stoppen" },
    stopNote: "Gestoppte Anwendungsfälle werden nicht übernommen.",
  },
  submit: "Entwurf erzeugen",
  submitting: "Wird erzeugt …",
  notReady: {
    title: "Das Abschlussreview ist noch nicht abgeschlossen",
    body: "Der nächste Fahrplan entsteht aus den Entscheidungen des Abschlussreviews. Schließen Sie zuerst das Review von „{title}“ ab.",
  },
  exists: {
    title: "Der nächste Fahrplan existiert bereits",
    body: "„{title}“ wurde aus dem Abschlussreview dieses Fahrplans erzeugt. Ein Review erzeugt seinen nächsten Fahrplan nur einmal.",
    open: "„{title}“ öffnen",
  },
  errors: {
    lengthRange: "Geben Sie eine Dauer von {min} bis {max} Tagen ein.",
    startBeforeOld: "Der nächste Fahrplan kann nicht vor dem vorigen beginnen ({date}).",
  },
  chain: {
    follows: "Folgt auf",
    followedBy: "Gefolgt von",
    followsOn: "Folgt auf „{title}“",
  },
  suggested: "Vorschlag",
  suggestedHint:
    "Vorgeschlagen aus den Ist-Kosten des vorigen Fahrplans; mit dem Speichern bestätigen Sie die Zeile.",
  generated: {
    defaultTitle: "Nächster Fahrplan nach {title}",
    scaleTitle: "Skalierung: {useCases}",
    adjustTitle: "Anpassung: {useCases}",
    rolloutTitle: "{useCase} ausrollen: Team bzw. Standort {n} von {count}",
    rolloutDescription:
      "Bringen Sie „{useCase}“ in ein weiteres Team bzw. an einen weiteren Standort, wie im Abschlussreview von „{roadmap}“ entschieden. Begründung: {reason}",
    changeTitle: "Ändern: {text}",
    riskTitle: "Risiko angehen: {text}",
    learningDescription: "Aus den Learnings von „{roadmap}“: {text}",
    criterion: "{useCase}: {kpis} hält das Ziel in der Breite.",
    criterionNoKpi: "{useCase} hält das Ziel in der Breite.",
    budgetLabel: "Vorschlag aus „{roadmap}“ ({phase})",
    noReason: "—",
  },
};

export const nextRoadmapMessages = { en, de };
