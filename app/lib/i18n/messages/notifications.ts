import type { MessageTree } from "./types";

// The bell, the inbox page with its preferences, and the unsubscribe page.
const en = {
  bell: {
    zero: "Notifications, none unread",
    one: "Notifications, {count} unread",
    other: "Notifications, {count} unread",
  },
  title: {
    task_assigned: "{actor} assigned you the task “{task}”",
    task_due: "Your task “{task}” is due tomorrow",
    task_overdue: "Your task “{task}” is overdue",
    gate_requested: "{actor} asks for approval of the gate “{phase}” in “{roadmap}”",
    gate_approved: "{actor} approved the gate “{phase}” in “{roadmap}”",
    gate_rejected: "{actor} rejected the gate “{phase}” in “{roadmap}”",
    incident_high: "High-severity incident in the use case “{useCase}”",
    webhook_disabled: "The webhook to {url} was switched off after a day of failed deliveries",
  },
  page: {
    title: "Notifications",
    intro: "What happened to your tasks, gates and use cases in this organisation, newest first.",
    empty:
      "No notifications yet. When someone assigns you a task, asks for a gate decision or a task of yours falls due, it appears here.",
    unread: "unread",
    markRead: "Mark as read",
    markReadNamed: "Mark as read: {title}",
    markAllRead: "Mark all as read",
    markedRead: "Marked as read.",
    markedAllRead: "All notifications marked as read.",
    open: "Open",
    newer: "Newer",
    older: "Older",
    pages: "Pages",
    pageOf: "Page {page} of {pages}",
  },
  prefs: {
    title: "How you want to hear about it",
    intro: "Applies to all your organisations. E-mails go to {email}.",
    event: {
      task_assigned: "A task is assigned to me",
      task_due: "My task is due tomorrow or overdue",
      gate: "Gate approval requested (if I may approve) or decided (if I asked)",
      incident: "High-severity incident in a use case I own or manage",
      digest: "Weekly overview on Monday morning",
    },
    channel: {
      both: "In the app and by e-mail",
      in_app: "In the app only",
      email: "By e-mail only",
      off: "Off",
    },
    digestChannel: { email: "By e-mail", off: "Off" },
    save: "Save settings",
    saved: "Settings saved.",
    invalid: "Please choose one of the options.",
  },
  unsubscribe: {
    title: "Unsubscribed",
    done: "You will receive no more mails of this kind: {event}.",
    doneDigest: "You will receive no more weekly overviews.",
    invalid:
      "This link is not valid (any more). Change your settings in Fahrplan on the notifications page.",
    invalidTitle: "Link not valid",
    undo: "Undo: send these mails again",
    undone: "Done: you will receive these mails again.",
    home: "To Fahrplan",
  },
} satisfies MessageTree;

const de: typeof en = {
  bell: {
    zero: "Benachrichtigungen, keine ungelesen",
    one: "Benachrichtigungen, {count} ungelesen",
    other: "Benachrichtigungen, {count} ungelesen",
  },
  title: {
    task_assigned: "{actor} hat Ihnen die Aufgabe „{task}“ zugewiesen",
    task_due: "Ihre Aufgabe „{task}“ ist morgen fällig",
    task_overdue: "Ihre Aufgabe „{task}“ ist überfällig",
    gate_requested: "{actor} bittet um Freigabe des Gates „{phase}“ in „{roadmap}“",
    gate_approved: "{actor} hat das Gate „{phase}“ in „{roadmap}“ freigegeben",
    gate_rejected: "{actor} hat das Gate „{phase}“ in „{roadmap}“ abgelehnt",
    incident_high: "Schwerer Vorfall im Anwendungsfall „{useCase}“",
    webhook_disabled:
      "Der Webhook an {url} wurde nach einem Tag fehlgeschlagener Zustellungen abgeschaltet",
  },
  page: {
    title: "Benachrichtigungen",
    intro:
      "Was mit Ihren Aufgaben, Gates und Anwendungsfällen in dieser Organisation passiert ist, das Neueste zuerst.",
    empty:
      "Noch keine Benachrichtigungen. Wenn Ihnen jemand eine Aufgabe zuweist, eine Gate-Entscheidung erbittet oder eine Ihrer Aufgaben fällig wird, steht es hier.",
    unread: "ungelesen",
    markRead: "Als gelesen markieren",
    markReadNamed: "Als gelesen markieren: {title}",
    markAllRead: "Alle als gelesen markieren",
    markedRead: "Als gelesen markiert.",
    markedAllRead: "Alle Benachrichtigungen als gelesen markiert.",
    open: "Öffnen",
    newer: "Neuere",
    older: "Ältere",
    pages: "Seiten",
    pageOf: "Seite {page} von {pages}",
  },
  prefs: {
    title: "Wie Sie davon erfahren möchten",
    intro: "Gilt für alle Ihre Organisationen. E-Mails gehen an {email}.",
    event: {
      task_assigned: "Mir wird eine Aufgabe zugewiesen",
      task_due: "Meine Aufgabe ist morgen fällig oder überfällig",
      gate: "Gate-Freigabe erbeten (wenn ich freigeben darf) oder entschieden (wenn ich gefragt habe)",
      incident: "Schwerer Vorfall in einem Anwendungsfall, den ich verantworte oder leite",
      digest: "Wochenübersicht am Montagmorgen",
    },
    channel: {
      both: "In der App und per E-Mail",
      in_app: "Nur in der App",
      email: "Nur per E-Mail",
      off: "Aus",
    },
    digestChannel: { email: "Per E-Mail", off: "Aus" },
    save: "Einstellungen speichern",
    saved: "Einstellungen gespeichert.",
    invalid: "Bitte wählen Sie eine der Möglichkeiten.",
  },
  unsubscribe: {
    title: "Abbestellt",
    done: "Sie erhalten keine Mails dieser Art mehr: {event}.",
    doneDigest: "Sie erhalten keine Wochenübersicht mehr.",
    invalid:
      "Dieser Link ist nicht (mehr) gültig. Ändern Sie Ihre Einstellungen in Fahrplan auf der Seite „Benachrichtigungen“.",
    invalidTitle: "Link nicht gültig",
    undo: "Rückgängig: diese Mails wieder senden",
    undone: "Erledigt: Sie erhalten diese Mails wieder.",
    home: "Zu Fahrplan",
  },
};

export const notificationMessages = { en, de };
