import { addDaysIso, utcDateToIso } from "../app/modules/calendar/dates";
import type { Locator, Page } from "@playwright/test";
import { e2eDb } from "./factories";
import { expect, test } from "./fixtures";
import { orgWithRoadmap, roadmapUrl, signInRole, taskOf } from "./roadmap-helpers";

/** Drags like a hand does: press, a small move to start the drag, then to the target. */
async function drag(page: Page, source: Locator, target: Locator) {
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 16);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + 24, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 16, { steps: 10 });
  await page.mouse.up();
}

async function stored(taskId: string) {
  return e2eDb().task.findUniqueOrThrow({
    where: { id: taskId },
    select: {
      status: true,
      position: true,
      deletedAt: true,
      title: true,
      ownerId: true,
      dueDate: true,
    },
  });
}

test.describe("drag and drop", () => {
  // Tall enough that nothing scrolls while the mouse button is down.
  test.use({ viewport: { width: 1400, height: 2400 } });

  test("a manager drags a task to another column and before another task", async ({ page }) => {
    const org = await orgWithRoadmap();
    const [a, b] = await e2eDb().task.findMany({
      where: { roadmapId: org.roadmapId, phase: { kind: "analysis" }, status: "todo" },
      orderBy: { position: "asc" },
      take: 2,
      select: { id: true, title: true },
    });
    await signInRole(page, org, "manager");
    await page.goto(roadmapUrl(org, org.roadmapId, "/phases/analysis"));
    const card = (id: string) => page.locator(`li[data-task-id="${id}"]`);

    await drag(page, card(a!.id), page.getByRole("region", { name: "In Arbeit" }));
    await expect(
      page.getByRole("region", { name: "In Arbeit" }).locator(`li[data-task-id="${a!.id}"]`),
    ).toBeVisible();
    await expect.poll(async () => (await stored(a!.id)).status).toBe("in_progress");

    await drag(page, card(b!.id), card(a!.id));
    const inProgress = page.getByRole("region", { name: "In Arbeit" }).locator("li[data-task-id]");
    await expect(inProgress.first()).toHaveAttribute("data-task-id", b!.id);
    await expect.poll(async () => (await stored(b!.id)).status).toBe("in_progress");
    expect((await stored(b!.id)).position).toBeLessThan((await stored(a!.id)).position);
  });
});

test("the keyboard alternative: move up, down and to another status from the card's menu", async ({
  page,
}) => {
  const org = await orgWithRoadmap();
  const todo = await e2eDb().task.findMany({
    where: { roadmapId: org.roadmapId, phase: { kind: "analysis" }, status: "todo" },
    orderBy: { position: "asc" },
    take: 2,
    select: { id: true, title: true },
  });
  const [first, second] = todo;
  await signInRole(page, org, "manager");
  await page.goto(roadmapUrl(org, org.roadmapId, "/phases/analysis"));
  const column = page.getByRole("region", { name: "Offen" }).locator("li[data-task-id]");

  const menu = page.getByLabel(`Aktionen für „${second!.title}“`);
  await menu.focus();
  await page.keyboard.press("Enter");
  await page
    .locator(`li[data-task-id="${second!.id}"]`)
    .getByRole("button", { name: "Nach oben" })
    .focus();
  await page.keyboard.press("Enter");
  await expect(column.first()).toHaveAttribute("data-task-id", second!.id);
  await expect
    .poll(async () => (await stored(second!.id)).position < (await stored(first!.id)).position)
    .toBe(true);

  // Focus returns to the moved card's menu; open it and send the task to "Blockiert".
  await expect(menu).toBeFocused();
  await page.keyboard.press("Enter");
  await page
    .locator(`li[data-task-id="${second!.id}"]`)
    .getByRole("button", { name: "Blockiert", exact: true })
    .focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("region", { name: "Blockiert" }).locator(`li[data-task-id="${second!.id}"]`),
  ).toBeVisible();
  await expect.poll(async () => (await stored(second!.id)).status).toBe("blocked");
});

test("a manager assigns, reschedules and prioritises a task from its menu", async ({ page }) => {
  const org = await orgWithRoadmap();
  const task = await taskOf(org.roadmapId, org.users.manager.id);
  const roadmap = await e2eDb().roadmap.findUniqueOrThrow({ where: { id: org.roadmapId } });
  const due = addDaysIso(utcDateToIso(roadmap.startDate), 12);
  await signInRole(page, org, "manager");
  await page.goto(roadmapUrl(org, org.roadmapId, "/phases/analysis"));
  const card = page.locator(`li[data-task-id="${task.id}"]`);
  await card.getByLabel(`Aktionen für „${task.title}“`).click();
  const plan = card.getByRole("form", { name: `„${task.title}“ planen` });
  await plan.getByLabel("Verantwortlich").selectOption({ label: org.users.member.name });
  await plan.getByLabel("Fällig am").fill(due);
  await plan.getByLabel("Priorität").selectOption("low");
  await plan.getByRole("button", { name: "Verantwortung, Termin und Priorität speichern" }).click();
  await expect(card).toContainText(org.users.member.name);
  await expect.poll(async () => (await stored(task.id)).ownerId).toBe(org.users.member.id);
  expect(utcDateToIso((await stored(task.id)).dueDate)).toBe(due);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("moves, deletes with undo and creates tasks with plain forms", async ({ page }) => {
    const org = await orgWithRoadmap();
    const task = await taskOf(org.roadmapId, org.users.manager.id);
    await signInRole(page, org, "manager");
    const board = roadmapUrl(org, org.roadmapId, "/phases/analysis");
    await page.goto(board);
    const card = page.locator(`li[data-task-id="${task.id}"]`);

    await card.getByLabel(`Aktionen für „${task.title}“`).click();
    await card.getByRole("button", { name: "Erledigt", exact: true }).click();
    await expect(
      page.getByRole("region", { name: "Erledigt" }).locator(`li[data-task-id="${task.id}"]`),
    ).toBeVisible();
    expect((await stored(task.id)).status).toBe("done");

    await page
      .locator(`li[data-task-id="${task.id}"]`)
      .getByLabel(`Aktionen für „${task.title}“`)
      .click();
    await page
      .locator(`li[data-task-id="${task.id}"]`)
      .getByRole("button", { name: "Löschen", exact: true })
      .click();
    await expect(page.getByRole("status")).toContainText(`„${task.title}“ wurde gelöscht.`);
    await expect(page.locator(`li[data-task-id="${task.id}"]`)).toHaveCount(0);
    expect((await stored(task.id)).deletedAt).not.toBeNull();
    await page.getByRole("button", { name: "Rückgängig" }).click();
    await expect(page.locator(`li[data-task-id="${task.id}"]`)).toBeVisible();
    expect((await stored(task.id)).deletedAt).toBeNull();
    const history = await e2eDb().auditEvent.findMany({
      where: { entity: "task", entityId: task.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    // The template task's own "create" comes first: every task the roadmap planned is on record.
    expect(history.map((h) => h.action)).toEqual(["create", "move", "delete", "restore"]);

    // A new task, assigned to the member, due outside the phase: saved with a warning.
    const roadmap = await e2eDb().roadmap.findUniqueOrThrow({ where: { id: org.roadmapId } });
    const inPilot = addDaysIso(utcDateToIso(roadmap.startDate), 30);
    await page.getByText("Neue Aufgabe").click();
    await page.getByLabel("Titel").fill("Datenquellen inventarisieren");
    await page
      .getByLabel("Verantwortlich", { exact: true })
      .last()
      .selectOption({ label: org.users.member.name });
    await page.getByLabel("Fällig am").fill(inPilot);
    await page.getByRole("button", { name: "Aufgabe hinzufügen" }).click();
    await expect(page.getByRole("status")).toContainText(
      "Das Fälligkeitsdatum liegt außerhalb dieser Phase",
    );
    const created = await e2eDb().task.findFirstOrThrow({
      where: { roadmapId: org.roadmapId, title: "Datenquellen inventarisieren" },
      select: { ownerId: true, dueDate: true, id: true },
    });
    expect(created.ownerId).toBe(org.users.member.id);
    expect(utcDateToIso(created.dueDate)).toBe(inPilot);
    await expect(page.locator(`li[data-task-id="${created.id}"]`)).toContainText(
      "Außerhalb der Phase",
    );
  });

  test("filters by owner and status come from the URL; unknown values show everything", async ({
    page,
  }) => {
    const org = await orgWithRoadmap();
    const mine = await taskOf(org.roadmapId, org.users.member.id);
    const theirs = await taskOf(org.roadmapId, org.users.manager.id);
    await signInRole(page, org, "member");
    const board = roadmapUrl(org, org.roadmapId, "/phases/analysis");
    await page.goto(board);
    await page.getByLabel("Verantwortlich", { exact: true }).selectOption("me");
    await page.getByRole("button", { name: "Filtern" }).click();
    await expect(page).toHaveURL(/owner=me/);
    await expect(page.getByText(mine.title)).toBeVisible();
    await expect(page.getByText(theirs.title)).toHaveCount(0);

    await page.goto(`${board}?status=blocked`);
    await expect(page.getByRole("region", { name: "Offen" })).toHaveCount(0);
    await expect(
      page.getByRole("heading", { name: "Keine Aufgabe passt zu diesen Filtern" }),
    ).toBeVisible();

    const response = await page.goto(`${board}?owner=%27%3B+DROP&status=nonsense`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(mine.title)).toBeVisible();
    await expect(page.getByText(theirs.title)).toBeVisible();
  });
});

test("learnings and budget lines are recorded per phase and shown in euros", async ({ page }) => {
  const org = await orgWithRoadmap();
  await signInRole(page, org, "manager");
  await page.goto(roadmapUrl(org, org.roadmapId, "/learnings"));
  await page.getByLabel("Phase").selectOption("pilot");
  await page.getByLabel("Art").selectOption("risk");
  await page
    .getByLabel("Was haben Sie gelernt?")
    .fill("Die Ticketdaten sind uneinheitlich gepflegt.");
  await page.getByRole("button", { name: "Erkenntnis speichern" }).click();
  const pilot = page.getByRole("region", { name: "2. Pilot mit Governance" });
  await expect(pilot).toContainText("Die Ticketdaten sind uneinheitlich gepflegt.");
  await expect(pilot).toContainText("Risiko");

  // A budget of 1.000 € on the roadmap: the new line exceeds it, and the page says so.
  await e2eDb().roadmap.update({
    where: { id: org.roadmapId },
    data: { plannedBudgetCents: 100_000 },
  });
  await page.getByRole("link", { name: "Budget" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Budget" })).toBeVisible();
  await expect(page.getByTestId("budget-overrun")).toHaveCount(0);
  await page.getByLabel("Phase").selectOption("pilot");
  await page.getByLabel("Bezeichnung").fill("Lizenzen");
  await page.getByLabel("Geplant (€)").fill("1.250,50");
  await page.getByLabel("Ist (€)").fill("300");
  await page.getByRole("button", { name: "Position hinzufügen" }).click();
  await expect(page.getByRole("region", { name: "2. Pilot mit Governance" })).toContainText(
    "Geplant 1.250,50 € · Ist 300,00 €",
  );
  const line = await e2eDb().budgetLine.findFirstOrThrow({ where: { orgId: org.org.id } });
  expect([line.plannedCents, line.actualCents]).toEqual([125_050, 30_000]);
  await expect(page.getByTestId("budget-overrun")).toContainText(
    "Die geplanten Positionen (1.250,50 €) übersteigen das Budget des Fahrplans (1.000,00 €) um 250,50 €.",
  );

  // Someone else corrects the line while the manager edits it: the manager's save is
  // refused with the line as it is now, and what they typed stays in the form.
  const edit = page
    .locator("details")
    .filter({ has: page.locator(`input[name="lineId"][value="${line.id}"]`) });
  await edit.locator("summary").click();
  await e2eDb().budgetLine.update({
    where: { id: line.id },
    data: { label: "Lizenzen (Jahresvertrag)", actualCents: 45_000, version: { increment: 1 } },
  });
  await edit.getByLabel("Ist (€)").fill("400");
  await edit.getByRole("button", { name: "Speichern", exact: true }).click();
  const conflict = page.getByRole("region", {
    name: "Jemand anderes hat diese Budgetposition geändert, während Sie sie bearbeitet haben.",
  });
  await expect(conflict).toContainText("Lizenzen (Jahresvertrag)");
  await expect(conflict).toContainText("450,00 €");
  await expect(edit.getByLabel("Ist (€)")).toHaveValue("400");
  expect((await e2eDb().budgetLine.findUniqueOrThrow({ where: { id: line.id } })).actualCents).toBe(
    45_000,
  );
  // Knowing the current state, the manager saves their version on purpose.
  await edit.getByRole("button", { name: "Meine Fassung speichern" }).click();
  await expect(page.getByText("Budgetposition gespeichert.")).toBeVisible();
  expect(
    await e2eDb().budgetLine.findUniqueOrThrow({
      where: { id: line.id },
      select: { label: true, actualCents: true, version: true },
    }),
  ).toEqual({ label: "Lizenzen", actualCents: 40_000, version: 3 });
});

test("a task's title opens its page inside the app, and as a normal link in a new tab", async ({
  page,
  context,
}) => {
  const org = await orgWithRoadmap();
  const task = await e2eDb().task.findFirstOrThrow({
    where: { roadmapId: org.roadmapId, phase: { kind: "analysis" } },
    orderBy: { position: "asc" },
    select: { id: true, title: true },
  });
  await signInRole(page, org, "member");
  await page.goto(roadmapUrl(org, org.roadmapId, "/phases/analysis"));
  const title = page.locator(`li[data-task-id="${task.id}"]`).getByRole("link", {
    name: task.title,
  });
  await expect(title).toHaveAttribute("href", roadmapUrl(org, org.roadmapId, `/tasks/${task.id}`));

  // Ctrl/Cmd-click: a new tab with the task; this page stays.
  const [tab] = await Promise.all([
    context.waitForEvent("page"),
    title.click({ modifiers: ["ControlOrMeta"] }),
  ]);
  await expect(tab).toHaveURL(new RegExp(`/tasks/${task.id}$`));
  await tab.close();
  await expect(page).toHaveURL(/\/phases\/analysis$/);

  // A plain click navigates without loading a new document.
  await page.evaluate(() => ((window as unknown as { stay: boolean }).stay = true));
  await title.click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${task.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: task.title })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stay?: boolean }).stay)).toBe(true);
});
