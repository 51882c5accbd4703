import type { Messages } from "./en";
import { accountMessages } from "./accounts";
import { auditMessages } from "./audit";
import { dashboardMessages } from "./dashboard";
import { kpiMessages } from "./kpis";
import { oversightMessages } from "./oversight";
import { portfolioMessages } from "./portfolio";
import { reportMessages } from "./reports";
import { assessmentMessages } from "./assessment";
import { registerMessages } from "./register";
import { literacyMessages } from "./literacy";
import { dataSourceMessages } from "./data-sources";
import { governanceMessages } from "./governance";
import { useCaseMessages } from "./use-cases";
import { roadmapMessages } from "./roadmaps";
import { taskMessages } from "./tasks";
import { nextRoadmapMessages } from "./next-roadmap";
import { reviewMessages } from "./reviews";
import { mailMessages } from "./mail";
import { apiMessages } from "./api";
import { passwordResetMessages } from "./password-reset";
import { notificationMessages } from "./notifications";
import { webhookMessages } from "./webhooks";

export const de: Messages = {
  roadmaps: roadmapMessages.de,
  tasks: taskMessages.de,
  useCases: useCaseMessages.de,
  assessment: assessmentMessages.de,
  register: registerMessages.de,
  literacy: literacyMessages.de,
  dataSources: dataSourceMessages.de,
  governance: governanceMessages.de,
  kpis: kpiMessages.de,
  dashboard: dashboardMessages.de,
  reports: reportMessages.de,
  accounts: accountMessages.de,
  audit: auditMessages.de,
  oversight: oversightMessages.de,
  nextRoadmap: nextRoadmapMessages.de,
  portfolio: portfolioMessages.de,
  reviews: reviewMessages.de,
  mail: mailMessages.de,
  api: apiMessages.de,
  passwordReset: passwordResetMessages.de,
  notifications: notificationMessages.de,
  webhooks: webhookMessages.de,
  app: {
    name: "Fahrplan",
    tagline: "Ihr 90-Tage-KI-Fahrplan",
    skipToContent: "Zum Inhalt springen",
    mainNav: "Hauptnavigation",
    language: "Sprache",
    languageName: { de: "Deutsch", en: "English" },
    switchTo: "English",
    signOut: "Abmelden",
    signedInAs: "Angemeldet als {name}",
    organisation: "Organisation",
    switchOrganisation: "Organisation wechseln",
    cancel: "Abbrechen",
    menu: "Menü",
    account: "Ihr Konto: {name} ({role})",
    theme: { label: "Darstellung", system: "Wie das Gerät", light: "Hell", dark: "Dunkel" },
  },
  nav: {
    members: "Mitglieder",
    overview: "Übersicht",
    myTasks: "Meine Aufgaben",
    useCases: "Anwendungsfälle",
    kpis: "Kennzahlen",
    dashboard: "Dashboard",
    governance: "Governance",
    settings: "Einstellungen",
  },
  role: { owner: "Inhaber", manager: "Manager", member: "Mitglied", viewer: "Lesend" },
  signIn: {
    title: "Bei Fahrplan anmelden",
    intro: "Planen, steuern und belegen Sie Ihren ersten 90-Tage-KI-Fahrplan.",
    email: "E-Mail",
    password: "Passwort",
    submit: "Anmelden",
    submitting: "Anmeldung läuft …",
    invalidCredentials: "E-Mail oder Passwort ist falsch.",
    demoTitle: "Demo",
    demoHint:
      "Die Demo-Organisation ist geladen. Melden Sie sich mit einem der Demo-Konten aus der README an.",
  },
  validation: {
    required: "Bitte füllen Sie dieses Feld aus.",
    email: "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
    tooLong: "Das ist zu lang (höchstens {max} Zeichen).",
    tooShort: "Das ist zu kurz (mindestens {min} Zeichen).",
    passwordCommon:
      "Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes.",
    passwordPersonal: "Das Passwort darf nicht aus Ihrem Namen oder Ihrer E-Mail-Adresse bestehen.",
    passwordDemo: "Das ist das veröffentlichte Demo-Passwort. Bitte wählen Sie ein eigenes.",
    passwordSame: "Das neue Passwort muss sich vom aktuellen unterscheiden.",
    formErrors: "Bitte korrigieren Sie die markierten Felder.",
    // Das Feld-Vokabular (app/lib/fields.ts)
    invalid: "Dieser Wert ist ungültig.",
    reload: "Das Formular ist veraltet oder unvollständig. Bitte laden Sie die Seite neu.",
    choice: "Bitte wählen Sie eine der Möglichkeiten.",
    date: "Bitte geben Sie ein gültiges Datum ein.",
    dateYears: "Bitte geben Sie ein Datum zwischen {from} und {to} ein.",
    number: "Bitte geben Sie eine Zahl ein, z. B. 12,5.",
    numberRange: "Bitte geben Sie eine Zahl von {min} bis {max} ein.",
    fractionDigits: "Bitte höchstens {digits} Nachkommastellen angeben.",
    wholeNumber: "Bitte geben Sie eine ganze Zahl ein, z. B. 12.",
    countRange: "Bitte geben Sie eine ganze Zahl von {min} bis {max} ein.",
    notNegative: "Der Wert darf nicht negativ sein.",
    percent: "Bitte geben Sie einen Prozentwert von {min} bis {max} ein, z. B. 12,5.",
    money: "Bitte geben Sie einen Betrag in Euro ein, z. B. 1.234,56.",
    moneyMax: "Bitte höchstens {max} € eingeben.",
    link: "Bitte geben Sie eine Webadresse ein, die mit https:// beginnt.",
  },
  /** Ein veraltetes Speichern oder Löschen (app/lib/versioned.server.ts), gezeigt von ConflictNotice. */
  conflict: {
    body: "Ihre Änderungen wurden nicht gespeichert. So ist der Stand jetzt; Ihre Eingaben stehen noch im Formular. Speichern Sie erneut, um den jetzigen Stand durch Ihre Fassung zu ersetzen.",
    deleteBody:
      "Nichts wurde gelöscht. So ist der Stand jetzt; löschen Sie erneut, wenn es trotzdem weg soll.",
    saveAnyway: "Meine Fassung speichern",
  },
  roadmap: {
    status: {
      draft: "Entwurf",
      active: "Aktiv",
      completed: "Abgeschlossen",
      archived: "Archiviert",
    },
    dateRange: "{start} – {end}",
    weekOf: "Woche {week} von {total}",
    notStarted: "Beginnt am {date}",
    finished: "Beendet am {date}",
    overall: "Gesamtfortschritt",
    tasksDone: {
      one: "{done} von {count} Aufgabe erledigt",
      other: "{done} von {count} Aufgaben erledigt",
    },
    expected: "Geplant bis heute: {percent}",
    health: { ahead: "Vor dem Plan", on_track: "Im Plan", behind: "Hinter dem Plan" },
    timeline: "Zeitplan",
    timelineWeek: "W{week}",
    today: "Heute",
    gate: "Meilenstein-Freigabe",
    dueThisWeek: "Diese Woche fällig",
    dueThisWeekEmpty: "Diese Woche ist nichts fällig.",
    overdue: "Überfällig",
    overdueEmpty: "Nichts ist überfällig. Gut gemacht.",
    noOwner: "Nicht zugewiesen",
    dueOn: "Fällig am {date}",
    ambition: "Zielbild",
    otherRoadmaps: "Weitere Fahrpläne",
    emptyTitle: "Noch kein Fahrplan",
    emptyBody:
      "Ein Fahrplan macht aus der 90-Tage-Methode datierte Phasen, Aufgaben und Freigaben. Bitten Sie einen Manager Ihrer Organisation, den ersten anzulegen.",
  },
  phase: {
    analysis: "Analyse & Fokus",
    pilot: "Pilot mit Governance",
    scale: "Auswerten & skalieren",
    weeks: "Wochen {start}–{end}",
    current: "Aktuelle Phase",
    gateStatus: {
      open: "Freigabe offen",
      requested: "Freigabe angefragt",
      approved: "Freigegeben",
      rejected: "Freigabe abgelehnt",
    },
    gateOverdue: "Freigabe überfällig",
  },
  task: {
    status: { todo: "Offen", in_progress: "In Arbeit", blocked: "Blockiert", done: "Erledigt" },
    priority: { low: "Niedrig", medium: "Mittel", high: "Hoch" },
  },
  errors: {
    notFoundTitle: "Seite nicht gefunden",
    notFoundBody: "Diese Seite gibt es nicht, oder Sie haben keinen Zugriff darauf.",
    forbiddenTitle: "Nicht erlaubt",
    forbiddenBody: "Ihre Rolle in dieser Organisation erlaubt das nicht.",
    badRequestTitle: "Das hat nicht geklappt",
    badRequestBody: "Die Anfrage konnte nicht verarbeitet werden. Bitte prüfen Sie Ihre Eingaben.",
    tooLargeTitle: "Zu viel auf einmal",
    tooLargeBody:
      "Die Anfrage ist größer als erlaubt (höchstens 1 MB) und wurde nicht gelesen. Bitte kürzen Sie Ihre Eingabe.",
    tooManyTitle: "Zu viele Versuche",
    tooManyBody: "Bitte warten Sie einen Moment und versuchen Sie es erneut.",
    serverTitle: "Etwas ist schiefgelaufen",
    serverBody:
      "Die Anfrage konnte nicht abgeschlossen werden. Bereits Eingegebenes ist nicht verloren; bitte versuchen Sie es noch einmal.",
    storageFullTitle: "Speicher voll",
    storageFullBody:
      "Ihre Eingabe wurde nicht gespeichert: Der Server hat keinen freien Speicherplatz mehr. Alles, was vorher gespeichert war, ist erhalten und lässt sich weiter ansehen. Bitte versuchen Sie es später noch einmal und sagen Sie Ihrer IT Bescheid, wenn es so bleibt.",
    storageUnavailableTitle: "Datenbank nicht erreichbar",
    storageUnavailableBody:
      "Der Server erreicht seine Datenbank gerade nicht. Falls Sie etwas gespeichert haben, ist es nicht angekommen. Bitte versuchen Sie es in einer Minute noch einmal.",
    reference: "Referenz: {id}",
    backHome: "Zur Startseite",
  },
};
