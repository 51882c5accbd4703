import type { TFunction } from "~/lib/i18n";
import type { Role } from "~/lib/permissions";

// Every mail the app sends, as what it says: one structure that the HTML
// (mail-layout.tsx) and the plain text (render.server.tsx) are both made from, so the
// two never disagree. Pure: the caller passes the recipient's language's `t`.

export type MailInput =
  | { kind: "sign_up"; name: string; link: string; hours: number }
  | { kind: "sign_up_existing"; name: string; link: string }
  | { kind: "invitation"; org: string; inviter: string; role: Role; link: string; days: number }
  | { kind: "password_reset"; name: string; link: string; minutes: number }
  | { kind: "password_changed"; name: string; link: string }
  | { kind: "email_change"; name: string; link: string; hours: number }
  | { kind: "email_changed"; name: string; email: string; link: string };

export type MailKind = MailInput["kind"];

export type MailContent = {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** The one thing to do, as a button in HTML and a line with the address in text. */
  action: { label: string; url: string };
  note: string;
  footer: string;
};

/**
 * One line, no control characters: a subject is a mail header, and a name with a
 * line break in it ("Acme\r\nBcc: …") must not start another header.
 */
export function oneLine(value: string): string {
  return value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** What the mail says, in the language of `t`. */
export function composeMail(t: TFunction, input: MailInput): MailContent {
  const greeting = (name: string) =>
    name.trim() ? t("mail.greeting", { name: oneLine(name) }) : t("mail.greetingNoName");
  const footer = t("mail.footer");
  switch (input.kind) {
    case "sign_up":
      return {
        subject: t("mail.signUp.subject"),
        greeting: greeting(input.name),
        paragraphs: [t("mail.signUp.intro")],
        action: { label: t("mail.signUp.action"), url: input.link },
        note: t("mail.signUp.note", { hours: input.hours }),
        footer,
      };
    case "sign_up_existing":
      return {
        subject: t("mail.signUpExisting.subject"),
        greeting: greeting(input.name),
        paragraphs: [t("mail.signUpExisting.intro")],
        action: { label: t("mail.signUpExisting.action"), url: input.link },
        note: t("mail.signUpExisting.note"),
        footer,
      };
    case "invitation": {
      const org = oneLine(input.org);
      return {
        subject: oneLine(t("mail.invitation.subject", { org })),
        greeting: t("mail.greetingNoName"),
        paragraphs: [
          t("mail.invitation.intro", {
            org,
            inviter: oneLine(input.inviter),
            role: t(`role.${input.role}`),
          }),
        ],
        action: { label: t("mail.invitation.action"), url: input.link },
        note: t("mail.invitation.note", { days: input.days }),
        footer: t("mail.footerOrg", { org }),
      };
    }
    case "password_reset":
      return {
        subject: t("mail.passwordReset.subject"),
        greeting: greeting(input.name),
        paragraphs: [t("mail.passwordReset.intro")],
        action: { label: t("mail.passwordReset.action"), url: input.link },
        note: t("mail.passwordReset.note", { minutes: input.minutes }),
        footer,
      };
    case "password_changed":
      return {
        subject: t("mail.passwordChanged.subject"),
        greeting: greeting(input.name),
        paragraphs: [t("mail.passwordChanged.intro")],
        action: { label: t("mail.passwordChanged.action"), url: input.link },
        note: t("mail.passwordChanged.note"),
        footer,
      };
    case "email_change":
      return {
        subject: t("mail.emailChange.subject"),
        greeting: greeting(input.name),
        paragraphs: [t("mail.emailChange.intro")],
        action: { label: t("mail.emailChange.action"), url: input.link },
        note: t("mail.emailChange.note", { hours: input.hours }),
        footer,
      };
    case "email_changed":
      return {
        subject: t("mail.emailChanged.subject"),
        greeting: greeting(input.name),
        paragraphs: [t("mail.emailChanged.intro", { email: input.email })],
        action: { label: t("mail.emailChanged.action"), url: input.link },
        note: t("mail.emailChanged.note"),
        footer,
      };
  }
}
