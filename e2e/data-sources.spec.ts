// "Datenbasis prüfen": data sources per use case, one-click quality checks, the
// readiness summary on the use case, the GDPR step pre-filled from the sources, the
// analysis gate's warning at "Datenbasis geprüft"; bad input, roles, German and
// English (axe and phone width: data-sources-a11y.spec.ts).
import type { Page } from "@playwright/test";
import { addDaysIso, todayIso } from "../app/modules/calendar/dates";
import { questionGroup } from "./assessment-helpers";
import { pilotUseCase, seedSource } from "./data-sources-helpers";
import { createTestOrg, E2E_PASSWORD, e2eDb } from "./factories";
import { expect, ORIGIN, signInAs, test } from "./fixtures";

function no5xx(page: Page) {
  page.on("response", (r) => expect(r.status(), r.url()).toBeLessThan(500));
}

test("a special-category data source pre-fills the GDPR step, and a given answer is never overwritten", async ({
  page,
}) => {
  test.setTimeout(60_000);
  no5xx(page);
  const org = await createTestOrg({ withRoadmap: true });
  const useCase = await pilotUseCase(org);
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  const base = `/o/${org.org.slug}/use-cases/${useCase.id}`;

  await page.goto(base);
  const card = page.getByRole("region", { name: "Datenbasis" });
  await expect(card).toContainText("Noch keine Datenquellen erfasst");
  await card.getByRole("link", { name: "Datenquelle erfassen" }).click();

  await page.getByLabel("Name", { exact: true }).fill("Krankmeldungen");
  await page.getByLabel("Quellsystem").fill("Personio");
  await page.getByLabel("Wessen Daten").selectOption({ label: "Beschäftigtendaten" });
  await page.getByLabel("Verantwortlich").selectOption({ label: org.users.member.name });
  await page.getByLabel("Besondere Kategorien (Art. 9 DSGVO)").check();
  await page.getByLabel("Rechtsgrundlage").selectOption("c");
  await page.getByLabel("Aufbewahrung").fill("Bis Ende des Beschäftigungsverhältnisses");
  await page
    .getByRole("group", { name: "An den KI-Anbieter übermittelt?" })
    .getByLabel("Ja")
    .check();
  await page.getByRole("button", { name: "Datenquelle erfassen" }).click();

  await expect(page.getByText("Datenquelle „Krankmeldungen“ erfasst.")).toBeVisible();
  const source = page.getByRole("region", { name: "Krankmeldungen" });
  await expect(source).toContainText("Besondere Kategorien (Art. 9 DSGVO)");
  await expect(source).toContainText("Art. 6 Abs. 1 Buchst. c DSGVO – rechtliche Verpflichtung");
  await expect(source).toContainText(org.users.member.name);
  await expect(page.getByRole("region", { name: "Datenbasis" })).toContainText(
    "Besondere Kategorien (Art. 9 DSGVO) brauchen eine Ausnahme nach Art. 9 Abs. 2",
  );

  // The wizard's GDPR step: Q17 and Q20a are pre-filled from the source, and say so.
  await page.goto(`${base}/assessment/5`);
  const q17 = questionGroup(page, "q17_personal_data");
  await expect(q17.getByLabel("Besondere Kategorien (Art. 9 DSGVO)")).toBeChecked();
  await expect(q17.getByLabel("Daten von Beschäftigten")).toBeChecked();
  await expect(q17.getByLabel("Gewöhnliche personenbezogene Daten")).not.toBeChecked();
  await expect(q17).toContainText("Aus den Datenquellen übernommen – bitte prüfen.");
  const q20a = questionGroup(page, "q20a_vendor_personal_data");
  await expect(q20a.getByLabel("Ja", { exact: true })).toBeChecked();
  await expect(q20a).toContainText("Aus den Datenquellen übernommen");
  await expect(questionGroup(page, "q18_decision_effect")).not.toContainText("Datenquellen");

  // The user can still change it: only "ordinary" is saved, the pre-fill is not.
  await q17.getByLabel("Besondere Kategorien (Art. 9 DSGVO)").uncheck();
  await q17.getByLabel("Daten von Beschäftigten").uncheck();
  await q17.getByLabel("Gewöhnliche personenbezogene Daten").check();
  // The step saves what is given even while other questions are still open.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.getByRole("button", { name: "Speichern und prüfen" }).click(),
  ]);
  const draft = await e2eDb().assessment.findFirstOrThrow({
    where: { useCaseId: useCase.id, status: "draft" },
    select: { answers: true },
  });
  expect((draft.answers as Record<string, unknown>).q17_personal_data).toEqual(["ordinary"]);

  // Back on the step: the given answer stays; the note says what the sources name beyond it.
  await page.goto(`${base}/assessment/5`);
  await expect(q17.getByLabel("Gewöhnliche personenbezogene Daten")).toBeChecked();
  await expect(q17.getByLabel("Besondere Kategorien (Art. 9 DSGVO)")).not.toBeChecked();
  await expect(q17).toContainText(
    "Die Datenquellen nennen außerdem: Besondere Kategorien (Art. 9 DSGVO), Daten von Beschäftigten.",
  );
  await expect(q17).not.toContainText("Aus den Datenquellen übernommen");
});

test("a member checks a source in one click, with an earlier date and a note; a viewer only reads", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const org = await createTestOrg();
  const useCase = await pilotUseCase(org);
  await seedSource(org, useCase.id, "Service-FAQ", ["completeness", "accuracy"]);
  const list = `/o/${org.org.slug}/use-cases/${useCase.id}/data-sources`;

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  no5xx(member);
  await signInAs(member, org.users.member.email, E2E_PASSWORD);
  await member.goto(list);
  const summary = member.getByRole("region", { name: "Datenbasis" });
  await expect(summary).toContainText("0 von 1 Datenquellen vollständig geprüft");
  await expect(summary).toContainText("2 Prüfungen offen");
  // Members record checks; editing, deleting and taking checks back is for managers.
  await expect(member.getByRole("link", { name: /bearbeiten/ })).toHaveCount(0);
  await expect(member.getByRole("link", { name: "Datenquelle erfassen" })).toHaveCount(0);
  await expect(member.getByRole("button", { name: /zurücknehmen/ })).toHaveCount(0);

  await member.getByRole("button", { name: "Aktualität von Service-FAQ: heute geprüft" }).click();
  const timeliness = member.getByRole("listitem").filter({ hasText: "Aktualität" });
  await expect(timeliness).toContainText(`von ${org.users.member.name}`);

  const representativeness = member
    .getByRole("listitem")
    .filter({ hasText: "Repräsentativität und Verzerrung" });
  await representativeness.getByText("Anderes Datum oder Notiz").click();
  const earlier = addDaysIso(todayIso(), -3);
  await representativeness.getByLabel("Geprüft am").fill(earlier);
  await representativeness.getByLabel("Notiz (optional)").fill("Alle Produktlinien abgedeckt.");
  await representativeness.getByRole("button", { name: "Prüfung speichern" }).click();
  await expect(representativeness).toContainText("“Alle Produktlinien abgedeckt.”");
  await expect(summary).toContainText("1 von 1 Datenquellen vollständig geprüft");
  await expect(summary).toContainText("Geprüft");

  const check = await e2eDb().dataSourceCheck.findFirstOrThrow({
    where: { orgId: org.org.id, aspect: "representativeness" },
    select: { checkedOn: true, checkedById: true, note: true },
  });
  expect(check).toEqual({
    checkedOn: new Date(`${earlier}T00:00:00Z`),
    checkedById: org.users.member.id,
    note: "Alle Produktlinien abgedeckt.",
  });
  expect(
    await e2eDb().auditEvent.count({
      where: { orgId: org.org.id, entity: "data_source_check", action: "record" },
    }),
  ).toBe(2);
  await memberContext.close();

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signInAs(viewer, org.users.viewer.email, E2E_PASSWORD);
  await viewer.goto(list);
  await expect(viewer.getByRole("region", { name: "Service-FAQ" })).toContainText(
    "4 von 4 geprüft",
  );
  await expect(viewer.getByRole("button", { name: /heute geprüft/ })).toHaveCount(0);
  for (const path of [`${list}/new`]) {
    expect((await viewer.request.get(path)).status()).toBe(403);
  }
  await viewerContext.close();
});

test("the analysis gate warns at 'Datenbasis geprüft' and links the use cases with unchecked sources", async ({
  page,
}) => {
  test.setTimeout(60_000);
  no5xx(page);
  const org = await createTestOrg({ withRoadmap: true });
  const pilot = await pilotUseCase(org);
  const done = await pilotUseCase(org, "Angebote vorbereiten");
  await seedSource(org, pilot.id, "Ticketsystem", ["completeness"]);
  await seedSource(org, done.id, "Preisliste", [
    "completeness",
    "accuracy",
    "timeliness",
    "representativeness",
  ]);
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  await page.goto(`/o/${org.org.slug}/roadmaps/${org.roadmapId}/phases/analysis`);
  const gate = page.getByRole("region", { name: "Freigabe" });

  // Before ticking: a to-do list, not yet a warning.
  await expect(gate).toContainText("Noch offen, bevor dieses Kriterium abgehakt werden kann:");
  await expect(gate).not.toContainText("Datenbasis nicht vollständig geprüft");
  await gate.getByRole("button", { name: /^Als erfüllt markieren: Datenbasis geprüft/ }).click();
  await expect(gate).toContainText("Datenbasis nicht vollständig geprüft");
  await expect(gate).toContainText("Sie können das Kriterium trotzdem abhaken");
  await expect(gate).toContainText(
    "Antwortentwürfe Kundenservice: 0 von 1 Datenquellen vollständig geprüft",
  );
  // Only the use case with unchecked sources is listed; ticking it was not blocked.
  await expect(gate).not.toContainText("Angebote vorbereiten");
  await expect(
    gate.getByRole("button", { name: /^Als nicht erfüllt markieren: Datenbasis geprüft/ }),
  ).toBeVisible();

  await gate.getByRole("link", { name: "Antwortentwürfe Kundenservice" }).click();
  await expect(page).toHaveURL(new RegExp(`/use-cases/${pilot.id}/data-sources$`));
  await expect(page.getByRole("heading", { level: 1, name: "Datenquellen" })).toBeVisible();
});

test.describe("bad input", () => {
  test("create: missing name and an invalid legal basis are 400s with field errors; values stay", async ({
    page,
  }) => {
    no5xx(page);
    const org = await createTestOrg();
    const useCase = await pilotUseCase(org);
    await signInAs(page, org.users.manager.email, E2E_PASSWORD);
    const url = `/o/${org.org.slug}/use-cases/${useCase.id}/data-sources/new`;

    await page.goto(url);
    await page.getByLabel("Quellsystem").fill("Zammad");
    await page.getByLabel("Aufbewahrung").fill("3 Jahre");
    await page.getByLabel("Gewöhnliche personenbezogene Daten").check();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Datenquelle erfassen" }).click(),
    ]);
    expect(response.status()).toBe(400);
    await expect(page.getByText("Bitte korrigieren Sie die markierten Felder.")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Bitte füllen Sie dieses Feld aus.")).toBeVisible();
    await expect(page.getByLabel("Quellsystem")).toHaveValue("Zammad");
    await expect(page.getByLabel("Aufbewahrung")).toHaveValue("3 Jahre");
    await expect(page.getByLabel("Gewöhnliche personenbezogene Daten")).toBeChecked();

    const bad = await page.request.post(url, {
      headers: { Origin: ORIGIN },
      form: {
        name: "Tickets",
        kind: "customer",
        personalData: "ordinary",
        legalBasis: "g",
        sentToVendor: "vielleicht",
      },
      maxRedirects: 0,
    });
    expect(bad.status()).toBe(400);
    const body = await bad.text();
    expect(body).toContain("Bitte wählen Sie eine Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO");
    expect(body).toContain("Bitte wählen Sie eine der Möglichkeiten.");
    expect(await e2eDb().dataSource.count({ where: { orgId: org.org.id } })).toBe(0);
  });

  test("checks: a date in the future is refused beside the field, the typed values stay", async ({
    page,
  }) => {
    no5xx(page);
    const org = await createTestOrg();
    const useCase = await pilotUseCase(org);
    const source = await seedSource(org, useCase.id, "Ticketsystem");
    await signInAs(page, org.users.member.email, E2E_PASSWORD);
    const list = `/o/${org.org.slug}/use-cases/${useCase.id}/data-sources`;
    await page.goto(list);

    const row = page.getByRole("listitem").filter({ hasText: "Vollständigkeit" });
    await row.getByText("Anderes Datum oder Notiz").click();
    const future = addDaysIso(todayIso(), 10);
    await row.getByLabel("Geprüft am").fill(future);
    await row.getByLabel("Notiz (optional)").fill("Vorgezogen");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      row.getByRole("button", { name: "Prüfung speichern" }).click(),
    ]);
    expect(response.status()).toBe(400);
    await expect(row.getByText("Eine Prüfung kann nicht in der Zukunft liegen.")).toBeVisible();
    await expect(row.getByLabel("Geprüft am")).toHaveValue(future);
    await expect(row.getByLabel("Notiz (optional)")).toHaveValue("Vorgezogen");
    await expect(row.getByText("Offen")).toBeVisible();

    // The same without JavaScript's help, and tampered fields: 400s, never 5xx, nothing stored.
    const forms: Record<string, string>[] = [
      { intent: "check", dataSourceId: source.id, aspect: "accuracy", checkedOn: future },
      { intent: "check", dataSourceId: source.id, aspect: "accuracy", checkedOn: "2026-02-30" },
      { intent: "check", dataSourceId: source.id, aspect: "accuracy", checkedOn: "morgen" },
      { intent: "check", dataSourceId: source.id, aspect: "sharpness" },
      { intent: "check", dataSourceId: "../../etc", aspect: "accuracy" },
      { intent: "explode" },
    ];
    for (const form of forms) {
      const r = await page.request.post(list, { headers: { Origin: ORIGIN }, form });
      expect(r.status(), JSON.stringify(form)).toBe(400);
    }
    expect(await e2eDb().dataSourceCheck.count({ where: { orgId: org.org.id } })).toBe(0);
  });

  test("edit: a stale save is refused with the current values; a stale delete deletes nothing", async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    const org = await createTestOrg();
    const useCase = await pilotUseCase(org);
    const source = await seedSource(org, useCase.id, "Ticketsystem");
    const edit = `/o/${org.org.slug}/use-cases/${useCase.id}/data-sources/${source.id}/edit`;
    const first = await (await browser.newContext()).newPage();
    const second = await (await browser.newContext()).newPage();
    no5xx(first);
    no5xx(second);
    await signInAs(first, org.users.manager.email, E2E_PASSWORD);
    await signInAs(second, org.users.owner.email, E2E_PASSWORD);
    await first.goto(edit);
    await second.goto(edit);

    await first.getByLabel("Name", { exact: true }).fill("Tickets 2026");
    await first.getByRole("button", { name: "Speichern" }).click();
    await expect(first.getByText("Datenquelle gespeichert.")).toBeVisible();

    await second.getByLabel("Name", { exact: true }).fill("Überschrieben");
    await second.getByRole("button", { name: "Speichern" }).click();
    await expect(
      second.getByText("Jemand hat diese Datenquelle inzwischen gespeichert."),
    ).toBeVisible();
    await expect(second.getByLabel("Name", { exact: true })).toHaveValue("Tickets 2026");

    const stale = await second.request.post(edit, {
      headers: { Origin: ORIGIN },
      form: { intent: "delete", version: "1" },
      maxRedirects: 0,
    });
    expect(stale.status()).toBe(409);
    expect(await e2eDb().dataSource.count({ where: { id: source.id } })).toBe(1);

    await second.getByRole("button", { name: "Datenquelle löschen" }).click();
    await expect(second.getByText("Datenquelle „Tickets 2026“ gelöscht.")).toBeVisible();
    await expect(second.getByRole("heading", { name: "Noch keine Datenquellen" })).toBeVisible();
  });
});

test("in English: the sources, the one-click check and the pre-fill note", async ({ page }) => {
  no5xx(page);
  const org = await createTestOrg({ locale: "en" });
  const useCase = await pilotUseCase(org, "Reply drafts");
  await e2eDb().dataSource.create({
    data: {
      orgId: org.org.id,
      useCaseId: useCase.id,
      name: "Support tickets",
      kind: "customer",
      personalData: "ordinary",
      sentToVendor: true,
    },
  });
  await signInAs(page, org.users.manager.email, E2E_PASSWORD);
  const base = `/o/${org.org.slug}/use-cases/${useCase.id}`;
  await page.goto(base);
  const card = page.getByRole("region", { name: "Data basis" });
  await expect(card).toContainText("0 of 1 data sources fully checked");
  await expect(card).toContainText(
    "Support tickets: personal data goes to the AI vendor without a legal basis.",
  );
  await card.getByRole("link", { name: "Manage data sources" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Data sources" })).toBeVisible();
  await page.getByRole("button", { name: "Accuracy of Support tickets: checked today" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Accuracy" })).toContainText(
    `by ${org.users.manager.name}`,
  );
  await page.goto(`${base}/assessment/5`);
  await expect(page.getByText("Taken from the data sources – please check.").first()).toBeVisible();
});
