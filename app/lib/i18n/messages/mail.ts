import type { MessageTree } from "./types";

// The mails (app/modules/mail/mails.ts) and the outbox page for owners.
const en = {
  greeting: "Hello {name},",
  greetingNoName: "Hello,",
  linkFallback: "If the button does not work, copy this address into your browser:",
  footer: "Sent by Fahrplan, your 90-day AI roadmap.",
  footerOrg: "Sent by Fahrplan for {org}.",
  signUp: {
    subject: "Finish creating your Fahrplan account",
    intro: "open the link below to create your Fahrplan account.",
    action: "Create my account",
    note: "The link works once, for {hours} hours. If you did not sign up, ignore this mail: without the link, no account is created.",
  },
  signUpExisting: {
    subject: "Sign-up with your address on Fahrplan",
    intro:
      "someone (perhaps you) tried to create a Fahrplan account with this address. You already have one.",
    action: "Sign in",
    note: "If it was not you, ignore this mail; nothing was changed.",
  },
  invitation: {
    subject: "Invitation to {org} on Fahrplan",
    intro: "{inviter} invites you to {org} on Fahrplan as {role}.",
    action: "Accept the invitation",
    note: "The invitation works for {days} days. If you did not expect it, ignore this mail.",
  },
  passwordReset: {
    subject: "Reset your Fahrplan password",
    intro: "someone (perhaps you) asked to set a new password for your Fahrplan account.",
    action: "Set a new password",
    note: "The link works once, for {minutes} minutes. If it was not you, ignore this mail: your password stays as it is.",
  },
  passwordChanged: {
    subject: "Your Fahrplan password was changed",
    intro:
      "the password of your Fahrplan account was just changed, and every other session was signed out.",
    action: "Sign in",
    note: "If this was not you, set a new password at once with “Forgot password?” on the sign-in page and tell your administrator.",
  },
  emailChange: {
    subject: "Confirm your new address for Fahrplan",
    intro: "please confirm that this is the new e-mail address of your Fahrplan account.",
    action: "Confirm the address",
    note: "The link works once, for {hours} hours. Until you open it, your account keeps its old address. If you did not ask for this, ignore this mail.",
  },
  emailChanged: {
    subject: "The e-mail address of your Fahrplan account was changed",
    intro:
      "the e-mail address of your Fahrplan account was changed to {email}. From now on, sign in with that address.",
    action: "Sign in",
    note: "If this was not you, tell your administrator at once.",
  },
  notification: {
    intro: "this happened in {org} on Fahrplan:",
    action: "Open in Fahrplan",
    note: "You receive this mail because of your notification settings; change them in Fahrplan under Notifications.",
    unsubscribe: "No more mails of this kind (one click)",
  },
  digest: {
    subject: "Your week in {org} (week {week})",
    intro: "here is your overview for week {week} in {org}.",
    overdue: "Overdue",
    dueThisWeek: "Due this week",
    nothingDue: "Nothing of yours is due this week.",
    task: "{title} (due {date})",
    headline: "Roadmap “{roadmap}”",
    progress: "{done} % done, {expected} % expected by now",
    kpisAtRisk: {
      zero: "No KPI at risk",
      one: "{count} KPI at risk",
      other: "{count} KPIs at risk",
    },
    openGates: {
      zero: "No gate waiting for a decision",
      one: "{count} gate waiting for a decision",
      other: "{count} gates waiting for a decision",
    },
    budgetUsed: "{percent} % of the budget used",
    noBudget: "No budget planned",
    action: "Open my tasks",
    note: "The weekly overview comes every Monday morning.",
    unsubscribe: "Stop the weekly overview (one click)",
  },
  outbox: {
    title: "Mail outbox",
    intro:
      "No mail server is configured (SMTP_URL), so mails are not sent: they are kept here, so you can pass a link on by hand. Shown are this organisation's mails, newest first.",
    introSmtp:
      "Mails to the people of this organisation go out through the mail server. Here you see whether each went out, is waiting for another attempt (the mail server did not take it yet), or was given up after a day of attempts. Newest first.",
    empty: "No mails yet. Invitations to this organisation will appear here.",
    link: "Mail outbox",
    to: "To",
    subject: "Subject",
    status: "Status",
    created: "Written",
    attempts: "Attempts",
    show: "Show the mail to {to}",
    erased: "Sent: its text is not kept.",
    statusName: {
      pending: "waiting",
      sent: "sent",
      kept: "delivered to the outbox",
      failed: "failed (given up after a day)",
    },
  },
} satisfies MessageTree;

const de: typeof en = {
  greeting: "Hallo {name},",
  greetingNoName: "Hallo,",
  linkFallback:
    "Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:",
  footer: "Gesendet von Fahrplan, Ihrem 90-Tage-KI-Fahrplan.",
  footerOrg: "Gesendet von Fahrplan für {org}.",
  signUp: {
    subject: "Ihr Fahrplan-Konto fertig anlegen",
    intro: "öffnen Sie den Link unten, um Ihr Fahrplan-Konto anzulegen.",
    action: "Mein Konto anlegen",
    note: "Der Link funktioniert einmal, {hours} Stunden lang. Wenn Sie sich nicht registriert haben, ignorieren Sie diese Mail: Ohne den Link wird kein Konto angelegt.",
  },
  signUpExisting: {
    subject: "Registrierung mit Ihrer Adresse bei Fahrplan",
    intro:
      "jemand (vielleicht Sie) wollte mit dieser Adresse ein Fahrplan-Konto anlegen. Sie haben bereits eines.",
    action: "Anmelden",
    note: "Wenn Sie es nicht waren, ignorieren Sie diese Mail; es wurde nichts geändert.",
  },
  invitation: {
    subject: "Einladung zu {org} bei Fahrplan",
    intro: "{inviter} lädt Sie zu {org} bei Fahrplan als {role} ein.",
    action: "Einladung annehmen",
    note: "Die Einladung gilt {days} Tage. Wenn Sie sie nicht erwartet haben, ignorieren Sie diese Mail.",
  },
  passwordReset: {
    subject: "Ihr Fahrplan-Passwort zurücksetzen",
    intro: "jemand (vielleicht Sie) möchte ein neues Passwort für Ihr Fahrplan-Konto festlegen.",
    action: "Neues Passwort festlegen",
    note: "Der Link funktioniert einmal, {minutes} Minuten lang. Wenn Sie es nicht waren, ignorieren Sie diese Mail: Ihr Passwort bleibt, wie es ist.",
  },
  passwordChanged: {
    subject: "Ihr Fahrplan-Passwort wurde geändert",
    intro:
      "das Passwort Ihres Fahrplan-Kontos wurde soeben geändert, und alle anderen Sitzungen wurden abgemeldet.",
    action: "Anmelden",
    note: "Wenn Sie das nicht waren, legen Sie sofort über „Passwort vergessen?“ auf der Anmeldeseite ein neues Passwort fest und informieren Sie Ihre Administration.",
  },
  emailChange: {
    subject: "Ihre neue Adresse für Fahrplan bestätigen",
    intro: "bitte bestätigen Sie, dass dies die neue E-Mail-Adresse Ihres Fahrplan-Kontos ist.",
    action: "Adresse bestätigen",
    note: "Der Link funktioniert einmal, {hours} Stunden lang. Bis Sie ihn öffnen, behält Ihr Konto die alte Adresse. Wenn Sie das nicht angefordert haben, ignorieren Sie diese Mail.",
  },
  emailChanged: {
    subject: "Die E-Mail-Adresse Ihres Fahrplan-Kontos wurde geändert",
    intro:
      "die E-Mail-Adresse Ihres Fahrplan-Kontos wurde in {email} geändert. Melden Sie sich ab jetzt mit dieser Adresse an.",
    action: "Anmelden",
    note: "Wenn Sie das nicht waren, informieren Sie sofort Ihre Administration.",
  },
  notification: {
    intro: "in {org} bei Fahrplan ist Folgendes passiert:",
    action: "In Fahrplan öffnen",
    note: "Sie erhalten diese Mail wegen Ihrer Benachrichtigungs-Einstellungen; ändern können Sie sie in Fahrplan unter „Benachrichtigungen“.",
    unsubscribe: "Keine Mails dieser Art mehr (ein Klick)",
  },
  digest: {
    subject: "Ihre Woche in {org} (KW {week})",
    intro: "hier ist Ihre Übersicht für KW {week} in {org}.",
    overdue: "Überfällig",
    dueThisWeek: "Diese Woche fällig",
    nothingDue: "Diese Woche ist nichts von Ihnen fällig.",
    task: "{title} (fällig am {date})",
    headline: "Fahrplan „{roadmap}“",
    progress: "{done} % erledigt, {expected} % wären es nach Plan",
    kpisAtRisk: {
      zero: "Keine Kennzahl gefährdet",
      one: "{count} Kennzahl gefährdet",
      other: "{count} Kennzahlen gefährdet",
    },
    openGates: {
      zero: "Kein Gate wartet auf eine Entscheidung",
      one: "{count} Gate wartet auf eine Entscheidung",
      other: "{count} Gates warten auf eine Entscheidung",
    },
    budgetUsed: "{percent} % des Budgets verbraucht",
    noBudget: "Kein Budget geplant",
    action: "Meine Aufgaben öffnen",
    note: "Die Wochenübersicht kommt jeden Montagmorgen.",
    unsubscribe: "Wochenübersicht abbestellen (ein Klick)",
  },
  outbox: {
    title: "Postausgang",
    intro:
      "Es ist kein Mailserver eingerichtet (SMTP_URL), daher werden Mails nicht versendet: Sie liegen hier, damit Sie einen Link von Hand weitergeben können. Gezeigt werden die Mails dieser Organisation, die neuesten zuerst.",
    introSmtp:
      "Mails an die Personen dieser Organisation gehen über den Mailserver hinaus. Hier sehen Sie, ob eine Mail versendet wurde, auf einen weiteren Versuch wartet (der Mailserver hat sie noch nicht angenommen) oder nach einem Tag voller Versuche aufgegeben wurde. Die neuesten zuerst.",
    empty: "Noch keine Mails. Einladungen in diese Organisation erscheinen hier.",
    link: "Postausgang",
    to: "An",
    subject: "Betreff",
    status: "Status",
    created: "Geschrieben",
    attempts: "Versuche",
    show: "Mail an {to} zeigen",
    erased: "Versendet: Ihr Text wird nicht aufbewahrt.",
    statusName: {
      pending: "wartet",
      sent: "versendet",
      kept: "im Postausgang zugestellt",
      failed: "fehlgeschlagen (nach einem Tag aufgegeben)",
    },
  },
};

export const mailMessages = { en, de };
