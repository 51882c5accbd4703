import type { TFunction } from "~/lib/i18n";
import type { Role } from "~/lib/permissions";
import type { NotificationKind, NotificationParams } from "../notifications/events";
import { notificationTitle } from "../notifications/title";

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
  | { kind: "email_changed"; name: string; email: string; link: string }
  /** An in-app notification's mail (app/modules/notifications/). */
  | {
      kind: "notification";
      event: NotificationKind;
      params: NotificationParams;
      name: string;
      org: string;
      link: string;
      unsubscribe: string;
    }
  | DigestMailInput;

export type DigestTask = { title: string; dueDate: string; link: string };
/** The dashboard's headline of one roadmap, for owners and viewers. */
export type DigestHeadline = {
  roadmap: string;
  percentDone: number;
  expectedPercent: number;
  kpisAtRisk: number;
  openGates: number;
  /** Budget used in percent of the plan; null without a planned budget. */
  budgetUsedPercent: number | null;
  link: string;
};
export type DigestMailInput = {
  kind: "digest";
  name: string;
  org: string;
  /** ISO week number ("KW"). */
  week: number;
  dueThisWeek: readonly DigestTask[];
  overdue: readonly DigestTask[];
  headlines: readonly DigestHeadline[];
  link: string;
  unsubscribe: string;
};

export type MailKind = MailInput["kind"];

export type MailContent = {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** The one thing to do, as a button in HTML and a line with the address in text. */
  action: { label: string; url: string };
  note: string;
  footer: string;
  /** Lists under headings (the digest), between the paragraphs and the action. */
  sections?: { heading: string; items: { text: string; url?: string }[] }[];
  /** The signed one-click link that turns this kind of mail off (notifications, digest). */
  unsubscribe?: { text: string; url: string };
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
  if (input.kind === "notification" || input.kind === "digest") return composeNotice(t, input);
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

/** Notification and digest mails: they name the organisation and carry an unsubscribe link. */
function composeNotice(
  t: TFunction,
  input: Extract<MailInput, { kind: "notification" | "digest" }>,
): MailContent {
  const org = oneLine(input.org);
  const greeting = input.name.trim()
    ? t("mail.greeting", { name: oneLine(input.name) })
    : t("mail.greetingNoName");
  const footer = t("mail.footerOrg", { org });
  if (input.kind === "notification") {
    return {
      subject: oneLine(notificationTitle(t, input.event, input.params)),
      greeting,
      paragraphs: [
        t("mail.notification.intro", { org }),
        notificationTitle(t, input.event, input.params),
      ],
      action: { label: t("mail.notification.action"), url: input.link },
      note: t("mail.notification.note"),
      footer,
      unsubscribe: { text: t("mail.notification.unsubscribe"), url: input.unsubscribe },
    };
  }
  const task = (item: DigestTask) => ({
    text: t("mail.digest.task", { title: oneLine(item.title), date: item.dueDate }),
    url: item.link,
  });
  const sections: NonNullable<MailContent["sections"]> = [];
  if (input.overdue.length > 0)
    sections.push({ heading: t("mail.digest.overdue"), items: input.overdue.map(task) });
  sections.push({
    heading: t("mail.digest.dueThisWeek"),
    items:
      input.dueThisWeek.length > 0
        ? input.dueThisWeek.map(task)
        : [{ text: t("mail.digest.nothingDue") }],
  });
  for (const headline of input.headlines) {
    sections.push({
      heading: t("mail.digest.headline", { roadmap: oneLine(headline.roadmap) }),
      items: [
        {
          text: t("mail.digest.progress", {
            done: headline.percentDone,
            expected: headline.expectedPercent,
          }),
          url: headline.link,
        },
        { text: t("mail.digest.kpisAtRisk", { count: headline.kpisAtRisk }) },
        { text: t("mail.digest.openGates", { count: headline.openGates }) },
        {
          text:
            headline.budgetUsedPercent === null
              ? t("mail.digest.noBudget")
              : t("mail.digest.budgetUsed", { percent: headline.budgetUsedPercent }),
        },
      ],
    });
  }
  return {
    subject: oneLine(t("mail.digest.subject", { org, week: input.week })),
    greeting,
    paragraphs: [t("mail.digest.intro", { org, week: input.week })],
    sections,
    action: { label: t("mail.digest.action"), url: input.link },
    note: t("mail.digest.note"),
    footer,
    unsubscribe: { text: t("mail.digest.unsubscribe"), url: input.unsubscribe },
  };
}
