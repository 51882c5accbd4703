import type { MessageTree } from "./types";

// "Forgot password?" (app/routes/forgot-password.tsx, reset-password.tsx).
const en = {
  link: "Forgot password?",
  title: "Reset your password",
  intro: "Enter the e-mail address of your account. We will send you a link to set a new password.",
  email: "E-mail",
  submit: "Send link",
  tooMany: "Too many requests. Please try again in {minutes} minutes.",
  sentTitle: "Check your inbox",
  sentBody:
    "If the address belongs to an account, we have sent a link there. It works once, for {minutes} minutes. Nothing there after a few minutes? Look in the spam folder, or ask for a new link.",
  newTitle: "Set a new password",
  newIntro:
    "For {email}. Afterwards you are signed in, and every other session of your account is signed out.",
  newPassword: "New password",
  save: "Save password",
  invalidTitle: "This link no longer works",
  invalidBody: "The link has expired or was already used. Ask for a new one.",
  again: "Ask for a new link",
} satisfies MessageTree;

const de: typeof en = {
  link: "Passwort vergessen?",
  title: "Passwort zurücksetzen",
  intro:
    "Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.",
  email: "E-Mail",
  submit: "Link senden",
  tooMany: "Zu viele Anfragen. Bitte versuchen Sie es in {minutes} Minuten erneut.",
  sentTitle: "Bitte prüfen Sie Ihr Postfach",
  sentBody:
    "Gehört die Adresse zu einem Konto, haben wir einen Link dorthin geschickt. Er funktioniert einmal, {minutes} Minuten lang. Nach ein paar Minuten noch nichts da? Sehen Sie im Spam-Ordner nach, oder fordern Sie einen neuen Link an.",
  newTitle: "Neues Passwort festlegen",
  newIntro:
    "Für {email}. Danach sind Sie angemeldet, und alle anderen Sitzungen Ihres Kontos werden abgemeldet.",
  newPassword: "Neues Passwort",
  save: "Passwort speichern",
  invalidTitle: "Dieser Link funktioniert nicht mehr",
  invalidBody: "Der Link ist abgelaufen oder wurde schon benutzt. Fordern Sie einen neuen an.",
  again: "Neuen Link anfordern",
};

export const passwordResetMessages = { en, de };
