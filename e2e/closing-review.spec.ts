// The closing review (issue 16): the demo manager closes the demo roadmap with one
// scale, one adjust and one stop decision; a reason left out is refused beside its field;
// leadership (a viewer) then reads the decision paper. Played in a private copy of the
// demo ("Demo ausprobieren"), so the shared demo organisation stays as it is.
import { expectNoSeriousViolations } from "./assessment-helpers";
import { E2E_PASSWORD, e2eDb } from "./factories";
import { expect, hydrated, signInAs, test } from "./fixtures";

test("the demo manager completes the closing review; a viewer reads the decision paper", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Demo ausprobieren" }).click();
  // Making the copy writes a whole organisation: on a busy machine that takes a while.
  await expect(page).toHaveURL(/\/o\/demo-[0-9a-f]+\/roadmaps\//, { timeout: 30_000 });
  const [, , slug, , roadmapId] = new URL(page.url()).pathname.split("/");
  const db = e2eDb();
  const org = await db.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const roadmap = await db.roadmap.findUniqueOrThrow({
    where: { id: roadmapId, orgId: org.id },
    select: { id: true, title: true },
  });
  // The demo's two candidates join its roadmap: three use cases to decide on.
  await db.useCase.updateMany({
    where: { orgId: org.id, roadmapId: null },
    data: { roadmapId: roadmap.id },
  });
  const scale = "Antwortentwürfe für Kundenservice-Anfragen";
  const adjust = "Angebotsentwürfe aus Kundenanfragen";
  const stop = "Lagerwarnungen aus Absatzprognosen";

  // From the overview's "Abschließen" to the review.
  await page.getByRole("link", { name: "Abschließen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Abschlussreview" })).toBeVisible();
  await expect(page).toHaveTitle(`Abschlussreview · ${roadmap.title} · Fahrplan`);
  const kpis = page.getByRole("region", { name: "Kennzahlen: Ergebnis gegen Ziel" });
  await expect(kpis.getByRole("table")).toBeVisible();
  await expectNoSeriousViolations(page);

  const card = (title: string) => page.getByRole("region", { name: title, exact: true });
  await card(scale)
    .getByRole("radio", { name: /^Skalieren/ })
    .check();
  await card(scale).getByLabel("Weitere Teams oder Standorte", { exact: true }).fill("3");
  await card(adjust)
    .getByRole("radio", { name: /^Anpassen/ })
    .check();
  await card(stop)
    .getByRole("radio", { name: /^Stoppen/ })
    .check();
  await card(stop)
    .getByLabel("Begründung", { exact: true })
    .fill("Prognosen zu ungenau, kein Nutzen im Lager.");
  await page
    .getByLabel("Zusammenfassung für die Geschäftsführung")
    .fill("Kundenservice skalieren.");

  // The adjust decision without a reason: refused beside it, nothing stored.
  await page.getByRole("button", { name: "Review abschließen" }).click();
  const reason = card(adjust).getByLabel("Begründung", { exact: true });
  await expect(card(adjust)).toContainText("Bitte begründen Sie das Anpassen oder Stoppen.");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  expect(
    (await db.roadmap.findUniqueOrThrow({ where: { id: roadmap.id }, select: { status: true } }))
      .status,
  ).toBe("active");
  expect(await db.useCaseDecision.count({ where: { orgId: org.id } })).toBe(0);

  // What was typed is still there; the reason completes it.
  await expect(card(stop).getByLabel("Begründung", { exact: true })).toHaveValue(
    "Prognosen zu ungenau, kein Nutzen im Lager.",
  );
  await reason.fill("Erst die Stücklisten-Daten bereinigen.");
  await page.getByRole("button", { name: "Review abschließen" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Entscheidungsvorlage: ${roadmap.title}` }),
  ).toBeVisible();
  const stored = await db.useCase.findMany({
    where: { orgId: org.id, roadmapId: roadmap.id },
    select: { title: true, status: true },
  });
  expect(Object.fromEntries(stored.map((u) => [u.title, u.status]))).toEqual({
    [scale]: "scaled",
    [adjust]: "candidate",
    [stop]: "stopped",
  });
  expect(
    (await db.roadmap.findUniqueOrThrow({ where: { id: roadmap.id }, select: { status: true } }))
      .status,
  ).toBe("completed");

  // Leadership reads the paper from the completed roadmap's overview, dark and on a phone.
  const viewer = await db.membership.findFirstOrThrow({
    where: { orgId: org.id, role: "viewer" },
    select: { user: { select: { email: true } } },
  });
  const context = await browser.newContext({
    locale: "de-DE",
    colorScheme: "dark",
    viewport: { width: 390, height: 844 },
  });
  const reader = await context.newPage();
  await signInAs(reader, viewer.user.email, E2E_PASSWORD);
  await reader.goto(`/o/${slug}/roadmaps/${roadmap.id}`);
  await reader.getByRole("link", { name: "Entscheidungsvorlage" }).click();
  const paper = reader.getByRole("article").first();
  await expect(
    reader.getByRole("heading", { level: 1, name: `Entscheidungsvorlage: ${roadmap.title}` }),
  ).toBeVisible();
  await expect(paper).toContainText("Kundenservice skalieren.");
  await expect(paper.getByRole("article", { name: scale })).toContainText("Skalieren");
  await expect(paper.getByRole("article", { name: scale })).toContainText(
    "3 weitere Teams oder Standorte",
  );
  await expect(paper.getByRole("article", { name: adjust })).toContainText(
    "Erst die Stücklisten-Daten bereinigen.",
  );
  await expect(paper.getByRole("article", { name: stop })).toContainText("Stoppen");
  // The print button needs JavaScript: it shows once React has taken the page over.
  await hydrated(reader);
  await expect(
    reader.getByRole("button", { name: "Drucken oder als PDF speichern" }),
  ).toBeVisible();
  await expect(reader.getByRole("radio")).toHaveCount(0);
  await expectNoSeriousViolations(reader);
  await context.close();
});
