import { addDaysIso, isoToUtcDate, todayIso, utcDateToIso } from "../app/modules/calendar/dates";
import { createTestOrg, e2eDb, randomSuffix } from "./factories";
import { expect, test } from "./fixtures";
import { signUp } from "./mail";
import {
  expectNoSeriousViolations,
  orgWithRoadmap,
  roadmapUrl,
  signInRole,
} from "./roadmap-helpers";

/** Monday in two weeks: a start date the form accepts, independent of today. */
function mondayInTwoWeeks() {
  const today = todayIso();
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
  return addDaysIso(today, 14 - weekday);
}

test("a new user goes from sign-up to a dated 90-day plan with at least 20 owned tasks in under three minutes", async ({
  page,
}) => {
  const started = Date.now();
  const suffix = randomSuffix();
  // Sign-up and onboarding (issue 3), then the first roadmap (this issue).
  await signUp(page, {
    name: "Paula Planerin",
    email: `paula-${suffix}@e2e.test`,
    password: "Lange-Passphrase-fuer-Tests",
  });
  await expect(page).toHaveURL(/\/onboarding$/);
  await page.getByLabel("Firmenname").fill(`Planerin ${suffix} GmbH`);
  await page.getByRole("button", { name: "Organisation anlegen" }).click();

  await page.getByRole("link", { name: "Ersten Fahrplan anlegen" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Ersten Fahrplan anlegen" }),
  ).toBeVisible();
  const start = mondayInTwoWeeks();
  await page.getByLabel("Titel").fill("KI-Pilot Angebote");
  await page.getByLabel("Schwerpunkt").fill("Angebotserstellung");
  await page.getByLabel("Zielbild").fill("Angebote in der halben Zeit, vom Vertrieb geprüft.");
  await page.getByLabel("Startdatum").fill(start);
  await page.getByRole("button", { name: "Fahrplan anlegen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "KI-Pilot Angebote" })).toBeVisible();
  for (const phase of ["Analyse & Fokus", "Pilot mit Governance", "Auswerten & skalieren"]) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(phase) })).toBeVisible();
  }
  const user = await e2eDb().user.findUniqueOrThrow({
    where: { email: `paula-${suffix}@e2e.test` },
  });
  const roadmap = await e2eDb().roadmap.findFirstOrThrow({
    where: { organisation: { memberships: { some: { userId: user.id } } } },
    select: { startDate: true, tasks: { select: { ownerId: true, dueDate: true } } },
  });
  expect(utcDateToIso(roadmap.startDate)).toBe(start);
  expect(roadmap.tasks.length).toBeGreaterThanOrEqual(20);
  expect(roadmap.tasks.every((t) => t.ownerId === user.id)).toBe(true);
  const end = addDaysIso(start, 89);
  for (const task of roadmap.tasks) {
    const due = utcDateToIso(task.dueDate);
    expect(due >= start && due <= end).toBe(true);
  }

  // Start the roadmap: draft → active.
  await expect(page.getByText("Entwurf", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Fahrplan starten" }).click();
  await expect(page.getByRole("status")).toContainText("Status geändert: Aktiv.");
  expect(Date.now() - started).toBeLessThan(180_000);

  // Completing the plan goes through its closing review; a stray click changes nothing.
  await page.getByRole("link", { name: "Abschließen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Abschlussreview" })).toBeVisible();
  expect(
    (
      await e2eDb().roadmap.findFirstOrThrow({
        where: { title: "KI-Pilot Angebote", createdById: user.id },
      })
    ).status,
  ).toBe("active");
  // No use cases on this roadmap: nothing to decide, the review completes it all the same.
  await page.getByRole("button", { name: "Review abschließen" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Entscheidungsvorlage: KI-Pilot Angebote" }),
  ).toBeVisible();
});

test("a manager moves the start date, sees what moves, and everything moves with it", async ({
  page,
}) => {
  const org = await orgWithRoadmap();
  const db = e2eDb();
  const before = await db.roadmap.findUniqueOrThrow({
    where: { id: org.roadmapId },
    select: {
      startDate: true,
      tasks: { orderBy: { id: "asc" }, select: { id: true, dueDate: true } },
    },
  });
  const oldStart = utcDateToIso(before.startDate);
  const newStart = addDaysIso(oldStart, 7);
  await signInRole(page, org, "manager");
  await page.goto(roadmapUrl(org, org.roadmapId));
  await page.getByRole("link", { name: "Fahrplan bearbeiten" }).click();
  await page.getByLabel("Startdatum").fill(newStart);
  await page.getByRole("button", { name: "Speichern" }).click();

  const preview = page.getByRole("region", { name: "Das verschiebt sich" });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText("Alles verschiebt sich um 7 Tage nach hinten.");
  await expect(preview).toContainText(`${before.tasks.length} Aufgaben verschieben sich`);
  // Nothing is saved before the confirmation.
  expect(
    utcDateToIso((await db.roadmap.findUniqueOrThrow({ where: { id: org.roadmapId } })).startDate),
  ).toBe(oldStart);

  await preview.getByRole("button", { name: "Plan verschieben und speichern" }).click();
  await expect(page).toHaveURL(new RegExp(`${roadmapUrl(org, org.roadmapId)}$`));
  const after = await db.roadmap.findUniqueOrThrow({
    where: { id: org.roadmapId },
    select: {
      startDate: true,
      tasks: { orderBy: { id: "asc" }, select: { id: true, dueDate: true } },
    },
  });
  expect(utcDateToIso(after.startDate)).toBe(newStart);
  expect(after.tasks.map((t) => utcDateToIso(t.dueDate))).toEqual(
    before.tasks.map((t) => addDaysIso(utcDateToIso(t.dueDate), 7)),
  );
  // The task's history says it moved with the roadmap.
  await page.goto(roadmapUrl(org, org.roadmapId, `/tasks/${after.tasks[0]!.id}`));
  await expect(page.getByRole("region", { name: "Verlauf" })).toContainText(
    "Mit dem Fahrplan verschoben",
  );
});

test("moving the start date works without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const org = await orgWithRoadmap();
  await signInRole(page, org, "manager");
  await page.goto(roadmapUrl(org, org.roadmapId, "/edit"));
  const oldStart = await page.getByLabel("Startdatum").inputValue();
  await page.getByLabel("Startdatum").fill(addDaysIso(oldStart, -3));
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Alles verschiebt sich um 3 Tage nach vorn.")).toBeVisible();
  await page.getByRole("button", { name: "Plan verschieben und speichern" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Fahrplan /);
  const roadmap = await e2eDb().roadmap.findUniqueOrThrow({ where: { id: org.roadmapId } });
  expect(utcDateToIso(roadmap.startDate)).toBe(addDaysIso(oldStart, -3));
  await context.close();
});

test("an organisation can have several roadmaps; the list shows them all", async ({ page }) => {
  const org = await orgWithRoadmap();
  await signInRole(page, org, "owner");
  await page.goto(`/o/${org.org.slug}/roadmaps/new`);
  await page.getByLabel("Leer").check();
  await page.getByLabel("Titel").fill("Skalierung 2027");
  await page.getByLabel("Startdatum").fill(mondayInTwoWeeks());
  await page.getByRole("button", { name: "Fahrplan anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Skalierung 2027" })).toBeVisible();
  await page.getByRole("link", { name: "Alle Fahrpläne" }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Skalierung 2027" })).toBeVisible();
});

test("the org start page asks members to wait for a manager instead of offering the form", async ({
  page,
}) => {
  const org = await createTestOrg();
  await signInRole(page, org, "member");
  await page.goto(`/o/${org.org.slug}`);
  await expect(page.getByRole("heading", { name: "Noch kein Fahrplan" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ersten Fahrplan anlegen" })).toHaveCount(0);
  const response = await page.goto(`/o/${org.org.slug}/roadmaps/new`);
  expect(response?.status()).toBe(403);
});

test("an unapproved gate past its date is shown as overdue on the timeline and the board", async ({
  page,
}) => {
  const org = await createTestOrg();
  const db = e2eDb();
  // A roadmap that started 30 days ago: the analysis gate (day 21) is past and open.
  await db.roadmap.create({
    data: {
      orgId: org.org.id,
      title: "Überfälliger Plan",
      startDate: isoToUtcDate(addDaysIso(todayIso(), -30)),
      status: "active",
      phases: {
        create: [
          { orgId: org.org.id, kind: "analysis", position: 1, startWeek: 1, endWeek: 3 },
          { orgId: org.org.id, kind: "pilot", position: 2, startWeek: 4, endWeek: 8 },
          { orgId: org.org.id, kind: "scale", position: 3, startWeek: 9, endWeek: 12 },
        ],
      },
    },
  });
  await signInRole(page, org, "viewer");
  await page.goto(`/o/${org.org.slug}`);
  const card = page.getByRole("article", { name: /Analyse & Fokus/ });
  await expect(card.getByText("Freigabe überfällig")).toBeVisible();
  await expect(page.getByRole("region", { name: "Zeitplan" })).toContainText("Freigabe überfällig");
  await card.getByRole("link", { name: /Analyse & Fokus/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Analyse & Fokus/ })).toBeVisible();
  await expect(page.getByText("Freigabe überfällig").first()).toBeVisible();
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe on the roadmap screens in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test("overview, boards, task, edit, preview, learnings, budget, list, new, my tasks", async ({
      page,
    }) => {
      // Ten screens, each analysed by axe: a minute on a quiet machine, more on a shared one.
      test.setTimeout(180_000);
      const org = await orgWithRoadmap();
      const task = await e2eDb().task.findFirstOrThrow({
        where: { roadmapId: org.roadmapId },
        select: { id: true },
      });
      await signInRole(page, org, "manager");
      const paths = [
        roadmapUrl(org, org.roadmapId),
        roadmapUrl(org, org.roadmapId, "/phases/analysis"),
        roadmapUrl(org, org.roadmapId, "/phases/pilot?status=done"),
        roadmapUrl(org, org.roadmapId, `/tasks/${task.id}`),
        roadmapUrl(org, org.roadmapId, "/edit"),
        roadmapUrl(org, org.roadmapId, "/learnings"),
        roadmapUrl(org, org.roadmapId, "/budget"),
        `/o/${org.org.slug}/roadmaps`,
        `/o/${org.org.slug}/roadmaps/new`,
        `/o/${org.org.slug}/my-tasks`,
      ];
      for (const path of paths) {
        await page.goto(path);
        await expectNoSeriousViolations(page);
      }
      // A card's menu with the keyboard moves and the quick edit.
      await page.goto(roadmapUrl(org, org.roadmapId, "/phases/analysis"));
      await page
        .getByRole("link", { name: /^Aktionen für/ })
        .first()
        .click();
      await expect(page.getByRole("button", { name: "Nach unten" })).toBeVisible();
      await expectNoSeriousViolations(page);
      // The confirm step of a start-date change.
      await page.goto(roadmapUrl(org, org.roadmapId, "/edit"));
      const start = await page.getByLabel("Startdatum").inputValue();
      await page.getByLabel("Startdatum").fill(addDaysIso(start, 7));
      await page.getByRole("button", { name: "Speichern" }).click();
      await expect(page.getByRole("region", { name: "Das verschiebt sich" })).toBeVisible();
      await expectNoSeriousViolations(page);
      // The empty organisation's call to action.
      const empty = await createTestOrg();
      await page.context().clearCookies();
      await signInRole(page, empty, "owner");
      await page.goto(`/o/${empty.org.slug}`);
      await expectNoSeriousViolations(page);
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the overview's timeline stacks into a list and no roadmap page scrolls sideways", async ({
    page,
  }) => {
    const org = await orgWithRoadmap();
    await signInRole(page, org, "member");
    await page.goto(roadmapUrl(org, org.roadmapId));
    const timeline = page.getByRole("region", { name: "Zeitplan" });
    await expect(timeline.getByRole("link", { name: "2. Pilot mit Governance" })).toBeVisible();
    for (const path of ["", "/phases/pilot", "/learnings", "/budget"]) {
      await page.goto(roadmapUrl(org, org.roadmapId, path));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto(`/o/${org.org.slug}/my-tasks`);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});
