// The form actions of the webhooks settings pages (issue 19), for form-actions.spec.ts.
import { e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import type { Ctx, FormAction } from "./form-actions-harness";
import type { Fields } from "./form-actions-payloads";

const INTENT = { intent: { kind: "intent" } } as const;
const VERSION = { version: { kind: "version" } } as const;
const list = ({ org }: Ctx) => `/o/${org.org.slug}/integrations/webhooks`;
const endpointUrl = (ctx: Ctx) => `${list(ctx)}/${ctx.ids.endpointId}`;
const audit = (action: string) => ({ entity: "webhook_endpoint", action });

async function anEndpoint(org: TestOrg, enabled = true) {
  const endpoint = await e2eDb().webhookEndpoint.create({
    data: {
      orgId: org.org.id,
      url: "https://hooks.example.com/in",
      events: "task.completed",
      secret: "whsec_forms",
      enabled,
      deliveries: {
        create: { orgId: org.org.id, event: "task.completed", payload: "{}", status: "failed" },
      },
    },
    select: { id: true, deliveries: { select: { id: true } } },
  });
  return { endpointId: endpoint.id, deliveryId: endpoint.deliveries[0]!.id };
}

const EDIT_FIELDS: Fields = {
  ...INTENT,
  description: { kind: "text", max: 200, optional: true },
  events: { kind: "choice" },
  ...VERSION,
};

export const WEBHOOK_FORMS: FormAction[] = [
  {
    route: "routes/org/webhooks.tsx",
    intent: null,
    as: "manager",
    withoutRoadmap: true,
    path: list,
    // A receiver on this machine: allowed in the end-to-end run (WEBHOOKS_ALLOW_LOCALHOST).
    form: () => ({
      url: "http://127.0.0.1:9/forms",
      description: "Ticketsystem",
      events: "task.completed",
    }),
    fields: {
      url: { kind: "link", max: 2000 },
      description: { kind: "text", max: 200, optional: true },
      events: { kind: "choice" },
    },
    audit: audit("create"),
  },
  {
    route: "routes/org/webhook.tsx",
    intent: "update",
    withoutRoadmap: true,
    setup: (org) => anEndpoint(org),
    path: endpointUrl,
    form: () => ({ description: "BI", events: "gate.decided", version: "1" }),
    fields: EDIT_FIELDS,
    statusOnly: ["version"],
    audit: audit("update"),
  },
  // Switching an endpoint off and on, and deleting it: the same form (the version).
  ...(["disable", "enable", "delete"] as const).map((intent): FormAction => ({
    route: "routes/org/webhook.tsx",
    intent,
    withoutRoadmap: true,
    setup: (org) => anEndpoint(org, intent !== "enable"),
    path: endpointUrl,
    form: () => ({ version: "1" }),
    fields: { ...INTENT, ...VERSION },
    refusal: "status",
    audit: audit(intent),
  })),
  {
    route: "routes/org/webhook.tsx",
    intent: "resend",
    withoutRoadmap: true,
    setup: (org) => anEndpoint(org),
    path: endpointUrl,
    form: ({ ids }) => ({ deliveryId: ids.deliveryId! }),
    fields: { ...INTENT, deliveryId: { kind: "id" } },
    refusal: "status",
    audit: audit("resend"),
  },
];
