// The form actions of the inbox page and the unsubscribe page, for form-actions.spec.ts.
// None is audited: reading one's own notifications and choosing how to hear of things
// change no record of the organisation (decision 0018).
import type { FormAction } from "./form-actions-harness";
import { notificationState, seedNotification, unsubscribeToken } from "./notifications-helpers";

const INTENT = { intent: { kind: "intent" } } as const;
const inbox: FormAction["path"] = ({ org }) => `/o/${org.org.slug}/notifications`;
const memberState: FormAction["stored"] = ({ org }) => notificationState(org.users.member.id);
const CHOICE = { kind: "choice" } as const;

export const NOTIFICATION_FORMS: FormAction[] = [
  {
    route: "routes/org/notifications.tsx",
    intent: "read",
    as: "member",
    withoutRoadmap: true,
    setup: async (o) => ({ notificationId: await seedNotification(o, o.users.member.id) }),
    path: inbox,
    form: ({ ids }) => ({ id: ids.notificationId! }),
    fields: { ...INTENT, id: { kind: "id" } },
    refusal: "status",
    audit: { none: "marking one's own notification read changes no shared record" },
    stored: memberState,
  },
  {
    route: "routes/org/notifications.tsx",
    intent: "read-all",
    as: "member",
    withoutRoadmap: true,
    setup: async (o) => ({ notificationId: await seedNotification(o, o.users.member.id) }),
    path: inbox,
    form: () => ({}),
    fields: { ...INTENT },
    refusal: "status",
    audit: { none: "marking one's own notifications read changes no shared record" },
    stored: memberState,
  },
  {
    route: "routes/org/notifications.tsx",
    intent: "preferences",
    as: "member",
    withoutRoadmap: true,
    path: inbox,
    form: () => ({
      task_assigned: "in_app",
      task_due: "both",
      gate: "email",
      incident: "off",
      digest: "off",
    }),
    fields: {
      ...INTENT,
      task_assigned: CHOICE,
      task_due: CHOICE,
      gate: CHOICE,
      incident: CHOICE,
      digest: CHOICE,
    },
    audit: { none: "a person's notification settings are theirs, not the organisation's" },
    stored: memberState,
  },
  {
    route: "routes/unsubscribe.tsx",
    intent: null,
    as: "anonymous",
    withoutRoadmap: true,
    setup: async (o) => ({ token: await unsubscribeToken(o.users.member.id, "digest") }),
    path: ({ ids }) => `/unsubscribe/${ids.token}`,
    form: () => ({}),
    fields: {},
    refusal: "status",
    audit: { none: "the unsubscribe link changes one person's mail setting, not a record" },
    stored: memberState,
  },
];
