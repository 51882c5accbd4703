// The first hour (issue 15, item 12): from signing up to a complete, dated plan — three
// phases, at least 20 owned tasks spread over two people, at least three KPIs with
// targets — in at most 12 actions of the person who signs up. An action is one field
// filled, one choice made or one click; the colleague's own steps to join are theirs.
import type { Page } from "@playwright/test";
import { e2eDb, randomSuffix } from "./factories";
import { expect, test } from "./fixtures";
import { mailedLink, signUpLink } from "./mail";

const PASSWORD = "Lange-Passphrase-fuer-Tests";

test("sign-up to a complete dated plan in at most 12 actions", async ({ browser }) => {
  const suffix = randomSuffix();
  const context = await browser.newContext();
  const page = await context.newPage();
  let actions = 0;
  const act = async (step: (page: Page) => Promise<unknown>) => {
    actions += 1;
    await step(page);
  };

  await page.goto("/sign-up");
  await act((p) => p.getByLabel("Ihr Name").fill("Greta Gründerin"));
  await act((p) => p.getByLabel("Geschäftliche E-Mail").fill(`greta-${suffix}@e2e.test`));
  await act((p) => p.getByLabel("Passwort").fill(PASSWORD));
  await act((p) => p.getByRole("button", { name: "Konto anlegen" }).click());
  // The address is confirmed by the link in the mail (decision 0013): one click there.
  const link = await signUpLink(`greta-${suffix}@e2e.test`);
  await act((p) => p.goto(link));
  await act((p) => p.getByLabel("Firmenname").fill(`Erste Stunde ${suffix} GmbH`));
  await act((p) => p.getByRole("button", { name: "Organisation anlegen" }).click());

  // The empty start page: bring a colleague in, then create the roadmap.
  const invite = page.getByRole("region", { name: "Zuerst das Team dazuholen" });
  await act(() => invite.getByLabel("E-Mail").fill(`kai-${suffix}@e2e.test`));
  await act(() => invite.getByRole("button", { name: "Einladung erstellen" }).click());
  // The invitation goes out by mail; the colleague takes the link from there.
  const inviteLink = await mailedLink(
    `kai-${suffix}@e2e.test`,
    /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{40,}/,
  );

  // The colleague joins through the link (their steps, not counted).
  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(inviteLink);
  await colleague.getByLabel("Ihr Name").fill("Kai Kollege");
  await colleague.getByLabel("Passwort").fill(PASSWORD);
  await colleague.getByRole("button", { name: "Einladung annehmen" }).click();
  await expect(colleague).toHaveURL(/\/o\/erste-stunde-/);

  await act((p) => p.getByRole("link", { name: "Ersten Fahrplan anlegen" }).click());
  // The pilot goes to the colleague and three KPIs are ticked with typical figures:
  // the manager only names the process.
  await expect(page.getByLabel("Pilot mit Governance")).toHaveValue(/.+/);
  await act((p) => p.getByLabel("Schwerpunkt").fill("Kundenanfragen"));
  await act((p) => p.getByRole("button", { name: "Fahrplan anlegen" }).click());
  await expect(page).toHaveURL(/\/roadmaps\/(?!new$)[a-z0-9]+$/);

  console.log(`First hour: sign-up to a complete dated plan in ${actions} actions.`);
  expect(actions).toBeLessThanOrEqual(12);

  const roadmapId = page.url().split("/").pop()!;
  const db = e2eDb();
  const phases = await db.phase.count({ where: { roadmapId } });
  const tasks = await db.task.findMany({
    where: { roadmapId, ownerId: { not: null } },
    select: { ownerId: true, dueDate: true },
  });
  const kpis = await db.kpi.findMany({ where: { roadmapId }, select: { target: true } });
  expect(phases).toBe(3);
  expect(tasks.length).toBeGreaterThanOrEqual(20);
  expect(new Set(tasks.map((t) => t.ownerId)).size).toBeGreaterThanOrEqual(2);
  expect(kpis.length).toBeGreaterThanOrEqual(3);
  // The overview shows the plan with both people on it.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
