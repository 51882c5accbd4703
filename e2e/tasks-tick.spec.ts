import { createTestOrg, e2eDb } from "./factories";
import { expect, hydrated, test } from "./fixtures";
import { orgWithRoadmap, roadmapUrl, signInRole, submitAndWait, taskOf } from "./roadmap-helpers";

async function statusOf(taskId: string) {
  return (await e2eDb().task.findUniqueOrThrow({ where: { id: taskId }, select: { status: true } }))
    .status;
}

test.describe("with JavaScript", () => {
  test("a member ticks a task off on the board: at once, and it stays done", async ({ page }) => {
    const org = await orgWithRoadmap();
    const task = await taskOf(org.roadmapId, org.users.member.id);
    await signInRole(page, org, "member");
    await page.goto(roadmapUrl(org, org.roadmapId, "/phases/analysis"));
    await hydrated(page);
    const done = page.getByRole("region", { name: "Erledigt" });
    // Hold the request back: the tick must show while the server has not answered yet.
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    await page.route(`**/tasks/${task.id}/status*`, async (route) => {
      if (route.request().method() === "POST") await held;
      await route.continue();
    });
    await page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }).click();
    await expect(
      done.getByRole("button", { name: `Als nicht erledigt markieren: ${task.title}` }),
    ).toBeVisible();
    expect(await statusOf(task.id)).toBe("todo");
    answer();
    await expect.poll(() => statusOf(task.id)).toBe("done");
    await page.reload();
    await expect(
      page
        .getByRole("region", { name: "Erledigt" })
        .getByRole("button", { name: `Als nicht erledigt markieren: ${task.title}` }),
    ).toHaveAttribute("aria-pressed", "true");
  });

  test("in English the board's ticks say so, and the name follows the state", async ({ page }) => {
    // A tick's name is made of the message's words and the card's title (by reference).
    const org = await createTestOrg({ withRoadmap: true, locale: "en" });
    const task = await taskOf(org.roadmapId!, org.users.member.id);
    await signInRole(page, org, "member");
    await page.goto(roadmapUrl(org, org.roadmapId!, "/phases/analysis"));
    await hydrated(page);
    await page.getByRole("button", { name: `Mark as done: ${task.title}`, exact: true }).click();
    await expect(
      page
        .getByRole("region", { name: "Done" })
        .getByRole("button", { name: `Mark as not done: ${task.title}`, exact: true }),
    ).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => statusOf(task.id)).toBe("done");
  });

  test("when the server refuses, the tick rolls back and says why", async ({ page }) => {
    const org = await orgWithRoadmap();
    const task = await taskOf(org.roadmapId, org.users.member.id);
    await signInRole(page, org, "member");
    await page.goto(`/o/${org.org.slug}/my-tasks`);
    await hydrated(page);
    // Meanwhile an owner makes the member a viewer, who may not tick tasks off.
    await e2eDb().membership.updateMany({
      where: { orgId: org.org.id, userId: org.users.member.id },
      data: { role: "viewer" },
    });
    await page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }).click();
    await expect(page.getByRole("alert")).toContainText(
      "Ihre Rolle erlaubt das nicht. Es wurde nichts geändert.",
    );
    await expect(
      page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }),
    ).toHaveAttribute("aria-pressed", "false");
    expect(await statusOf(task.id)).toBe("todo");
  });

  test("a member ticks off and reopens in place on “My tasks”", async ({ page }) => {
    const org = await orgWithRoadmap();
    const task = await taskOf(org.roadmapId, org.users.member.id, "pilot");
    await signInRole(page, org, "member");
    await page.getByRole("link", { name: "Meine Aufgaben" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Meine Aufgaben" })).toBeVisible();
    await page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }).click();
    await expect.poll(() => statusOf(task.id)).toBe("done");
    await page.getByRole("button", { name: `Als nicht erledigt markieren: ${task.title}` }).click();
    await expect.poll(() => statusOf(task.id)).toBe("todo");
    // Only the member's own tasks are listed.
    const manager = await taskOf(org.roadmapId, org.users.manager.id, "pilot");
    await expect(page.getByText(manager.title)).toHaveCount(0);
  });

  test("by keyboard: the result is announced and the focus stays with the task", async ({
    page,
  }) => {
    const org = await orgWithRoadmap();
    const task = await taskOf(org.roadmapId, org.users.member.id);
    await signInRole(page, org, "member");
    await page.goto(roadmapUrl(org, org.roadmapId, "/phases/analysis"));
    await hydrated(page);
    await page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }).focus();
    await page.keyboard.press("Enter");
    // The card moved to "Done"; the focus went with it, not to the top of the page.
    await expect(
      page
        .getByRole("region", { name: "Erledigt" })
        .getByRole("button", { name: `Als nicht erledigt markieren: ${task.title}` }),
    ).toBeFocused();
    await expect(page.locator("#live-region")).toHaveText(`Aufgabe „${task.title}“ erledigt`);
    // Stored before the second tick: a second tick while the first is still on its way
    // can reach the server first, and the task then ends up done (a known gap, not what
    // this test is about).
    await expect.poll(() => statusOf(task.id)).toBe("done");
    await page.keyboard.press("Enter");
    await expect(page.locator("#live-region")).toHaveText(`Aufgabe „${task.title}“ wieder offen`);
    await expect(
      page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }),
    ).toBeFocused();
    // Stored before "My tasks" is opened: there, a done task due last week is not listed.
    await expect.poll(() => statusOf(task.id)).toBe("todo");

    // On “My tasks” a task due before this week leaves the list once done: the focus
    // goes on to the next task.
    await e2eDb().task.update({
      where: { id: task.id },
      data: { dueDate: new Date(Date.now() - 20 * 86_400_000) },
    });
    await page.goto(`/o/${org.org.slug}/my-tasks`);
    await hydrated(page);
    const open = page.getByRole("button", { name: /^Als erledigt markieren: / });
    const names = await open.evaluateAll((all) => all.map((b) => b.getAttribute("aria-label")));
    const next = names[names.indexOf(`Als erledigt markieren: ${task.title}`) + 1]!;
    await page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("link", { name: task.title, exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: next, exact: true })).toBeFocused();
    await expect(page.locator("#live-region")).toHaveText(`Aufgabe „${task.title}“ erledigt`);
  });

  test("the board, the task's page and “My tasks” all tick off through the task's status route", async ({
    page,
  }) => {
    const org = await orgWithRoadmap();
    const task = await taskOf(org.roadmapId, org.users.member.id);
    await signInRole(page, org, "member");
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(new URL(request.url()).pathname);
    });
    const pages = [
      roadmapUrl(org, org.roadmapId, "/phases/analysis"),
      roadmapUrl(org, org.roadmapId, `/tasks/${task.id}`),
      `/o/${org.org.slug}/my-tasks`,
    ];
    let done = false;
    for (const url of pages) {
      await page.goto(url);
      const verb = done ? "Als nicht erledigt markieren" : "Als erledigt markieren";
      await page.getByRole("button", { name: `${verb}: ${task.title}` }).click();
      done = !done;
      await expect.poll(() => statusOf(task.id)).toBe(done ? "done" : "todo");
      // The page stays where it is.
      await expect(page).toHaveURL(new RegExp(`${url}$`));
    }
    const route = `${roadmapUrl(org, org.roadmapId, `/tasks/${task.id}/status`)}.data`;
    expect(posts).toEqual([route, route, route]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member ticks a task off on the board with a plain form", async ({ page }) => {
    const org = await orgWithRoadmap();
    const task = await taskOf(org.roadmapId, org.users.member.id);
    await signInRole(page, org, "member");
    const board = roadmapUrl(org, org.roadmapId, "/phases/analysis");
    await page.goto(board);
    const response = await submitAndWait(page, () =>
      page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }).click(),
    );
    // The task's status route answers a plain form by sending the board back.
    expect(response.url()).toMatch(new RegExp(`/tasks/${task.id}/status$`));
    expect(response.status()).toBe(303);
    await expect(page).toHaveURL(new RegExp(`${board}$`));
    await expect(
      page
        .getByRole("region", { name: "Erledigt" })
        .getByRole("button", { name: `Als nicht erledigt markieren: ${task.title}` }),
    ).toBeVisible();
    expect(await statusOf(task.id)).toBe("done");
  });

  test("the board's ticks reach their task from the board's address with a trailing slash", async ({
    page,
  }) => {
    // The ticks post to a path relative to the board (the card's HTML is shorter so):
    // "/phases/analysis/" must lead to the same task as "/phases/analysis".
    const org = await orgWithRoadmap();
    const task = await taskOf(org.roadmapId, org.users.member.id);
    await signInRole(page, org, "member");
    await page.goto(`${roadmapUrl(org, org.roadmapId, "/phases/analysis")}/`);
    const response = await submitAndWait(page, () =>
      page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }).click(),
    );
    expect(response.url()).toMatch(
      new RegExp(`/roadmaps/${org.roadmapId}/tasks/${task.id}/status$`),
    );
    expect(response.status()).toBe(303);
    expect(await statusOf(task.id)).toBe("done");
  });

  test("a member ticks a task off on its own page with a plain form", async ({ page }) => {
    const org = await orgWithRoadmap();
    const task = await taskOf(org.roadmapId, org.users.member.id);
    await signInRole(page, org, "member");
    const url = roadmapUrl(org, org.roadmapId, `/tasks/${task.id}`);
    await page.goto(url);
    const response = await submitAndWait(page, () =>
      page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }).click(),
    );
    expect(response.status()).toBe(303);
    await expect(page).toHaveURL(new RegExp(`${url}$`));
    await expect(
      page.getByRole("button", { name: `Als nicht erledigt markieren: ${task.title}` }),
    ).toHaveAttribute("aria-pressed", "true");
    expect(await statusOf(task.id)).toBe("done");
  });

  test("ticking a task that someone else already ticked is harmless", async ({ page }) => {
    const org = await orgWithRoadmap();
    const task = await taskOf(org.roadmapId, org.users.member.id, "pilot");
    await signInRole(page, org, "member");
    await page.goto(`/o/${org.org.slug}/my-tasks`);
    // A colleague ticks it first; this page still shows it open.
    await e2eDb().task.update({
      where: { id: task.id },
      data: { status: "done", completedAt: new Date() },
    });
    const events = () => e2eDb().auditEvent.count({ where: { entity: "task", entityId: task.id } });
    const before = await events();
    const response = await submitAndWait(page, () =>
      page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }).click(),
    );
    expect(response.status()).toBe(303);
    await expect(page).toHaveURL(new RegExp(`/o/${org.org.slug}/my-tasks$`));
    await expect(
      page.getByRole("button", { name: `Als nicht erledigt markieren: ${task.title}` }),
    ).toBeVisible();
    expect(await statusOf(task.id)).toBe("done");
    expect(await events()).toBe(before);
  });

  test("a viewer cannot tick tasks off: the control is disabled and the server refuses", async ({
    page,
  }) => {
    const org = await orgWithRoadmap();
    const task = await taskOf(org.roadmapId, org.users.member.id);
    await signInRole(page, org, "viewer");
    await page.goto(roadmapUrl(org, org.roadmapId, "/phases/analysis"));
    await expect(
      page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }),
    ).toBeDisabled();
    const response = await page.request.post(
      roadmapUrl(org, org.roadmapId, `/tasks/${task.id}/status`),
      {
        form: { intent: "complete", taskId: task.id, done: "true" },
        headers: { Origin: new URL(page.url()).origin },
      },
    );
    expect(response.status()).toBe(403);
    expect(await statusOf(task.id)).toBe("todo");
  });

  test("a refusal comes back to the page that posted and says why, beside the task", async ({
    page,
  }) => {
    const org = await orgWithRoadmap();
    const task = await taskOf(org.roadmapId, org.users.member.id, "pilot");
    await signInRole(page, org, "member");
    await page.goto(`/o/${org.org.slug}/my-tasks`);
    // Meanwhile an owner makes the member a viewer, who may not tick tasks off.
    await e2eDb().membership.updateMany({
      where: { orgId: org.org.id, userId: org.users.member.id },
      data: { role: "viewer" },
    });
    await page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }).click();
    await expect(page).toHaveURL(new RegExp(`/o/${org.org.slug}/my-tasks\\?`));
    await expect(page.getByRole("alert")).toContainText(
      "Ihre Rolle erlaubt das nicht. Es wurde nichts geändert.",
    );
    expect(await statusOf(task.id)).toBe("todo");
  });
});
