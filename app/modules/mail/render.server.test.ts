import { describe, expect, it } from "vitest";
import { renderMail } from "./render.server";

const link = "https://fahrplan.example.de/invite/abcDEF123_-";
const invitation = {
  kind: "invitation",
  org: "Müller & Söhne <GmbH>",
  inviter: "Anna Weber",
  role: "manager",
  link,
  days: 7,
} as const;

describe("mails, rendered in the recipient's language", () => {
  it("an invitation in German: subject with the organisation, link in HTML and text", () => {
    const mail = renderMail(invitation, "de");
    expect(mail.subject).toBe("Einladung zu Müller & Söhne <GmbH> bei Fahrplan");
    expect(mail.text).toContain(
      "Anna Weber lädt Sie zu Müller & Söhne <GmbH> bei Fahrplan als Manager ein.",
    );
    expect(mail.text).toContain(`Einladung annehmen:\n${link}`);
    expect(mail.text).toContain("Gesendet von Fahrplan für Müller & Söhne <GmbH>.");
    expect(mail.html).toMatch(/^<!DOCTYPE html><html lang="de">/);
    expect(mail.html).toContain(`href="${link}"`);
    // The organisation's name is text in the HTML, never markup.
    expect(mail.html).toContain("Müller &amp; Söhne &lt;GmbH&gt;");
    expect(mail.html).not.toContain("<GmbH>");
  });

  it("the same invitation in English", () => {
    const mail = renderMail(invitation, "en");
    expect(mail.subject).toBe("Invitation to Müller & Söhne <GmbH> on Fahrplan");
    expect(mail.text).toContain(
      "Anna Weber invites you to Müller & Söhne <GmbH> on Fahrplan as Manager.",
    );
    expect(mail.text).toContain(`Accept the invitation:\n${link}`);
    expect(mail.html).toMatch(/<html lang="en">/);
    expect(mail.html).toContain("Accept the invitation</a>");
  });

  it("a sign-up link in both languages, greeting the person by name", () => {
    const input = {
      kind: "sign_up",
      name: "Greta",
      link: "http://x.test/sign-up/t",
      hours: 24,
    } as const;
    const de = renderMail(input, "de");
    const en = renderMail(input, "en");
    expect(de.subject).toBe("Ihr Fahrplan-Konto fertig anlegen");
    expect(de.text).toMatch(/^Hallo Greta,\n\nöffnen Sie den Link/);
    expect(de.text).toContain("24 Stunden");
    expect(en.subject).toBe("Finish creating your Fahrplan account");
    expect(en.text).toMatch(/^Hello Greta,\n\nopen the link/);
    expect(en.text).toContain("http://x.test/sign-up/t");
  });

  it("the password mails in both languages: the reset link and its hour, the change notice", () => {
    const reset = {
      kind: "password_reset",
      name: "Kai",
      link: "http://x.test/reset-password/t",
      minutes: 60,
    } as const;
    expect(renderMail(reset, "de").subject).toBe("Ihr Fahrplan-Passwort zurücksetzen");
    expect(renderMail(reset, "de").text).toContain("60 Minuten");
    expect(renderMail(reset, "en").subject).toBe("Reset your Fahrplan password");
    expect(renderMail(reset, "en").text).toContain(
      "Set a new password:\nhttp://x.test/reset-password/t",
    );
    const changed = {
      kind: "password_changed",
      name: "Kai",
      link: "http://x.test/sign-in",
    } as const;
    expect(renderMail(changed, "de").subject).toBe("Ihr Fahrplan-Passwort wurde geändert");
    expect(renderMail(changed, "en").text).toContain("Forgot password?");
  });

  it("the e-mail change mails: the link to the new address, the notice naming it", () => {
    const change = {
      kind: "email_change",
      name: "Kai",
      link: "http://x.test/confirm-email/t",
      hours: 24,
    } as const;
    expect(renderMail(change, "de").text).toContain(
      "Adresse bestätigen:\nhttp://x.test/confirm-email/t",
    );
    expect(renderMail(change, "en").subject).toBe("Confirm your new address for Fahrplan");
    const changed = {
      kind: "email_changed",
      name: "Kai",
      email: "neu@example.test",
      link: "http://x.test/sign-in",
    } as const;
    expect(renderMail(changed, "de").text).toContain("in neu@example.test geändert");
    expect(renderMail(changed, "en").text).toContain("changed to neu@example.test");
  });

  it("a name with line breaks cannot add a mail header", () => {
    const mail = renderMail({ ...invitation, org: "Acme\r\nBcc: victim@example.test" }, "en");
    expect(mail.subject).toBe("Invitation to Acme Bcc: victim@example.test on Fahrplan");
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });
});
