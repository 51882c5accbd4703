// The value/feasibility matrix stays readable when use cases are rated alike (issue 15):
// the names beside the points never overlap each other or a point, and stay in the chart.
import type { Page } from "@playwright/test";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, signInAs, test } from "./fixtures";

/** Ten use cases crowding the quick-win corner (ratings: value, data, risk, team, effort). */
const CROWD: [string, number, number, number, number, number][] = [
  ["Antwortentwürfe für Kundenservice-Anfragen", 5, 4, 2, 4, 3],
  ["Angebotsentwürfe aus Kundenanfragen", 4, 3, 3, 3, 3],
  ["Lagerwarnungen aus Absatzprognosen", 3, 4, 2, 4, 3],
  ["Rechnungseingang automatisch prüfen", 4, 4, 2, 3, 3],
  ["Reklamationen klassifizieren und weiterleiten", 4, 4, 2, 4, 3],
  ["Wartungsprotokolle zusammenfassen", 4, 3, 2, 4, 3],
  ["Schichtplanung vorschlagen", 3, 4, 3, 3, 3],
  ["Lieferantenbewertung", 3, 4, 2, 3, 3],
  ["Übersetzung technischer Dokumentation", 5, 4, 2, 3, 2],
  ["Angebotskalkulation", 5, 3, 2, 4, 3],
];

/** What a reader would see go wrong with the names, measured in the browser. */
async function nameProblems(page: Page) {
  return page.getByRole("img", { name: /Streudiagramm/ }).evaluate((chart) => {
    const rect = (e: Element) => e.getBoundingClientRect();
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const names = [...chart.querySelectorAll(".matrix-names text")];
    const points = [...chart.querySelectorAll("circle")].map(rect);
    const frame = rect(chart.querySelector("svg")!);
    const problems: string[] = [];
    names.forEach((name, i) => {
      const box = rect(name);
      const label = name.textContent ?? "";
      if (box.left < frame.left || box.right > frame.right) problems.push(`${label}: cut off`);
      for (const other of names.slice(i + 1)) {
        if (overlap(box, rect(other))) problems.push(`${label} overlaps ${other.textContent}`);
      }
      if (points.some((point) => overlap(box, point))) problems.push(`${label} covers a point`);
    });
    return { count: names.length, problems };
  });
}

test("names of use cases rated alike do not collide, on a wide screen and on a phone", async ({
  page,
}) => {
  const org = await createTestOrg();
  await e2eDb().useCase.createMany({
    data: CROWD.map(([title, value, data, risk, team, effort]) => ({
      orgId: org.org.id,
      title,
      ratingValue: value,
      ratingDataQuality: data,
      ratingDataProtection: risk,
      ratingTeamReadiness: team,
      ratingEffort: effort,
    })),
  });
  await signInAs(page, org.users.viewer.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/use-cases/matrix`);
  const chart = page.getByRole("img", { name: /Streudiagramm von 10 Anwendungsfällen/ });
  await expect(chart.locator("circle")).toHaveCount(10);
  // Each name starts with its point's number, the rank in the table; the first chooses first.
  const table = page.getByRole("table");
  const first = (await table.getByRole("row").nth(1).getByRole("link").textContent())!;
  await expect(chart.getByText(new RegExp(`^1 ${first.slice(0, 12)}`))).toBeVisible();
  const wide = await nameProblems(page);
  expect(wide.problems).toEqual([]);
  // Room for (nearly) all of them on a wide screen.
  expect(wide.count).toBeGreaterThanOrEqual(8);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(chart.locator(".matrix-names text").first()).toBeVisible();
  const phone = await nameProblems(page);
  expect(phone.problems).toEqual([]);
  // Fewer fit on a phone; the others keep their number, which the table lists.
  expect(phone.count).toBeLessThan(wide.count);
  await expect(
    page.getByText("Die Zahl im Punkt ist sein Rang in der Tabelle darunter"),
  ).toBeVisible();
});
