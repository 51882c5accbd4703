// The mails the e2e server sent over SMTP, as its sink wrote them down (e2e/smtp-sink.ts).
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { E2E_MAIL_OUTBOX } from "./env";
import { expect } from "./fixtures";

type Mail = { to: string; subject: string; text: string };

/** Every mail sent to the address so far, oldest first. */
export async function mailsTo(email: string): Promise<Mail[]> {
  const text = await readFile(E2E_MAIL_OUTBOX, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Mail)
    .filter((mail) => mail.to === email.toLowerCase());
}

/** The first link of this shape in the latest mail to the address (waits for it to arrive). */
export async function mailedLink(email: string, shape: RegExp): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      link = shape.exec((await mailsTo(email)).at(-1)?.text ?? "")?.[0];
      return link;
    })
    .toBeTruthy();
  return link!;
}

/** The link in the latest sign-up mail to the address. */
export function signUpLink(email: string): Promise<string> {
  return mailedLink(email, /https?:\/\/\S+\/sign-up\/[A-Za-z0-9_-]{43}/);
}

/**
 * Fills and sends the sign-up form (German page); without `confirm: false`, opens the
 * link from the mail afterwards, as the new user does, which signs them in.
 */
export async function signUp(
  page: Page,
  person: { name: string; email: string; password: string },
  options: { confirm?: boolean } = {},
) {
  await page.goto("/sign-up");
  await page.getByLabel("Ihr Name").fill(person.name);
  await page.getByLabel("Geschäftliche E-Mail").fill(person.email);
  await page.getByLabel("Passwort").fill(person.password);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  if (options.confirm === false) return;
  await expect(page.getByRole("heading", { name: "Bitte prüfen Sie Ihr Postfach" })).toBeVisible();
  await page.goto(await signUpLink(person.email));
}
