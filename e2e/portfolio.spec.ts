// The portfolio (issue 16): leadership sees every roadmap of the organisation on one
// timeline with its figures and the chain 1 → 2, and the learnings page of a finished
// roadmap shows where each learning was carried.
import { createRoadmapChain, createTestOrg, E2E_PASSWORD } from "./factories";
import { expect, signInAs, test } from "./fixtures";
import { expectNoSeriousViolations } from "./kpis-helpers";

test("a viewer reads the portfolio of two chained roadmaps and follows a carried learning", async ({
  page,
}) => {
  const org = await createTestOrg();
  const chain = await createRoadmapChain(org);
  await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "Portfolio" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Portfolio" })).toBeVisible();
  await expect(page).toHaveTitle("Portfolio · Fahrplan");

  // Across all roadmaps: the value of the scaled use case over the first roadmap's 90 days
  // (7 h × 50 € × 90/7 weeks; the stopped one counts nothing), its KPI met, one completed.
  const totals = page.getByRole("region", { name: "Über alle Fahrpläne" });
  await expect(totals.getByText("4.500,00 €")).toBeVisible();
  await expect(totals.getByText("1 von 1", { exact: true })).toBeVisible();
  await expect(totals.getByText("1 von 2", { exact: true })).toBeVisible();
  await expect(page.getByText(/Stundensatz × Wochen seit dem Start/)).toBeVisible();

  // The chain, first → next.
  const chains = page.getByRole("region", { name: "Fahrplan-Ketten" });
  await expect(chains.getByRole("link")).toHaveText([chain.first.title, chain.next.title]);

  // One bar per roadmap on the timeline, each a link that says what it stands for.
  const timeline = page.getByRole("region", { name: "Zeitachse" });
  await expect(timeline.getByRole("link")).toHaveCount(2);
  await expect(
    timeline.getByRole("link", {
      name: new RegExp(
        `^${chain.first.title}: .* Abgeschlossen, \\d+\\s%\\s?der Aufgaben erledigt`,
      ),
    }),
  ).toBeVisible();
  await expect(
    timeline.getByRole("link", { name: new RegExp(`^${chain.next.title}: .*folgt auf`) }),
  ).toBeVisible();

  // Each roadmap's figures, and the review's decisions for the finished one.
  const first = page.getByRole("article", { name: chain.first.title });
  await expect(first.getByText("1 von 1 mit Werten")).toBeVisible();
  await expect(first.getByText("1 skalieren · 0 anpassen · 1 stoppen")).toBeVisible();
  await expect(first.getByText("75 %")).toBeVisible();
  await expect(first.getByText(`Fortgesetzt in ${chain.next.title}`)).toBeVisible();
  const next = page.getByRole("article", { name: chain.next.title });
  await expect(next.getByText(`Folgt auf ${chain.first.title}`)).toBeVisible();
  await expect(next.getByText("Abschluss-Review noch nicht abgeschlossen")).toBeVisible();
  // The finished roadmap leads to its decision paper; the running one has none yet.
  await expect(
    first.getByRole("link", { name: `Entscheidungsvorlage: ${chain.first.title}` }),
  ).toHaveAttribute("href", `/o/${org.org.slug}/roadmaps/${chain.first.id}/review`);
  await expect(next.getByRole("link", { name: /^Entscheidungsvorlage/ })).toHaveCount(0);
  await expectNoSeriousViolations(page);

  // The first roadmap's learnings: one carried into the next roadmap as a task, one not.
  await page.goto(`/o/${org.org.slug}/roadmaps/${chain.first.id}/learnings`);
  const carried = page.getByRole("listitem").filter({ hasText: chain.carried.text });
  await expect(carried.getByText(`Übernommen in ${chain.next.title}:`)).toBeVisible();
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: chain.kept.text })
      .getByText(/Nicht übernommen/),
  ).toBeVisible();
  await expect(page.getByText(/fließen in .* nächsten Fahrplan ein/)).toHaveCount(0);
  await expectNoSeriousViolations(page);
  await carried.getByRole("link", { name: chain.carried.task.title }).click();
  await expect(page).toHaveURL(
    new RegExp(`/roadmaps/${chain.next.id}/tasks/${chain.carried.task.id}$`),
  );
  await expect(
    page.getByRole("heading", { level: 1, name: chain.carried.task.title }),
  ).toBeVisible();
});

test("without a roadmap the portfolio leads a manager to the first one", async ({ page }) => {
  const org = await createTestOrg();
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/portfolio`);
  await expect(page.getByRole("heading", { level: 1, name: "Noch kein Fahrplan" })).toBeVisible();
  await page.getByRole("link", { name: "Ersten Fahrplan anlegen" }).click();
  await expect(page).toHaveURL(/\/roadmaps\/new$/);
});
