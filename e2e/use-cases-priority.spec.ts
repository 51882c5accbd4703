// The AI Act result in the prioritisation (issue 15): a high-risk use case carries the
// work of its obligations, a prohibited one is left off the value/feasibility matrix.
import { RULESET_VERSION } from "../app/modules/assessments/ruleset";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, signInAs, test } from "./fixtures";

test("the AI Act result counts in the priority: high risk costs feasibility, prohibited is left off", async ({
  page,
}) => {
  const org = await createTestOrg();
  const db = e2eDb();
  // The documented example: value 4, data 3, risk 2, team 4, effort 3 → feasibility 3.5, score 56.
  const ratings = {
    ratingValue: 4,
    ratingDataQuality: 3,
    ratingDataProtection: 2,
    ratingTeamReadiness: 4,
    ratingEffort: 3,
  };
  const assessed = async (title: string, tier: "high_risk" | "prohibited") => {
    const useCase = await db.useCase.create({
      data: { orgId: org.org.id, title, ...ratings },
      select: { id: true },
    });
    await db.assessment.create({
      data: {
        orgId: org.org.id,
        useCaseId: useCase.id,
        authorId: org.users.manager.id,
        status: "completed",
        answers: {},
        result: { tier, roles: ["deployer"], obligations: [], judgements: [] },
        tier,
        rulesetVersion: RULESET_VERSION,
        completedAt: new Date(),
      },
    });
    return useCase.id;
  };
  const highRisk = await assessed("Bewerbungen vorsortieren", "high_risk");
  await assessed("Emotionserkennung im Kundengespräch", "prohibited");
  await db.useCase.create({ data: { orgId: org.org.id, title: "Angebotsentwürfe", ...ratings } });

  await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/use-cases/matrix`);
  const left = page.getByRole("region", { name: "Nicht in der Matrix" });
  await expect(left.getByRole("link")).toHaveText(["Emotionserkennung im Kundengespräch"]);
  const chart = page.getByRole("img", { name: /Streudiagramm von 2 Anwendungsfällen/ });
  await expect(chart.locator("circle")).toHaveCount(2);
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row", { name: /Angebotsentwürfe/ })).toContainText("3,5");
  await expect(table.getByRole("row", { name: /Bewerbungen vorsortieren/ })).toContainText("48");

  await page.goto(`/o/${org.org.slug}/use-cases/${highRisk}`);
  await page.getByText("So wird der Wert berechnet").click();
  await expect(
    page.getByText(/÷ 4 − 0,5 für hohes Risiko = 3; 4 ÷ 5 × 3 ÷ 5 × 100 = 48/),
  ).toBeVisible();
});
