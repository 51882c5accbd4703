import { e2eDb } from "./factories";
import { expect, hydrated, test } from "./fixtures";
import { orgWithRoadmap, roadmapUrl, signInRole } from "./roadmap-helpers";

test("manager checks the exit criteria and requests approval; a designated viewer approves with a comment", async ({
  browser,
}) => {
  const org = await orgWithRoadmap();
  await e2eDb().membership.updateMany({
    where: { orgId: org.org.id, userId: org.users.viewer.id },
    data: { canApproveGates: true },
  });
  const board = roadmapUrl(org, org.roadmapId, "/phases/analysis");

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signInRole(manager, org, "manager");
  await manager.goto(board);
  const gate = manager.getByRole("region", { name: "Freigabe" });
  await expect(gate).toContainText("0 von 5 Kriterien erfüllt");
  // Escape is the panel's script (a deferred part, decision 0021): wait until its code
  // has come and React has taken the panel over, as a person's first keystroke would.
  await hydrated(manager);
  await manager.waitForLoadState("networkidle");
  // Removing a criterion asks first; Escape backs out, the confirmation removes it.
  const remove = gate.getByLabel(/^Kriterium entfernen:/).last();
  await remove.click();
  await manager.keyboard.press("Escape");
  await expect(remove).toBeFocused();
  await expect(gate).toContainText("0 von 5 Kriterien erfüllt");
  await remove.click();
  await gate.getByRole("button", { name: "Ja, entfernen" }).click();
  await expect(gate).toContainText("0 von 4 Kriterien erfüllt");
  const first = gate.getByRole("button", { name: /^Als erfüllt markieren:/ }).first();
  await first.click();
  await expect(gate).toContainText("1 von 4 Kriterien erfüllt");
  await gate.getByRole("button", { name: "Freigabe anfordern" }).click();
  await expect(manager.getByText("Freigabe angefordert.", { exact: false }).first()).toBeVisible();
  await expect(gate).toContainText(`Freigabe angefordert von ${org.users.manager.name}`);
  // A manager may ask, not decide.
  await expect(gate.getByRole("button", { name: "Freigeben" })).toHaveCount(0);
  await managerContext.close();

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signInRole(viewer, org, "viewer");
  await viewer.goto(board);
  const viewerGate = viewer.getByRole("region", { name: "Freigabe" });
  await viewerGate.getByLabel("Kommentar").fill("Passt. Betriebsrat ist informiert.");
  await viewerGate.getByRole("button", { name: "Freigeben" }).click();
  await expect(viewer.getByText("Freigabe erteilt.")).toBeVisible();
  await expect(viewerGate).toContainText(`Freigegeben von ${org.users.viewer.name}`);
  await expect(viewerGate).toContainText("Passt. Betriebsrat ist informiert.");
  // The approved checklist is locked.
  await expect(viewerGate.getByRole("button", { name: /Als erfüllt markieren/ })).toHaveCount(0);

  const phase = await e2eDb().phase.findFirstOrThrow({
    where: { roadmapId: org.roadmapId, kind: "analysis" },
    select: { gateStatus: true, gateDecidedById: true, gateComment: true },
  });
  expect(phase).toEqual({
    gateStatus: "approved",
    gateDecidedById: org.users.viewer.id,
    gateComment: "Passt. Betriebsrat ist informiert.",
  });
  const events = await e2eDb().auditEvent.findMany({
    where: { orgId: org.org.id, entity: "gate" },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true },
  });
  expect(events).toEqual([
    { action: "request", actorId: org.users.manager.id },
    { action: "approve", actorId: org.users.viewer.id },
  ]);

  // On the overview the gate shows approved.
  await viewer.goto(roadmapUrl(org, org.roadmapId));
  await expect(
    viewer.getByRole("article", { name: /Analyse & Fokus/ }).getByText("Freigegeben"),
  ).toBeVisible();
  await viewerContext.close();
});

test("a viewer without the gate permission sees the request but cannot decide, and the server refuses", async ({
  page,
}) => {
  const org = await orgWithRoadmap();
  await e2eDb().phase.updateMany({
    where: { roadmapId: org.roadmapId, kind: "pilot" },
    data: {
      gateStatus: "requested",
      gateRequestedAt: new Date(),
      gateRequestedById: org.users.manager.id,
    },
  });
  await signInRole(page, org, "viewer");
  const board = roadmapUrl(org, org.roadmapId, "/phases/pilot");
  await page.goto(board);
  const gate = page.getByRole("region", { name: "Freigabe" });
  await expect(gate).toContainText("Wartet auf eine Inhaberin");
  await expect(gate.getByRole("button", { name: "Freigeben" })).toHaveCount(0);
  const response = await page.request.post(`${board}/gate`, {
    form: { intent: "gate-decide", decision: "approve", comment: "" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(403);
});

test("an owner rejects with a reason; the manager can ask again", async ({ page }) => {
  const org = await orgWithRoadmap();
  await e2eDb().phase.updateMany({
    where: { roadmapId: org.roadmapId, kind: "pilot" },
    data: {
      gateStatus: "requested",
      gateRequestedAt: new Date(),
      gateRequestedById: org.users.manager.id,
    },
  });
  await signInRole(page, org, "owner");
  await page.goto(roadmapUrl(org, org.roadmapId, "/phases/pilot"));
  const gate = page.getByRole("region", { name: "Freigabe" });
  await gate.getByLabel("Kommentar").fill("Monitoring fehlt noch.");
  await gate.getByRole("button", { name: "Ablehnen" }).click();
  await expect(gate).toContainText(`Abgelehnt von ${org.users.owner.name}`);
  await expect(gate).toContainText("Monitoring fehlt noch.");
  await expect(gate.getByRole("button", { name: "Freigabe anfordern" })).toBeVisible();
});
