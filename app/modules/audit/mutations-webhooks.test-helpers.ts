import { db } from "~/lib/db.server";
import { resendDelivery } from "../webhooks/deliveries.server";
import {
  createEndpoint,
  deleteEndpoint,
  setEndpointEnabled,
  updateEndpoint,
} from "../webhooks/endpoints.server";
import type { GuardPolicy } from "../webhooks/guard.server";
import { UpdateWebhookSchema } from "../webhooks/schema";
import { asOwner } from "./mutations.test-helpers";
import type { MutationCase, World } from "./mutations.test-helpers";
import { answer } from "./versioned-edits.test-helpers";
import type { VersionedCase } from "./versioned-edits.test-helpers";

// Webhook endpoints: the audit cases and the versioned edit (issue 19).

/** No DNS here: every name resolves to a public test address. */
const policy: GuardPolicy = {
  production: true,
  allowLocalhost: false,
  resolve: async () => [{ address: "93.184.215.14", family: 4 }],
};

async function anEndpoint(w: World) {
  return db.webhookEndpoint.create({
    data: {
      orgId: w.org.id,
      url: "https://hooks.example.com/in",
      events: "task.completed",
      secret: "whsec_test",
    },
    select: { id: true },
  });
}

async function aDelivery(w: World) {
  const { id: endpointId } = await anEndpoint(w);
  const delivery = await db.webhookDelivery.create({
    data: {
      endpointId,
      orgId: w.org.id,
      event: "task.completed",
      payload: "{}",
      status: "failed",
    },
    select: { id: true },
  });
  return { endpointId, deliveryId: delivery.id };
}

export const WEBHOOK_CASES: MutationCase[] = [
  {
    permission: "integration:manage",
    name: "createEndpoint",
    writes: ["webhook_endpoint", "create"],
    run: (w, requestId) =>
      createEndpoint({
        ...asOwner(w, requestId),
        policy,
        input: { url: "https://hooks.example.com/in", description: "", events: ["task.completed"] },
      }),
  },
  {
    permission: "integration:manage",
    name: "updateEndpoint",
    writes: ["webhook_endpoint", "update"],
    run: async (w, requestId) =>
      updateEndpoint({
        ...asOwner(w, requestId),
        endpointId: (await anEndpoint(w)).id,
        input: { description: "BI", events: ["gate.decided"], version: 1 },
      }),
  },
  {
    permission: "integration:manage",
    name: "setEndpointEnabled",
    writes: ["webhook_endpoint", "disable"],
    run: async (w, requestId) =>
      setEndpointEnabled({
        ...asOwner(w, requestId),
        endpointId: (await anEndpoint(w)).id,
        enabled: false,
        version: 1,
      }),
  },
  {
    permission: "integration:manage",
    name: "deleteEndpoint",
    writes: ["webhook_endpoint", "delete"],
    run: async (w, requestId) =>
      deleteEndpoint({
        ...asOwner(w, requestId),
        endpointId: (await anEndpoint(w)).id,
        version: 1,
      }),
  },
  {
    permission: "integration:manage",
    name: "resendDelivery",
    writes: ["webhook_endpoint", "resend"],
    run: async (w, requestId) =>
      resendDelivery({ ...asOwner(w, requestId), ...(await aDelivery(w)) }),
  },
];

export const VERSIONED_WEBHOOK_CASES: VersionedCase[] = [
  {
    model: "WebhookEndpoint",
    name: "updateEndpoint",
    prepare: async (w) => {
      const { id } = await anEndpoint(w);
      return {
        save: async (i, version, requestId) => {
          const r = await updateEndpoint({
            ...asOwner(w, requestId),
            endpointId: id,
            input: UpdateWebhookSchema.parse({
              description: `Ziel ${i}`,
              events: "task.completed",
              version: String(version),
            }),
          });
          const current =
            r.status === "conflict"
              ? { value: r.current.description, version: r.current.version }
              : undefined;
          return answer(r.status === "ok", current, r);
        },
        stored: () => stored(id),
        expected: (i) => `Ziel ${i}`,
      };
    },
  },
];

async function stored(id: string) {
  const e = await db.webhookEndpoint.findUniqueOrThrow({
    where: { id },
    select: { description: true, version: true },
  });
  return { value: e.description, version: e.version };
}
