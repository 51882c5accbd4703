// Webhooks: a manager registers an endpoint (a receiver this test starts on 127.0.0.1,
// allowed by WEBHOOKS_ALLOW_LOCALHOST=1 in playwright.config.ts), sees its secret once,
// completes a task and finds the signed delivery in the log; resends it; viewers are
// refused; the page under axe in light and dark, on a phone, and in English.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createHmac } from "node:crypto";
import { createTestOrg, e2eDb } from "./factories";
import { expect, hydrated, test } from "./fixtures";
import {
  expectNoSeriousViolations,
  orgWithRoadmap,
  roadmapUrl,
  signInRole,
  taskOf,
} from "./roadmap-helpers";

type Got = { id: string; event: string; signature: string; body: string };

async function startReceiver() {
  const got: Got[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      got.push({
        id: String(req.headers["fahrplan-webhook-id"]),
        event: String(req.headers["fahrplan-event"]),
        signature: String(req.headers["fahrplan-signature"]),
        body,
      });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/fahrplan`,
    got,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test("a manager registers a webhook, sees the secret once, and a completed task arrives signed", async ({
  page,
}) => {
  const receiver = await startReceiver();
  try {
    const org = await orgWithRoadmap();
    const task = await taskOf(org.roadmapId, org.users.manager.id);
    await signInRole(page, org, "manager");
    // Managers reach the page from the main navigation's Integrationen.
    await page
      .getByRole("navigation", { name: "Hauptnavigation" })
      .getByRole("link", { name: "Integrationen" })
      .first()
      .click();
    await page.getByRole("main").getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await expect(page.getByText("Noch keine Webhooks.")).toBeVisible();
    await hydrated(page);

    // Bad input: field messages, nothing stored.
    await page.getByLabel("URL").fill("http://hooks.example.com/x");
    await page.getByRole("button", { name: "Endpunkt anlegen" }).click();
    await expect(page.getByText("Nur https://-Adressen sind möglich.")).toBeVisible();
    await expect(page.getByText("Bitte mindestens ein Ereignis wählen.")).toBeVisible();

    await page.getByLabel("URL").fill(receiver.url);
    await page.getByLabel("Beschreibung (optional)").fill("Ticketsystem");
    await page.getByRole("checkbox", { name: /Aufgabe erledigt/ }).check();
    await page.getByRole("button", { name: "Endpunkt anlegen" }).click();
    const secretField = page.getByRole("textbox", { name: "Signaturschlüssel" });
    await expect(secretField).toHaveValue(/^whsec_/);
    const secret = await secretField.inputValue();
    await expect(page.getByRole("button", { name: "Schlüssel kopieren" })).toBeVisible();
    await expectNoSeriousViolations(page);
    // Shown once: not on the page when it is loaded again.
    await page.reload();
    await expect(page.getByRole("textbox", { name: "Signaturschlüssel" })).toHaveCount(0);
    await expect(page.getByText(secret)).toHaveCount(0);
    expect(
      await e2eDb().auditEvent.count({
        where: { orgId: org.org.id, entity: "webhook_endpoint", action: "create" },
      }),
    ).toBe(1);

    // The manager ticks the task off on the board.
    await page.goto(roadmapUrl(org, org.roadmapId, "/phases/analysis"));
    await hydrated(page);
    await page.getByRole("button", { name: `Als erledigt markieren: ${task.title}` }).click();
    await expect.poll(() => receiver.got.length, { timeout: 15_000 }).toBe(1);
    const [delivery] = receiver.got;
    expect(delivery!.event).toBe("task.completed");
    const { t, v1 } = Object.fromEntries(
      delivery!.signature.split(",").map((p) => p.split("=", 2) as [string, string]),
    );
    expect(createHmac("sha256", secret).update(`${t}.${delivery!.body}`).digest("hex")).toBe(v1);
    expect(JSON.parse(delivery!.body)).toMatchObject({
      id: delivery!.id,
      event: "task.completed",
      orgSlug: org.org.slug,
      data: { id: task.id, title: task.title, status: "done" },
    });

    // The delivery log: delivered, 200; resend sends the same id again.
    await page.goto(`/o/${org.org.slug}/integrations/webhooks`);
    await page
      .getByRole("link", { name: `Zustellungen und Einstellungen von ${receiver.url}` })
      .click();
    const log = page.getByRole("table", {
      name: "Zustellungen dieses Endpunkts, die neuesten zuerst",
    });
    await expect(log.getByRole("row").nth(1)).toContainText("zugestellt");
    await expect(log.getByRole("row").nth(1)).toContainText("200");
    await expectNoSeriousViolations(page);
    await log.getByRole("button", { name: `Zustellung ${delivery!.id} erneut senden` }).click();
    await expect(page.getByText("Die Zustellung wird gleich noch einmal gesendet")).toBeVisible();
    await expect.poll(() => receiver.got.length, { timeout: 15_000 }).toBe(2);
    expect(receiver.got[1]!.id).toBe(delivery!.id);
    expect(receiver.got[1]!.body).toBe(delivery!.body);
    await expect
      .poll(
        async () =>
          (await e2eDb().webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id } }))
            .attempts,
      )
      .toBe(2);

    // Switch off and on again, keyboard only.
    await page.getByRole("button", { name: "Abschalten" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Der Endpunkt ist abgeschaltet.")).toBeVisible();
    await expect(page.getByRole("button", { name: /erneut senden/ })).toBeDisabled();
    await page.getByRole("button", { name: "Einschalten" }).click();
    await expect(page.getByText("Der Endpunkt ist eingeschaltet.")).toBeVisible();
  } finally {
    await receiver.close();
  }
});

test("viewers and members are refused the webhooks pages (403)", async ({ page }) => {
  const org = await createTestOrg();
  const endpoint = await e2eDb().webhookEndpoint.create({
    data: {
      orgId: org.org.id,
      url: "https://hooks.example.com/in",
      events: "task.completed",
      secret: "whsec_x",
    },
    select: { id: true },
  });
  for (const role of ["viewer", "member"] as const) {
    await page.context().clearCookies();
    await signInRole(page, org, role);
    const base = `/o/${org.org.slug}/integrations/webhooks`;
    expect((await page.goto(base))?.status()).toBe(403);
    expect((await page.goto(`${base}/${endpoint.id}`))?.status()).toBe(403);
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the webhooks page in English under axe (${colorScheme}), on a phone, from Integrations`, async ({
    page,
  }) => {
    const org = await createTestOrg({ locale: "en" });
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 390, height: 844 });
    await signInRole(page, org, "owner");
    await page.goto(`/o/${org.org.slug}/integrations`);
    await page.getByRole("main").getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await expect(page.getByText("No webhooks yet.")).toBeVisible();
    await expect(page.getByRole("group", { name: "Events" })).toBeVisible();
    await expectNoSeriousViolations(page);
    const endpoint = await e2eDb().webhookEndpoint.create({
      data: {
        orgId: org.org.id,
        url: "https://hooks.example.com/in",
        events: "task.completed,gate.decided",
        secret: "whsec_x",
        enabled: false,
        disabledAt: new Date(),
        disabledReason: "failing",
      },
      select: { id: true },
    });
    await page.goto(`/o/${org.org.slug}/integrations/webhooks/${endpoint.id}`);
    await expect(page.getByText("every delivery failed for a day")).toBeVisible();
    await expect(page.getByText("No deliveries yet.")).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await expectNoSeriousViolations(page);
  });
}
