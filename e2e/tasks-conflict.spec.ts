import { e2eDb } from "./factories";
import { expect, test } from "./fixtures";
import { orgWithRoadmap, roadmapUrl, signInRole, submitAndWait, taskOf } from "./roadmap-helpers";

test("two people edit the same task: the second save is refused with the current values", async ({
  browser,
}) => {
  const org = await orgWithRoadmap();
  const task = await taskOf(org.roadmapId, org.users.member.id);
  const url = roadmapUrl(org, org.roadmapId, `/tasks/${task.id}`);

  const ownerContext = await browser.newContext();
  const managerContext = await browser.newContext({ javaScriptEnabled: false });
  const owner = await ownerContext.newPage();
  const manager = await managerContext.newPage();
  await signInRole(owner, org, "owner");
  await signInRole(manager, org, "manager");
  await owner.goto(url);
  await manager.goto(url);

  // The owner saves first.
  await owner.getByLabel("Titel", { exact: true }).fill("Kick-off mit dem ganzen Team");
  await owner.getByLabel("Priorität").selectOption("high");
  await owner.getByRole("button", { name: "Aufgabe speichern" }).click();
  await expect(owner.getByRole("status")).toHaveText("Aufgabe gespeichert.");

  // The manager, still on the old version, saves second.
  await manager.getByLabel("Titel", { exact: true }).fill("Kick-off verschieben");
  const response = await submitAndWait(manager, () =>
    manager.getByRole("button", { name: "Aufgabe speichern" }).click(),
  );
  expect(response.status()).toBe(409);
  const conflict = manager.getByRole("region", {
    name: "Jemand anderes hat diese Aufgabe geändert, während Sie sie bearbeitet haben.",
  });
  await expect(conflict).toContainText("Kick-off mit dem ganzen Team");
  await expect(conflict).toContainText("Hoch");
  // What the manager typed is still there; nothing was overwritten.
  await expect(manager.getByLabel("Titel", { exact: true })).toHaveValue("Kick-off verschieben");
  const stored = await e2eDb().task.findUniqueOrThrow({
    where: { id: task.id },
    select: { title: true, version: true },
  });
  expect(stored).toEqual({ title: "Kick-off mit dem ganzen Team", version: task.version + 1 });

  // Knowing the current state, the manager may deliberately save their version.
  await manager.getByRole("button", { name: "Meine Fassung speichern" }).click();
  await expect(manager.getByRole("status")).toHaveText("Aufgabe gespeichert.");
  expect((await e2eDb().task.findUniqueOrThrow({ where: { id: task.id } })).title).toBe(
    "Kick-off verschieben",
  );
  // Both edits are in the history.
  await expect(
    manager.getByRole("region", { name: "Verlauf" }).getByText("Bearbeitet"),
  ).toHaveCount(2);

  await ownerContext.close();
  await managerContext.close();
});
