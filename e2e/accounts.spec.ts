import type { Browser, Page } from "@playwright/test";
import { createTestOrg, E2E_PASSWORD, e2eDb, randomSuffix } from "./factories";
import { expect, hydrated, signInAs, test } from "./fixtures";
import { expectNoSeriousViolations } from "./assessment-helpers";
import { mailedLink, mailsTo, signUp as signUpAndConfirm } from "./mail";

const NEW_PASSWORD = "Lange-Passphrase-fuer-Tests";

/** Sends the sign-up form only (the mail's link is not opened). */
async function signUp(page: Page, name: string, email: string, password = NEW_PASSWORD) {
  await signUpAndConfirm(page, { name, email, password }, { confirm: false });
}

async function inviteAndJoin(browser: Browser, javaScriptEnabled: boolean) {
  const suffix = randomSuffix();
  const ownerContext = await browser.newContext({ javaScriptEnabled });
  const owner = await ownerContext.newPage();
  await signUpAndConfirm(owner, {
    name: "Greta Gründerin",
    email: `greta-${suffix}@e2e.test`,
    password: NEW_PASSWORD,
  });
  await expect(owner).toHaveURL(/\/onboarding$/);
  await owner.getByLabel("Firmenname").fill(`Gründerin ${suffix} GmbH`);
  await owner.getByLabel("Branche").fill("Großhandel");
  await owner.getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(owner).toHaveURL(new RegExp(`/o/gruenderin-${suffix}-gmbh$`));

  await owner.getByRole("link", { name: "Mitglieder" }).click();
  // (The empty start page has an invitation field of its own: wait for the members page.)
  await expect(owner).toHaveURL(/\/members$/);
  const colleagueEmail = `kollege-${suffix}@e2e.test`;
  await owner.getByLabel("E-Mail").fill(colleagueEmail);
  await owner.getByLabel("Rolle", { exact: true }).last().selectOption("manager");
  await owner.getByRole("button", { name: "Einladung erstellen" }).click();
  const link = await owner.getByLabel("Einladungslink").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
  if (javaScriptEnabled) {
    // The copy button puts the same link on the clipboard.
    await ownerContext.grantPermissions(["clipboard-read", "clipboard-write"]);
    await owner.getByRole("button", { name: "Link kopieren" }).click();
    expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(link);
  }
  await expect(owner.getByRole("region", { name: "Offene Einladungen" })).toContainText(
    colleagueEmail,
  );
  // The invitation also went out by mail (read from the run's SMTP sink), with the very
  // link shown for copying; the colleague follows the mail's.
  const mailed = await mailedLink(colleagueEmail, /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{40,}/);
  expect(mailed).toBe(link);

  const colleagueContext = await browser.newContext({ javaScriptEnabled });
  const colleague = await colleagueContext.newPage();
  await colleague.goto(mailed);
  await expect(
    colleague.getByRole("heading", { name: `Gründerin ${suffix} GmbH beitreten` }),
  ).toBeVisible();
  await expect(colleague.getByText("als Manager")).toBeVisible();
  await colleague.getByLabel("Ihr Name").fill("Karl Kollege");
  await colleague.getByLabel("Passwort").fill(NEW_PASSWORD);
  await colleague.getByRole("button", { name: "Einladung annehmen" }).click();
  await expect(colleague).toHaveURL(new RegExp(`/o/gruenderin-${suffix}-gmbh$`));
  await expect(colleague.getByRole("link", { name: /Manager/ })).toBeVisible();

  // The link worked once; a second use is refused.
  const again = await colleagueContext.request.get(link);
  expect(again.status()).toBe(410);

  await owner.goto(owner.url());
  await expect(owner.getByText("Karl Kollege", { exact: true })).toBeVisible();

  // Removing a member asks first (with and without JavaScript), then takes effect.
  await owner.getByLabel("Entfernen: Karl Kollege").click();
  await expect(owner.getByText("Karl Kollege aus der Organisation entfernen?")).toBeVisible();
  await expect(owner.getByText("Karl Kollege", { exact: true })).toBeVisible();
  await owner.getByRole("button", { name: "Ja, entfernen" }).click();
  await expect(owner.getByText("Karl Kollege", { exact: true })).toHaveCount(0);
  await ownerContext.close();
  await colleagueContext.close();
}

test.describe("a new user signs up, creates an organisation and invites a colleague", () => {
  test("with JavaScript", async ({ browser }) => {
    await inviteAndJoin(browser, true);
  });
  test("without JavaScript", async ({ browser }) => {
    await inviteAndJoin(browser, false);
  });
});

test.describe("bad input on sign-up (without JavaScript)", () => {
  test.use({ javaScriptEnabled: false });

  test("empty fields, a common password and 10,000 characters get 400 with errors; values are kept", async ({
    page,
  }) => {
    page.on("response", (r) => expect(r.status()).toBeLessThan(500));
    const email = `leer-${randomSuffix()}@e2e.test`;
    await signUp(page, "", email, "");
    await expect(page.getByText("Bitte füllen Sie dieses Feld aus.")).toHaveCount(2);
    await expect(page.getByLabel("Geschäftliche E-Mail")).toHaveValue(email);

    await signUp(page, "Paula Passwort", email, "kurz-123");
    await expect(page.getByText(/mindestens 12 Zeichen/)).toBeVisible();
    await signUp(page, "Paula Passwort", email, "Passwort2026!");
    await expect(
      page.getByText(
        "Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes.",
      ),
    ).toBeVisible();
    await expect(page.getByLabel("Ihr Name")).toHaveValue("Paula Passwort");

    const long = "x".repeat(10_000);
    await signUp(page, long, email, long);
    await expect(page.getByText(/zu lang/).first()).toBeVisible();
    expect(await e2eDb().user.count({ where: { email } })).toBe(0);
  });

  test("a registered e-mail gets the very answer a new one gets; only its mailbox learns which", async ({
    page,
  }) => {
    const { users } = await createTestOrg();
    const fresh = `frisch-${randomSuffix()}@e2e.test`;
    const answers: string[] = [];
    for (const email of [users.member.email, fresh]) {
      await signUp(page, "Doppelt Oder Neu", email);
      await expect(page).toHaveURL(/\/sign-up\?sent$/);
      answers.push(await page.getByRole("main").innerText());
    }
    expect(answers[0]).toContain("Bitte prüfen Sie Ihr Postfach");
    expect(answers[0]).toBe(answers[1]);
    // No account and no session yet; the owner of the registered address is told.
    expect(await e2eDb().user.count({ where: { email: fresh } })).toBe(0);
    expect((await page.context().cookies()).filter((c) => c.name.includes("session"))).toEqual([]);
    // (The mails leave through the outbox's worker, a moment after the answer.)
    const subjects = async (email: string) => (await mailsTo(email)).map((m) => m.subject);
    await expect
      .poll(() => subjects(users.member.email))
      .toEqual(["Registrierung mit Ihrer Adresse bei Fahrplan"]);
    await expect.poll(() => subjects(fresh)).toEqual(["Ihr Fahrplan-Konto fertig anlegen"]);
  });
});

test.describe("throttled sign-in (without JavaScript)", () => {
  test.use({ javaScriptEnabled: false });

  test("ten failed sign-ins from one address refuse that address for the account for a while with 429, never 5xx", async ({
    page,
  }) => {
    const { users } = await createTestOrg();
    const submit = async (password: string) => {
      await page.goto("/sign-in");
      await page.getByLabel("E-Mail").fill(users.viewer.email);
      await page.getByLabel("Passwort").fill(password);
      const [response] = await Promise.all([
        page.waitForResponse(
          (r) => r.url().endsWith("/sign-in") && r.request().method() === "POST",
        ),
        page.getByRole("main").getByRole("button", { name: "Anmelden" }).click(),
      ]);
      return response;
    };
    for (let i = 0; i < 10; i++) expect((await submit(`falsch-${i}-passwort`)).status()).toBe(401);
    // (Other addresses are not refused: app/lib/rate-limit.server.test.ts.)
    const locked = await submit(E2E_PASSWORD);
    expect(locked.status()).toBe(429);
    expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);
    await expect(page.getByRole("alert")).toContainText("Zu viele Fehlversuche");
  });
});

test("a demoted member loses rights on the next request", async ({ page }) => {
  const { org, users } = await createTestOrg();
  const db = e2eDb();
  await db.membership.updateMany({
    where: { orgId: org.id, userId: users.member.id },
    data: { role: "owner" },
  });
  await signInAs(page, users.member.email, E2E_PASSWORD);
  expect((await page.goto(`/o/${org.slug}/settings`))?.status()).toBe(200);
  await db.membership.updateMany({
    where: { orgId: org.id, userId: users.member.id },
    data: { role: "member" },
  });
  expect((await page.goto(`/o/${org.slug}/settings`))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Nicht erlaubt" })).toBeVisible();
});

test("the last owner can neither be demoted nor leave", async ({ page }) => {
  const { org, users } = await createTestOrg();
  await signInAs(page, users.owner.email, E2E_PASSWORD);
  await page.goto(`/o/${org.slug}/members`);
  const ownRow = page.getByRole("listitem").filter({ hasText: users.owner.email });
  await ownRow.getByLabel("Rolle").selectOption("viewer");
  await ownRow.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("alert")).toHaveText(/mindestens einen Inhaber/);
  await page.getByRole("button", { name: "Organisation verlassen" }).click();
  await expect(page.getByRole("alert")).toHaveText(/mindestens einen Inhaber/);
  const owners = await e2eDb().membership.count({ where: { orgId: org.id, role: "owner" } });
  expect(owners).toBe(1);
});

test("changing the password ends the other sessions", async ({ browser }) => {
  const { users } = await createTestOrg();
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInAs(first, users.manager.email, E2E_PASSWORD);
  await signInAs(second, users.manager.email, E2E_PASSWORD);
  await first.goto("/account");
  await first.getByLabel("Aktuelles Passwort").fill(E2E_PASSWORD);
  await first.getByLabel("Neues Passwort").fill(NEW_PASSWORD);
  await first.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(first.getByRole("status")).toContainText("Alle anderen Sitzungen wurden beendet");
  await second.reload();
  await expect(second).toHaveURL(/\/sign-in/);
  await first.goto("/");
  await expect(first).not.toHaveURL(/\/sign-in/);
});

test("changing the e-mail address takes effect only once the new address confirms it", async ({
  page,
}) => {
  const { users } = await createTestOrg();
  const newEmail = `neu-${randomSuffix()}@e2e.test`;
  await signInAs(page, users.manager.email, E2E_PASSWORD);
  await page.goto("/account");
  const section = page.getByRole("region", { name: "E-Mail-Adresse ändern" });
  await section.getByLabel("Neue E-Mail-Adresse").fill(newEmail);
  await section.getByLabel("Ihr Passwort").fill(E2E_PASSWORD);
  await section.getByRole("button", { name: "Bestätigungslink senden" }).click();
  await expect(page.getByText("Bestätigungslink dorthin unterwegs")).toBeVisible();
  await expect(page.getByLabel("E-Mail", { exact: true })).toHaveValue(users.manager.email);

  const link = await mailedLink(newEmail, /https?:\/\/\S+\/confirm-email\/[A-Za-z0-9_-]{43}/);
  await page.goto(link);
  await expect(page.getByText("Ihre E-Mail-Adresse wurde geändert.")).toBeVisible();
  await expect(page.getByLabel("E-Mail", { exact: true })).toHaveValue(newEmail);
  // The old address is told; the link worked once.
  await expect
    .poll(async () => (await mailsTo(users.manager.email)).at(-1)?.subject)
    .toBe("Die E-Mail-Adresse Ihres Fahrplan-Kontos wurde geändert");
  expect((await page.request.get(link)).status()).toBe(410);
});

/** Clicks "try the demo" on the sign-in page; returns the slug of the visitor's copy. */
async function tryTheDemo(page: Page, button: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/\/o\/demo-[0-9a-f]+\/roadmaps\//);
  await expect(
    page.getByRole("heading", { level: 1, name: "KI-Pilot Kundenservice 2026" }),
  ).toBeVisible();
  return new URL(page.url()).pathname.split("/")[2]!;
}

/** When the copy expires, as the notice must say it (Berlin time, the page's language). */
async function expiryOf(slug: string, locale: "de-DE" | "en-GB") {
  const org = await e2eDb().organisation.findUniqueOrThrow({
    where: { slug },
    select: { demoExpiresAt: true },
  });
  return new Intl.DateTimeFormat(locale, {
    timeZone: "Europe/Berlin",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(org.demoExpiresAt!);
}

test("“try the demo” gives each visitor a private copy that no other visitor sees", async ({
  page,
  browser,
}) => {
  const mine = await tryTheDemo(page, "Demo ausprobieren");
  await expect(page.getByRole("note")).toHaveText(
    `Ihre private Demo: Niemand sonst sieht sie, ändern Sie nach Belieben. Gültig bis ${await expiryOf(mine, "de-DE")}; danach wird sie gelöscht.`,
  );

  // A second visitor, in English, gets a copy of their own.
  const otherContext = await browser.newContext({ locale: "en-GB" });
  const other = await otherContext.newPage();
  const theirs = await tryTheDemo(other, "Try the demo");
  expect(theirs).not.toBe(mine);
  await expect(other.getByRole("note")).toContainText(
    `Your private demo: nobody else sees it, change whatever you like. Valid until ${await expiryOf(theirs, "en-GB")}`,
  );

  // The first visitor renames the roadmap; the second one's stays as it was, and
  // neither can open the other's copy.
  await page.getByRole("link", { name: "Fahrplan bearbeiten" }).click();
  await page.getByLabel("Titel").fill("Mein eigener Fahrplan");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Mein eigener Fahrplan" }),
  ).toBeVisible();
  await other.reload();
  await expect(
    other.getByRole("heading", { level: 1, name: "KI-Pilot Kundenservice 2026" }),
  ).toBeVisible();
  expect((await other.goto(`/o/${mine}`))?.status()).toBe(404);
  expect((await page.goto(`/o/${theirs}`))?.status()).toBe(404);
  await otherContext.close();
});

test("a member of several organisations switches between them from the header menu", async ({
  page,
}) => {
  const first = await createTestOrg({ name: `Erste ${randomSuffix()} AG` });
  const second = await createTestOrg({ name: `Zweite ${randomSuffix()} AG` });
  await e2eDb().membership.create({
    data: { orgId: second.org.id, userId: first.users.member.id, role: "viewer" },
  });
  await signInAs(page, first.users.member.email, E2E_PASSWORD);
  await page.goto(`/o/${first.org.slug}`);
  // Escape closing the menu is JavaScript's: the page must have been taken over first.
  await hydrated(page);
  const switcher = page
    .getByRole("banner")
    .locator("summary", { hasText: "Organisation wechseln" });
  const menu = page.getByRole("navigation", { name: "Organisation" });
  await expect(menu).toBeHidden();

  // Keyboard: open, close with Escape (focus stays on the switcher), open again.
  await switcher.focus();
  await page.keyboard.press("Enter");
  await expect(menu.getByRole("link", { name: first.org.name })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await page.keyboard.press("Enter");
  await menu.getByRole("link", { name: second.org.name }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${second.org.slug}`));
  // The other organisation's page, with this user's role there.
  await expect(page.getByRole("link", { name: /Lesend/ })).toBeVisible();
});

test("the owner sees in the outbox that the invitation went out to the mail server", async ({
  page,
}) => {
  const { org, users } = await createTestOrg();
  const colleague = `postausgang-${randomSuffix()}@e2e.test`;
  await signInAs(page, users.owner.email, E2E_PASSWORD);
  await page.goto(`/o/${org.slug}/members`);
  await page.getByLabel("E-Mail").fill(colleague);
  await page.getByRole("button", { name: "Einladung erstellen" }).click();
  const link = await page.getByLabel("Einladungslink").inputValue();
  // It arrived at the mail server (the run's SMTP sink) with the same link.
  expect(await mailedLink(colleague, /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{40,}/)).toBe(link);

  await page.goto(`/o/${org.slug}/settings`);
  await page.getByRole("link", { name: "Postausgang" }).click();
  await expect(page.getByText(/gehen über den Mailserver hinaus/)).toBeVisible();
  const mail = page.getByRole("region", { name: `Einladung zu ${org.name} bei Fahrplan` });
  await expect(mail).toContainText(colleague);
  // The worker marks it sent a moment after the server took it.
  await expect(async () => {
    await page.reload();
    await expect(mail.getByText("versendet", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass();
  // A sent mail's text (with its link) is not kept on the page.
  await expect(mail.getByText("Versendet: Ihr Text wird nicht aufbewahrt.")).toBeVisible();
  await expect(mail.getByText(link)).toHaveCount(0);
  await expectNoSeriousViolations(page);
});

test("the mail outbox in English: empty at first, owner only", async ({ page }) => {
  const { org, users } = await createTestOrg({ locale: "en" });
  await signInAs(page, users.owner.email, E2E_PASSWORD);
  await page.goto(`/o/${org.slug}/settings`);
  await page.getByRole("link", { name: "Mail outbox" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mail outbox" })).toBeVisible();
  await expect(page.getByText("No mails yet.")).toBeVisible();
  await expectNoSeriousViolations(page);
  await signInAs(page, users.manager.email, E2E_PASSWORD);
  expect((await page.goto(`/o/${org.slug}/settings/outbox`))?.status()).toBe(403);
});
