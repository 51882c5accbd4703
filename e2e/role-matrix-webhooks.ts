// The webhook rows of the role matrix (issue 19): owners and managers add and switch off
// endpoints; members, viewers and outsiders change nothing. role-matrix.spec.ts runs them.
import type { Role } from "../app/lib/permissions";
import { e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import type { Mutation } from "./role-matrix-governance";

/** One endpoint per organisation, made once and shared by path and form. */
const endpoints = new WeakMap<TestOrg, Promise<string>>();
function endpointOf(org: TestOrg): Promise<string> {
  let id = endpoints.get(org);
  if (!id) {
    id = e2eDb()
      .webhookEndpoint.create({
        data: {
          orgId: org.org.id,
          url: "https://hooks.example.com/in",
          events: "task.completed",
          secret: "whsec_matrix",
        },
        select: { id: true },
      })
      .then((e) => e.id);
    endpoints.set(org, id);
  }
  return id;
}

export const WEBHOOK_MUTATIONS: Mutation[] = [
  {
    action: "webhook:create",
    path: (o) => `/o/${o.org.slug}/integrations/webhooks`,
    // A receiver on this machine: allowed in the end-to-end run (WEBHOOKS_ALLOW_LOCALHOST).
    form: () => ({
      url: `http://127.0.0.1:9/matrix-${Date.now()}`,
      description: "",
      events: "task.completed",
    }),
    applied: async (o, form) =>
      (await e2eDb().webhookEndpoint.count({ where: { orgId: o.org.id, url: form.url } })) === 1,
  },
  {
    action: "webhook:disable",
    path: async (o) => `/o/${o.org.slug}/integrations/webhooks/${await endpointOf(o)}`,
    form: () => ({ intent: "disable", version: "1" }),
    applied: async (o) =>
      (
        await e2eDb().webhookEndpoint.findUniqueOrThrow({
          where: { id: await endpointOf(o) },
          select: { enabled: true },
        })
      ).enabled === false,
  },
];

export const WEBHOOK_EXPECTED: Record<string, Role[]> = {
  "webhook:create": ["owner", "manager"],
  "webhook:disable": ["owner", "manager"],
};
