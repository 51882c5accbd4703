// The AI register and its CSV export; with issue 14 they, and the leadership report,
// carry the governance evidence of each use case (oversight, AI literacy, data basis).
import { formatDate } from "../app/lib/i18n/format";
import { isoToUtcDate, todayIso } from "../app/modules/calendar/dates";
import { germanCsvRows } from "./csv-helpers";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import { expect, signInAs, test } from "./fixtures";
import { createPilotUseCase, createReviewRow } from "./oversight-helpers";

/**
 * A piloting use case owned by the member, with two review sessions today (20 checked,
 * 4 corrected or rejected: 20 %), one of them a high incident; the member trained in
 * the basics (a team of one, fully trained); one data source with one check of four.
 */
async function useCaseWithEvidence(org: TestOrg) {
  const db = e2eDb();
  const orgId = org.org.id;
  const useCase = await createPilotUseCase(org);
  await createReviewRow(org, useCase.id);
  await db.oversightReview.create({
    data: {
      orgId,
      useCaseId: useCase.id,
      date: isoToUtcDate(todayIso()),
      reviewerId: org.users.member.id,
      reviewedCount: 10,
      approvedCount: 8,
      correctedCount: 1,
      rejectedCount: 1,
      hasIncident: true,
      incidentSeverity: "high",
      incidentDescription: "Eine falsche Kündigungsfrist genannt",
    },
  });
  const training = await db.training.create({
    data: { orgId, title: "KI-Grundlagen", topic: "basics", format: "workshop" },
    select: { id: true },
  });
  await db.trainingCompletion.create({
    data: {
      orgId,
      trainingId: training.id,
      userId: org.users.member.id,
      completedOn: isoToUtcDate(todayIso()),
    },
  });
  const source = await db.dataSource.create({
    data: {
      orgId,
      useCaseId: useCase.id,
      name: "Tickets",
      kind: "customer",
      personalData: "ordinary",
    },
    select: { id: true },
  });
  await db.dataSourceCheck.create({
    data: { orgId, dataSourceId: source.id, aspect: "completeness", checkedOn: new Date() },
  });
  return useCase;
}

test("the register, its CSV and the report show each use case's oversight, training and data basis", async ({
  page,
}) => {
  test.slow(); // three pages and a download
  const org = await createTestOrg({ withRoadmap: true });
  const useCase = await useCaseWithEvidence(org);
  await e2eDb().useCase.create({ data: { orgId: org.org.id, title: "Lagerwarnungen" } });

  await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/governance/register`);
  const row = page.getByRole("row", { name: new RegExp(useCase.title) });
  await expect(row).toContainText(/2 Prüfungen in 30 Tagen · 20\s%\skorrigiert/);
  await expect(row).toContainText(`Letzter Vorfall ${formatDate(todayIso(), "de")} (Hoch)`);
  await expect(row).toContainText("Team: 1 von 1 geschult");
  await expect(row).toContainText("Daten: 0 von 1 Quellen geprüft");
  // A use case without records says so, line by line.
  const bare = page.getByRole("row", { name: /Lagerwarnungen/ });
  await expect(bare).toContainText("Keine Prüfung in den letzten 30 Tagen");
  await expect(bare).toContainText("Kein Vorfall erfasst");
  await expect(bare).toContainText("Keine Datenquellen erfasst");

  const { text } = germanCsvRows(
    await (await page.request.get(`/o/${org.org.slug}/governance/register.csv`)).body(),
  );
  const [header, ...lines] = text.trimEnd().split("\r\n");
  expect(header).toContain(
    "Dokumentation;Aufsichtsprüfungen (30 Tage);Korrekturquote in % (30 Tage);Letzter Vorfall;Offene Vorfälle (hoch);Geschulte im Team (Art. 4 KI-VO);Teamgröße;Datenquellen;Datenquellen vollständig geprüft;",
  );
  const line = lines.find((l) => l.startsWith(useCase.title));
  expect(line).toContain(`;Nicht bewertet;2;20;${todayIso()} (Hoch);1;1;1;1;0;`);

  await page.goto(`/o/${org.org.slug}/reports/${org.roadmapId}`);
  const governance = page.getByRole("region", { name: "Governance", exact: true });
  const reported = governance.getByRole("row", { name: new RegExp(useCase.title) });
  await expect(reported.getByRole("cell").nth(0)).toHaveText("2");
  await expect(reported.getByRole("cell").nth(1)).toHaveText(/^20\s%$/);
  await expect(reported.getByRole("cell").nth(2)).toHaveText(
    `${formatDate(todayIso(), "de")} · Hoch`,
  );
  await expect(reported.getByRole("cell").nth(3)).toHaveText("1 von 1");
  await expect(reported.getByRole("cell").nth(4)).toHaveText("0 von 1");
  // The open high incident is part of the governance section, with its description.
  await expect(governance.getByText("Eine falsche Kündigungsfrist genannt")).toBeVisible();
});

test("a viewer reads the AI register and exports it as CSV", async ({ page }) => {
  const org = await createTestOrg();
  const db = e2eDb();
  const assessed = await db.useCase.create({
    data: { orgId: org.org.id, title: "=Bewerbungen vorsortieren", area: "hr" },
    select: { id: true },
  });
  await db.assessment.create({
    data: {
      orgId: org.org.id,
      useCaseId: assessed.id,
      status: "completed",
      answers: {},
      result: {
        tier: "high_risk",
        roles: ["deployer"],
        judgements: [{ code: "x" }, { code: "y" }],
      },
      tier: "high_risk",
      rulesetVersion: "2025-02-original.1",
      completedAt: new Date("2026-01-15T10:00:00Z"),
    },
  });
  await db.useCase.create({
    data: { orgId: org.org.id, title: "Lagerwarnungen", area: "inventory" },
  });

  await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}`);
  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "KI-Register" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "KI-Register" })).toBeVisible();
  const row = page.getByRole("row", { name: /Bewerbungen vorsortieren/ });
  await expect(row).toContainText("Hochrisiko");
  await expect(row).toContainText("Betreiber");
  await expect(row).toContainText("15. Jan. 2026");
  await expect(row).toContainText("2025-02-original.1");
  await expect(row).toContainText("Veraltet");
  await expect(row.getByText("2", { exact: true })).toBeVisible();
  await expect(page.getByRole("row", { name: /Lagerwarnungen/ })).toContainText("Nicht bewertet");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Als CSV exportieren" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^ki-register-${org.org.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
  );
  const response = await page.request.get(`/o/${org.org.slug}/governance/register.csv`);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=/);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = germanCsvRows(await response.body())
    .text.trimEnd()
    .split("\r\n");
  expect(lines[0]).toBe(
    "Anwendungsfall;Bereich;Status;Risikostufe;Rolle;Bewertet am;Regelwerk;Offene Rechtsfragen;Dokumentation;Aufsichtsprüfungen (30 Tage);Korrekturquote in % (30 Tage);Letzter Vorfall;Offene Vorfälle (hoch);Geschulte im Team (Art. 4 KI-VO);Teamgröße;Datenquellen;Datenquellen vollständig geprüft;Verantwortlich;Fahrplan;Archiviert",
  );
  expect(lines).toContain(
    "'=Bewerbungen vorsortieren;Personal;Kandidat;Hochrisiko;Betreiber;2026-01-15;2025-02-original.1;2;Veraltet;0;;;0;0;0;0;0;;;Nein",
  );
});
