import type { MessageTree } from "./types";

const en = {
  nav: "Portfolio",
  title: "Portfolio",
  intro:
    "Every roadmap of your organisation on one timeline: what is done, what is running, what is planned, and what it has brought.",
  asOf: "As of {date}",
  openFromDashboard: "All roadmaps (portfolio)",
  emptyTitle: "No roadmap yet",
  emptyBody:
    "The portfolio shows all roadmaps of your organisation on one timeline with their figures. It fills as soon as the first roadmap exists.",
  total: {
    title: "Across all roadmaps",
    value: "Value of the hours saved",
    valueDetail: "Sum over {count} roadmaps, archived ones included",
    kpis: "KPIs met",
    kpisValue: "{met} of {withValues}",
    kpisDetail: {
      one: "{total} KPI in all, {noData} without values yet",
      other: "{total} KPIs in all, {noData} without values yet",
    },
    kpisNone: "No KPIs defined yet",
    completed: "Roadmaps completed",
    completedValue: "{completed} of {count}",
    completedDetail: "{running} running · {drafts} in draft",
  },
  valueExplanation:
    "How the value is computed, as on the dashboard: hours saved per week × hourly cost × the weeks since the roadmap started (at most its length, 90 days in the method), for its use cases being piloted or scaled. An estimate from the use cases' figures, not a booking.",
  kpiExplanation:
    "A KPI is met when its latest value reaches the target, judged as in the closing review.",
  chains: {
    title: "Roadmap chains",
    intro: "Each next roadmap was generated from the closing review of the one before.",
    label: "Chain {number}",
  },
  timeline: {
    title: "Timeline",
    intro:
      "Each bar runs from a roadmap's first to its last day, filled as far as its tasks are done; a line leads from a roadmap to the one generated from it.",
    today: "Today",
    todayOn: "Today is {date}.",
    bar: "{title}: {start} to {end}, {status}, {percent} of tasks done",
    successorOf: "follows {title}",
  },
  list: {
    title: "Roadmaps in detail",
    archived: { one: "{count} archived roadmap", other: "{count} archived roadmaps" },
    dates: "{start} – {end}",
    follows: "Follows {title}",
    continuedIn: "Continued in {title}",
    openDashboard: "Dashboard",
  },
  figures: {
    progress: "Progress",
    progressValue: "{percent}",
    progressDetail: "{done} of {total} tasks done",
    kpis: "KPIs met",
    kpisValue: "{met} of {withValues} with values",
    kpisDetail: "{total} in all",
    kpisNone: "No KPIs",
    value: "Value of saved hours",
    valueDetail: "{hours} hours in {weeks} weeks",
    valueNone: "No use case piloted or scaled",
    budget: "Budget spent",
    budgetValue: "{actual} of {planned}",
    budgetNone: "No budget lines",
    decisions: "Review decisions",
    decisionsValue: "{scale} scale · {adjust} adjust · {stop} stop",
    decisionsNone: "Closing review not completed",
  },
} satisfies MessageTree;

const de: typeof en = {
  nav: "Portfolio",
  title: "Portfolio",
  intro:
    "Alle Fahrpläne Ihrer Organisation auf einer Zeitachse: was abgeschlossen ist, was läuft, was geplant ist – und was es gebracht hat.",
  asOf: "Stand {date}",
  openFromDashboard: "Alle Fahrpläne (Portfolio)",
  emptyTitle: "Noch kein Fahrplan",
  emptyBody:
    "Das Portfolio zeigt alle Fahrpläne Ihrer Organisation auf einer Zeitachse mit ihren Kennzahlen. Es füllt sich, sobald der erste Fahrplan existiert.",
  total: {
    title: "Über alle Fahrpläne",
    value: "Wert der eingesparten Stunden",
    valueDetail: "Summe über {count} Fahrpläne, archivierte eingeschlossen",
    kpis: "Kennzahlen erreicht",
    kpisValue: "{met} von {withValues}",
    kpisDetail: {
      one: "{total} Kennzahl insgesamt, {noData} noch ohne Werte",
      other: "{total} Kennzahlen insgesamt, {noData} noch ohne Werte",
    },
    kpisNone: "Noch keine Kennzahlen festgelegt",
    completed: "Abgeschlossene Fahrpläne",
    completedValue: "{completed} von {count}",
    completedDetail: "{running} laufend · {drafts} im Entwurf",
  },
  valueExplanation:
    "So wird der Wert berechnet, wie im Dashboard: eingesparte Stunden pro Woche × Stundensatz × Wochen seit dem Start des Fahrplans (höchstens seine Dauer, 90 Tage in der Methode), für seine Anwendungsfälle im Pilot oder in der Skalierung. Eine Schätzung aus den Angaben der Anwendungsfälle, keine Buchung.",
  kpiExplanation:
    "Eine Kennzahl gilt als erreicht, wenn ihr letzter Wert das Ziel erreicht – bewertet wie im Abschluss-Review.",
  chains: {
    title: "Fahrplan-Ketten",
    intro: "Jeder nächste Fahrplan wurde aus dem Abschluss-Review des vorigen erzeugt.",
    label: "Kette {number}",
  },
  timeline: {
    title: "Zeitachse",
    intro:
      "Jeder Balken reicht vom ersten bis zum letzten Tag eines Fahrplans und ist so weit gefüllt, wie seine Aufgaben erledigt sind; eine Linie führt von einem Fahrplan zu dem, der aus ihm erzeugt wurde.",
    today: "Heute",
    todayOn: "Heute ist der {date}.",
    bar: "{title}: {start} bis {end}, {status}, {percent} der Aufgaben erledigt",
    successorOf: "folgt auf {title}",
  },
  list: {
    title: "Fahrpläne im Einzelnen",
    archived: { one: "{count} archivierter Fahrplan", other: "{count} archivierte Fahrpläne" },
    dates: "{start} – {end}",
    follows: "Folgt auf {title}",
    continuedIn: "Fortgesetzt in {title}",
    openDashboard: "Dashboard",
  },
  figures: {
    progress: "Fortschritt",
    progressValue: "{percent}",
    progressDetail: "{done} von {total} Aufgaben erledigt",
    kpis: "Kennzahlen erreicht",
    kpisValue: "{met} von {withValues} mit Werten",
    kpisDetail: "{total} insgesamt",
    kpisNone: "Keine Kennzahlen",
    value: "Wert eingesparter Stunden",
    valueDetail: "{hours} Stunden in {weeks} Wochen",
    valueNone: "Kein Anwendungsfall im Pilot oder in der Skalierung",
    budget: "Budget verbraucht",
    budgetValue: "{actual} von {planned}",
    budgetNone: "Keine Budgetposten",
    decisions: "Entscheidungen des Reviews",
    decisionsValue: "{scale} skalieren · {adjust} anpassen · {stop} stoppen",
    decisionsNone: "Abschluss-Review noch nicht abgeschlossen",
  },
};

export const portfolioMessages = { en, de };
