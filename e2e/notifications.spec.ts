// In-app notifications: assigning a task to a colleague rings the colleague's bell, the
// inbox lists it and marks it read; the inbox page under axe (light and dark, phone).
import type { Page } from "@playwright/test";
import { e2eDb } from "./factories";
import { expect, test } from "./fixtures";
import { mailsTo } from "./mail";
import { seedNotification, unsubscribeToken } from "./notifications-helpers";
import {
  expectNoSeriousViolations,
  orgWithRoadmap,
  roadmapUrl,
  signInRole,
  taskOf,
} from "./roadmap-helpers";

const bell = (page: Page) => page.getByTestId("notification-bell");

test("a task assigned to a colleague rings the colleague's bell; the inbox marks it read", async ({
  page,
}) => {
  const org = await orgWithRoadmap();
  const task = await taskOf(org.roadmapId, org.users.manager.id);

  // The manager gives the task to the member from the board's quick edit.
  await signInRole(page, org, "manager");
  await page.goto(roadmapUrl(org, org.roadmapId, "/phases/analysis"));
  const card = page.locator(`li[data-task-id="${task.id}"]`);
  await card.getByLabel(`Aktionen für „${task.title}“`).click();
  const plan = card.getByRole("form", { name: `„${task.title}“ planen` });
  await plan.getByLabel("Verantwortlich").selectOption({ label: org.users.member.name });
  await plan.getByRole("button", { name: "Verantwortung, Termin und Priorität speichern" }).click();
  await expect(card).toContainText(org.users.member.name);
  // Nobody hears of their own doing: the manager got no notification of it.
  expect(
    await e2eDb().notification.count({
      where: { userId: org.users.manager.id, kind: "task_assigned" },
    }),
  ).toBe(0);

  // The member: one unread in the bell, the item in the inbox, its link to the task.
  await page.context().clearCookies();
  await signInRole(page, org, "member");
  await expect(bell(page)).toHaveAccessibleName("Benachrichtigungen, 1 ungelesen");
  await bell(page).click();
  await expect(page.getByRole("heading", { level: 1, name: "Benachrichtigungen" })).toBeVisible();
  const title = `${org.users.manager.name} hat Ihnen die Aufgabe „${task.title}“ zugewiesen`;
  const item = page.getByTestId("notification").filter({ hasText: title });
  await expect(item.getByRole("link", { name: title })).toHaveAttribute(
    "href",
    roadmapUrl(org, org.roadmapId, `/tasks/${task.id}`),
  );
  await expect(item).toContainText("ungelesen");
  await item.getByRole("button", { name: `Als gelesen markieren: ${title}` }).click();
  await expect(bell(page)).toHaveAccessibleName("Benachrichtigungen, keine ungelesen");
  await expect(item.getByRole("button", { name: /Als gelesen markieren/ })).toHaveCount(0);
  expect(
    await e2eDb().notification.count({ where: { userId: org.users.member.id, readAt: null } }),
  ).toBe(0);

  // The mail went to the member too (the default: in the app and by e-mail).
  await expect
    .poll(async () => (await mailsTo(org.users.member.email)).map((m) => m.subject))
    .toContain(title);
  const mail = (await mailsTo(org.users.member.email)).find((m) => m.subject === title)!;
  expect(mail.text).toContain(`/o/${org.org.slug}/roadmaps/${org.roadmapId}/tasks/${task.id}`);
  expect(mail.text).toMatch(/\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}/);

  // Following the item's link opens the task.
  await item.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: task.title })).toBeVisible();
});

test("mark all read, and the settings per event", async ({ page }) => {
  const org = await orgWithRoadmap();
  for (const name of ["Eins", "Zwei", "Drei"])
    await seedNotification(org, org.users.viewer.id, name);
  await signInRole(page, org, "viewer");
  await expect(bell(page)).toHaveAccessibleName("Benachrichtigungen, 3 ungelesen");
  await page.goto(`/o/${org.org.slug}/notifications`);
  await expect(page.getByTestId("notification")).toHaveCount(3);
  await page.getByRole("button", { name: "Alle als gelesen markieren" }).click();
  await expect(bell(page)).toHaveAccessibleName("Benachrichtigungen, keine ungelesen");

  await page.getByLabel("Mir wird eine Aufgabe zugewiesen").selectOption("in_app");
  await page.getByLabel("Wochenübersicht am Montagmorgen").selectOption("off");
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect
    .poll(() =>
      e2eDb().notificationPreference.findMany({
        where: { userId: org.users.viewer.id },
        select: { event: true, channel: true },
      }),
    )
    .toEqual(
      expect.arrayContaining([
        { event: "task_assigned", channel: "in_app" },
        { event: "digest", channel: "off" },
      ]),
    );
  await page.reload();
  await expect(page.getByLabel("Mir wird eine Aufgabe zugewiesen")).toHaveValue("in_app");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the inbox under axe (${colorScheme}), with items and empty, and on a phone`, async ({
    page,
  }) => {
    const org = await orgWithRoadmap();
    await page.emulateMedia({ colorScheme });
    await signInRole(page, org, "member");
    await page.goto(`/o/${org.org.slug}/notifications`);
    await expect(page.getByText("Noch keine Benachrichtigungen.")).toBeVisible();
    await expectNoSeriousViolations(page);
    await seedNotification(org, org.users.member.id);
    await page.reload();
    await expect(page.getByTestId("notification")).toHaveCount(1);
    await expectNoSeriousViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(bell(page)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await expectNoSeriousViolations(page);
  });
}

test("the owner sets the organisation's time zone for reminders and the digest", async ({
  page,
}) => {
  const org = await orgWithRoadmap();
  await signInRole(page, org, "owner");
  await page.goto(`/o/${org.org.slug}/settings`);
  const zone = page.getByLabel("Zeitzone");
  await expect(zone).toHaveValue("Europe/Berlin");
  await zone.selectOption("Europe/Vienna");
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.getByText("Einstellungen gespeichert.")).toBeVisible();
  await expect
    .poll(
      async () =>
        (
          await e2eDb().organisation.findUniqueOrThrow({
            where: { id: org.org.id },
            select: { timeZone: true },
          })
        ).timeZone,
    )
    .toBe("Europe/Vienna");
  await expectNoSeriousViolations(page);
});

test("the unsubscribe link: one click without signing in, the confirmation in German and English, undo", async ({
  page,
  browser,
}) => {
  const org = await orgWithRoadmap();
  const preference = async (event: string) =>
    (
      await e2eDb().notificationPreference.findUnique({
        where: { userId_event: { userId: org.users.member.id, event } },
        select: { channel: true },
      })
    )?.channel;
  await page.goto(`/unsubscribe/${await unsubscribeToken(org.users.member.id, "digest")}`);
  await expect(page.getByRole("heading", { level: 1, name: "Abbestellt" })).toBeVisible();
  await expect(page.getByText("Sie erhalten keine Wochenübersicht mehr.")).toBeVisible();
  expect(await preference("digest")).toBe("off");
  await expectNoSeriousViolations(page);
  await page.getByRole("button", { name: "Rückgängig: diese Mails wieder senden" }).click();
  await expect(page.getByText("Erledigt: Sie erhalten diese Mails wieder.")).toBeVisible();
  expect(await preference("digest")).toBe("email");

  const english = await browser.newContext({ locale: "en-GB" });
  const other = await english.newPage();
  const token = await unsubscribeToken(org.users.member.id, "task_assigned");
  await other.goto(`/unsubscribe/${token}`);
  await expect(other.getByRole("heading", { level: 1, name: "Unsubscribed" })).toBeVisible();
  await expect(
    other.getByText("You will receive no more mails of this kind: A task is assigned to me."),
  ).toBeVisible();
  expect(await preference("task_assigned")).toBe("in_app");
  // A forged link changes nothing.
  const forged = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
  const response = await other.goto(`/unsubscribe/${forged}`);
  expect(response?.status()).toBe(410);
  await expect(other.getByRole("heading", { level: 1, name: "Link not valid" })).toBeVisible();
  await english.close();
});
