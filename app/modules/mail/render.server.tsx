import { renderToStaticMarkup } from "react-dom/server";
import { createT } from "~/lib/i18n";
import type { Locale } from "~/lib/i18n";
import { MailLayout } from "./mail-layout";
import { composeMail } from "./mails";
import type { MailInput } from "./mails";

export type RenderedMail = { subject: string; html: string; text: string };

/**
 * A mail in the recipient's language, as HTML (React rendered to static markup) and
 * as plain text with the same words and the same link.
 */
export function renderMail(input: MailInput, locale: Locale): RenderedMail {
  const t = createT(locale);
  const content = composeMail(t, input);
  const linkFallback = t("mail.linkFallback");
  const html =
    "<!DOCTYPE html>" +
    renderToStaticMarkup(
      <MailLayout content={content} locale={locale} linkFallback={linkFallback} />,
    );
  const sections = (content.sections ?? []).map(
    (section) =>
      `${section.heading}\n` +
      section.items.map((item) => `- ${item.text}${item.url ? `\n  ${item.url}` : ""}`).join("\n"),
  );
  const footer = content.unsubscribe
    ? `${content.footer}\n${content.unsubscribe.text}: ${content.unsubscribe.url}`
    : content.footer;
  const text = [
    content.greeting,
    ...content.paragraphs,
    ...sections,
    `${content.action.label}:\n${content.action.url}`,
    content.note,
    `-- \n${footer}`,
  ].join("\n\n");
  return { subject: content.subject, html, text: text + "\n" };
}
