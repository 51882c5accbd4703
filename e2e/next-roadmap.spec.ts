// The next roadmap from a completed closing review (issue 16): the manager opens the
// form from the finished roadmap, a start before the old one is refused beside the field, one KPI
// target is changed, the draft is generated with the carried work and started, and the
// roadmaps list shows the chain. Generating again creates nothing. The review itself is
// made in the database (its page is tested on its own).
import { addDaysIso } from "../app/modules/calendar/dates";
import { createCompletedReview, createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, ORIGIN, signInAs, test } from "./fixtures";

test("a manager generates, checks and starts the next roadmap from a completed review", async ({
  page,
}) => {
  const o = await createTestOrg({ withRoadmap: true });
  const review = await createCompletedReview(o, { rolloutUnits: 2 });
  const db = e2eDb();
  const old = await db.roadmap.findUniqueOrThrow({
    where: { id: o.roadmapId! },
    select: { title: true },
  });
  await signInAs(page, o.users.manager.email, E2E_PASSWORD);

  // The finished roadmap offers the next one.
  await page.goto(`/o/${o.org.slug}/roadmaps/${o.roadmapId}`);
  await page.getByRole("link", { name: "Nächsten Fahrplan erstellen" }).click();
  await expect(page).toHaveURL(new RegExp(`/roadmaps/${o.roadmapId}/next$`));
  await expect(page).toHaveTitle("Nächsten Fahrplan erstellen · Fahrplan");
  await expect(page.getByLabel("Titel")).toHaveValue("Skalierung: Angebote");
  const main = page.getByRole("main");
  await expect(main).toContainText("9,5 Minuten");
  await expect(main).toContainText("2 weitere Teams bzw. Standorte");

  // The method's 90 days, phase by phase, as the default length; a start before the old
  // roadmap's is refused beside the field, and nothing is created.
  await expect(page.getByLabel("Dauer in Tagen")).toHaveValue("90");
  await expect(main).toContainText(
    "Die 90 Tage der Methode: Analyse 21, Pilot 35, Auswerten und Skalieren 34 Tage",
  );
  const start = page.getByLabel("Startdatum");
  const suggested = await start.inputValue();
  await start.fill("2000-01-03");
  await page.getByRole("button", { name: "Entwurf erzeugen" }).click();
  await expect(start).toHaveAttribute("aria-invalid", "true");
  await expect(main).toContainText("kann nicht vor dem vorigen beginnen");
  expect(await db.roadmap.count({ where: { orgId: o.org.id } })).toBe(1);
  // A length outside 30–365 days, sent by hand, is refused too.
  const longer = await page.request.post(`/o/${o.org.slug}/roadmaps/${o.roadmapId}/next`, {
    form: { startDate: suggested, lengthDays: "1000", title: "Zu lang" },
    headers: { Origin: ORIGIN },
    maxRedirects: 0,
  });
  expect(longer.status()).toBe(400);
  expect(await db.roadmap.count({ where: { orgId: o.org.id } })).toBe(1);

  // Keyboard only: 60 days instead of 90, the KPI's target confirmed at 7, then generate.
  await start.fill(suggested);
  await page.getByLabel("Dauer in Tagen").fill("60");
  const target = page.getByLabel("Zielwert für Bearbeitungszeit");
  await target.fill("7");
  await target.press("Enter");
  await expect(page).not.toHaveURL(/\/next$/);
  const next = await db.roadmap.findFirstOrThrow({
    where: { orgId: o.org.id, predecessorId: o.roadmapId! },
    select: { id: true, status: true, lengthDays: true },
  });
  expect([next.status, next.lengthDays]).toEqual(["draft", 60]);
  await expect(page).toHaveURL(new RegExp(`/roadmaps/${next.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Skalierung: Angebote");
  // The overview counts the roadmap's own 60 days: 8 plan weeks, the last day 59 days on.
  const end = new Date(`${addDaysIso(suggested, 59)}T00:00:00Z`).toLocaleDateString("de-DE", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  await expect(main).toContainText(end);
  await expect(main.getByText("W8", { exact: true }).first()).toBeAttached();
  await expect(main.getByText("W9", { exact: true })).toHaveCount(0);
  await expect(main.getByRole("link", { name: old.title, exact: true })).toBeVisible();
  await expect(main).toContainText("Folgt auf");

  // The carried work: rollout tasks in the pilot, the learning to change in the analysis.
  await page.goto(`/o/${o.org.slug}/roadmaps/${next.id}/phases/pilot`);
  await expect(main).toContainText("Angebote ausrollen: Team bzw. Standort 1 von 2");
  await expect(main).toContainText("Angebote ausrollen: Team bzw. Standort 2 von 2");
  await page.goto(`/o/${o.org.slug}/roadmaps/${next.id}/phases/analysis`);
  await expect(main).toContainText("Ändern: Vorlagen vereinfachen");
  // The KPI, baseline = the last value, with the confirmed target.
  const kpi = await db.kpi.findFirstOrThrow({
    where: { roadmapId: next.id, carriedFromId: review.kpiId },
    select: { id: true, baseline: true, target: true },
  });
  expect([kpi.baseline, kpi.target]).toEqual([9.5, 7]);
  await page.goto(`/o/${o.org.slug}/kpis/${kpi.id}`);
  await expect(main).toContainText("9,5");

  // Start the draft.
  await page.goto(`/o/${o.org.slug}/roadmaps/${next.id}`);
  await page.getByRole("button", { name: "Fahrplan starten" }).click();
  await expect(main.getByText("Aktiv", { exact: true }).first()).toBeVisible();

  // The chain in the roadmaps list: the old one is followed by the new one and back.
  await page.goto(`/o/${o.org.slug}/roadmaps`);
  const cards = main.getByRole("article");
  await expect(cards.filter({ hasText: "Gefolgt von" })).toContainText("Skalierung: Angebote");
  await expect(cards.filter({ hasText: "Folgt auf" })).toContainText(old.title);

  // Generating again: the page links to the successor, and a second post creates nothing.
  await page.goto(`/o/${o.org.slug}/roadmaps/${o.roadmapId}/next`);
  await expect(main.getByRole("link", { name: "„Skalierung: Angebote“ öffnen" })).toBeVisible();
  const again = await page.request.post(`/o/${o.org.slug}/roadmaps/${o.roadmapId}/next`, {
    form: { startDate: "2030-01-07", lengthDays: "90", title: "Noch einmal" },
    headers: { Origin: ORIGIN },
    maxRedirects: 0,
  });
  expect(again.status()).toBe(302);
  expect(again.headers()["location"]).toBe(`/o/${o.org.slug}/roadmaps/${next.id}`);
  expect(await db.roadmap.count({ where: { orgId: o.org.id } })).toBe(2);
});

test("the next-roadmap form fits a phone in English and dark mode, and says when the review is missing", async ({
  page,
}) => {
  const o = await createTestOrg({ withRoadmap: true, locale: "en" });
  await signInAs(page, o.users.manager.email, E2E_PASSWORD);
  // Without a completed review there is nothing to generate from, and the page says why.
  await page.goto(`/o/${o.org.slug}/roadmaps/${o.roadmapId}/next`);
  await expect(page.getByRole("main")).toContainText("The closing review is not completed yet");
  await expect(page.getByRole("button", { name: "Generate the draft" })).toHaveCount(0);

  await createCompletedReview(o);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/o/${o.org.slug}/roadmaps/${o.roadmapId}/next`);
  await expect(page).toHaveTitle("Create the next roadmap · Fahrplan");
  await expect(page.getByRole("main")).toContainText("90 days: analysis 21, pilot 35");
  await expect(page.getByLabel("Target for Bearbeitungszeit")).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
