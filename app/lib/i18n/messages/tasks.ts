import type { MessageTree } from "./types";

const en = {
  tick: {
    markDone: "Mark as done: {title}",
    reopen: "Mark as not done: {title}",
    announceDone: "Task “{title}” done",
    announceReopened: "Task “{title}” open again",
  },
  menu: {
    label: "Actions for “{title}”",
    up: "Move up",
    down: "Move down",
    moveTo: "Move to",
    edit: "Edit details",
    delete: "Delete",
  },
  plan: {
    label: "Plan “{title}”",
    save: "Save owner, date and priority",
  },
  board: {
    dragHint:
      "Drag a card to another column or position, or use its “…” menu to move it with the keyboard.",
    emptyColumn: "No tasks",
    emptyTitle: "No tasks in this phase yet",
    emptyBody: "A manager adds the tasks of this phase here.",
    emptyBodyManager: "Add the first task with “New task” above.",
    noMatchTitle: "No task matches these filters",
    noMatchBody: "Show everyone's tasks in every status to see the whole phase.",
  },
  filter: {
    label: "Filter tasks",
    owner: "Owner",
    everyone: "Everyone",
    me: "Me",
    status: "Status",
    allStatuses: "All statuses",
    apply: "Filter",
    reset: "Show all",
  },
  create: {
    title: "New task",
    submit: "Add task",
  },
  fields: {
    title: "Title",
    description: "Description",
    owner: "Owner",
    dueDate: "Due date",
    dueDateHint: "This phase runs {start} – {end}.",
    priority: "Priority",
    status: "Status",
  },
  created: "Task added.",
  saved: "Task saved.",
  deleted: "“{title}” was deleted.",
  restored: "“{title}” is back.",
  undo: "Undo",
  warnings: {
    outsidePhaseShort: "Outside its phase",
    createdOutsidePhase: "Task added. Note: its due date lies outside this phase.",
    savedOutsidePhase: "Task saved. Note: its due date lies outside its phase.",
  },
  conflict: {
    title: "Someone else changed this task while you were editing.",
    body: "Your changes were not saved. This is the task as it is now; your entries are still in the form below. Save again to replace the current values with yours.",
    saveAnyway: "Save my version",
  },
  detail: {
    edit: "Edit task",
    save: "Save task",
    completed: "Done on {date} by {name}",
    isDeleted: "This task was deleted.",
    noDescription: "No description.",
  },
  history: {
    title: "History",
    empty: "No changes recorded yet.",
    system: "Fahrplan",
    actions: {
      create: "Created",
      update: "Edited",
      complete: "Ticked off",
      reopen: "Reopened",
      move: "Moved on the board",
      delete: "Deleted",
      restore: "Restored",
      reschedule: "Rescheduled with the roadmap",
    },
    fields: {
      title: "Title",
      status: "Status",
      ownerId: "Owner",
      dueDate: "Due date",
      priority: "Priority",
      description: "Description",
    },
  },
  mine: {
    title: "My tasks",
    myKpis: "My KPIs",
    myKpisIntro: "You own these KPIs: record this week's value here.",
    open: { one: "{count} open task", other: "{count} open tasks" },
    thisWeek: "This week",
    week: "Calendar week {week}",
    showPastDone: "Show completed tasks of past weeks",
    hidePastDone: "Hide completed tasks of past weeks",
    emptyTitle: "Nothing assigned to you",
    emptyBody:
      "Tasks that a manager assigns to you in any roadmap of this organisation show up here.",
  },
  errors: {
    dueOutsideRoadmap: "The due date must lie between the roadmap's first and last day.",
    invalidOwner: "Please choose a member of this organisation.",
    forbidden: "Your role does not allow this. Nothing was changed.",
    notFound: "This task no longer exists. Nothing was changed.",
    moveInvalid: "This move is not possible. Nothing was changed.",
    planConflict:
      "Someone changed this task in the meantime. Nothing was saved; the board shows the current values.",
  },
} satisfies MessageTree;

const de: typeof en = {
  tick: {
    markDone: "Als erledigt markieren: {title}",
    reopen: "Als nicht erledigt markieren: {title}",
    announceDone: "Aufgabe „{title}“ erledigt",
    announceReopened: "Aufgabe „{title}“ wieder offen",
  },
  menu: {
    label: "Aktionen für „{title}“",
    up: "Nach oben",
    down: "Nach unten",
    moveTo: "Verschieben nach",
    edit: "Details bearbeiten",
    delete: "Löschen",
  },
  plan: {
    label: "„{title}“ planen",
    save: "Verantwortung, Termin und Priorität speichern",
  },
  board: {
    dragHint:
      "Ziehen Sie eine Karte in eine andere Spalte oder Position – oder verschieben Sie sie per Tastatur über ihr Menü „…“.",
    emptyColumn: "Keine Aufgaben",
    emptyTitle: "Noch keine Aufgaben in dieser Phase",
    emptyBody: "Die Aufgaben dieser Phase legt eine Managerin oder ein Manager hier an.",
    emptyBodyManager: "Legen Sie die erste Aufgabe oben über „Neue Aufgabe“ an.",
    noMatchTitle: "Keine Aufgabe passt zu diesen Filtern",
    noMatchBody:
      "Zeigen Sie die Aufgaben aller Personen in allen Status, um die ganze Phase zu sehen.",
  },
  filter: {
    label: "Aufgaben filtern",
    owner: "Verantwortlich",
    everyone: "Alle",
    me: "Ich",
    status: "Status",
    allStatuses: "Alle Status",
    apply: "Filtern",
    reset: "Alle anzeigen",
  },
  create: {
    title: "Neue Aufgabe",
    submit: "Aufgabe hinzufügen",
  },
  fields: {
    title: "Titel",
    description: "Beschreibung",
    owner: "Verantwortlich",
    dueDate: "Fällig am",
    dueDateHint: "Diese Phase läuft vom {start} bis {end}.",
    priority: "Priorität",
    status: "Status",
  },
  created: "Aufgabe hinzugefügt.",
  saved: "Aufgabe gespeichert.",
  deleted: "„{title}“ wurde gelöscht.",
  restored: "„{title}“ ist wieder da.",
  undo: "Rückgängig",
  warnings: {
    outsidePhaseShort: "Außerhalb der Phase",
    createdOutsidePhase:
      "Aufgabe hinzugefügt. Hinweis: Das Fälligkeitsdatum liegt außerhalb dieser Phase.",
    savedOutsidePhase:
      "Aufgabe gespeichert. Hinweis: Das Fälligkeitsdatum liegt außerhalb ihrer Phase.",
  },
  conflict: {
    title: "Jemand anderes hat diese Aufgabe geändert, während Sie sie bearbeitet haben.",
    body: "Ihre Änderungen wurden nicht gespeichert. So sieht die Aufgabe jetzt aus; Ihre Eingaben stehen noch im Formular unten. Speichern Sie erneut, um den aktuellen Stand durch Ihre Eingaben zu ersetzen.",
    saveAnyway: "Meine Fassung speichern",
  },
  detail: {
    edit: "Aufgabe bearbeiten",
    save: "Aufgabe speichern",
    completed: "Erledigt am {date} von {name}",
    isDeleted: "Diese Aufgabe wurde gelöscht.",
    noDescription: "Keine Beschreibung.",
  },
  history: {
    title: "Verlauf",
    empty: "Noch keine Änderungen erfasst.",
    system: "Fahrplan",
    actions: {
      create: "Angelegt",
      update: "Bearbeitet",
      complete: "Abgehakt",
      reopen: "Wieder geöffnet",
      move: "Auf dem Board verschoben",
      delete: "Gelöscht",
      restore: "Wiederhergestellt",
      reschedule: "Mit dem Fahrplan verschoben",
    },
    fields: {
      title: "Titel",
      status: "Status",
      ownerId: "Verantwortlich",
      dueDate: "Fällig am",
      priority: "Priorität",
      description: "Beschreibung",
    },
  },
  mine: {
    title: "Meine Aufgaben",
    myKpis: "Meine Kennzahlen",
    myKpisIntro: "Sie verantworten diese Kennzahlen: erfassen Sie hier den Wert dieser Woche.",
    open: { one: "{count} offene Aufgabe", other: "{count} offene Aufgaben" },
    thisWeek: "Diese Woche",
    week: "Kalenderwoche {week}",
    showPastDone: "Erledigte Aufgaben vergangener Wochen anzeigen",
    hidePastDone: "Erledigte Aufgaben vergangener Wochen ausblenden",
    emptyTitle: "Ihnen ist nichts zugewiesen",
    emptyBody:
      "Aufgaben, die Ihnen in einem Fahrplan dieser Organisation zugewiesen werden, erscheinen hier.",
  },
  errors: {
    dueOutsideRoadmap:
      "Das Fälligkeitsdatum muss zwischen dem ersten und dem letzten Tag des Fahrplans liegen.",
    invalidOwner: "Bitte wählen Sie ein Mitglied dieser Organisation.",
    forbidden: "Ihre Rolle erlaubt das nicht. Es wurde nichts geändert.",
    notFound: "Diese Aufgabe gibt es nicht mehr. Es wurde nichts geändert.",
    moveInvalid: "Diese Verschiebung ist nicht möglich. Es wurde nichts geändert.",
    planConflict:
      "Jemand anderes hat diese Aufgabe inzwischen geändert. Es wurde nichts gespeichert; das Board zeigt den aktuellen Stand.",
  },
};

export const taskMessages = { en, de };
