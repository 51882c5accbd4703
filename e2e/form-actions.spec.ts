// Every form action of the app (each route action × intent; the list is read from
// app/routes.ts and the route sources, so a new form without an entry fails the first
// test) gets 50 malformed payloads: missing fields, wrong types, 1 MB strings, control
// characters, impossible dates and years, negative, NaN and huge numbers, return paths to
// other hosts, bodies that are no form. Each must be refused with a 4xx (beside the broken
// field where the person can fix it), never a 5xx, and nothing may be stored. Then the valid form, its texts dressed
// with control characters, must be saved with exactly one audit event of the request
// (plus the events of records it creates alongside) and no control character in them.
import { randomBytes } from "node:crypto";
import { createTestOrg, e2eDb } from "./factories";
import { expect, test } from "@playwright/test";
import { apiSignedIn, apiWithSession } from "./fixtures";
import { ACCOUNT_FORMS } from "./form-actions-accounts";
import { GOVERNANCE_FORMS } from "./form-actions-governance";
import {
  fieldErrorsOf,
  fingerprint,
  formActionKey,
  routesWithActions,
  send,
} from "./form-actions-harness";
import type { FormAction, Reply } from "./form-actions-harness";
import { malformedPayloads, withControlCharacters } from "./form-actions-payloads";
import type { Payload } from "./form-actions-payloads";
import { NOTIFICATION_FORMS } from "./form-actions-notifications";
import { PLAN_FORMS } from "./form-actions-plan";
import { REVIEW_FORMS } from "./form-actions-reviews";
import { WEBHOOK_FORMS } from "./form-actions-webhooks";

const FORMS: FormAction[] = [
  ...ACCOUNT_FORMS,
  ...PLAN_FORMS,
  ...GOVERNANCE_FORMS,
  ...REVIEW_FORMS,
  ...NOTIFICATION_FORMS,
  ...WEBHOOK_FORMS,
];

/** Routes with an action that takes no form. */
const NO_FORM: Record<string, string> = {
  "routes/not-found.tsx": "answers every POST to an unknown address with 404",
  "routes/api/docs.ts": "read only: answers every POST with 405",
  "routes/api/openapi.ts": "read only: answers every POST with 405",
  "routes/api/v1.ts":
    "the JSON API: bearer tokens and JSON bodies, no forms (app/modules/api/*.test.ts)",
};

/** Requests in flight at once: enough to keep the server busy, few enough to stay polite. */
const IN_FLIGHT = 5;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const STORED_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]|\\u00[01][0-9a-f]|\\r/i;

test("every form action has an entry, and every entry is a form action", () => {
  const scanned = new Map(routesWithActions().map((r) => [r.route, r.intents]));
  const missing: string[] = [];
  for (const [route, intents] of scanned) {
    if (NO_FORM[route]) continue;
    const entries = FORMS.filter((f) => f.route === route);
    if (entries.length === 0) missing.push(route);
    for (const intent of intents) {
      if (!entries.some((e) => e.intent === intent)) missing.push(`${route} #${intent}`);
    }
  }
  const unknown = FORMS.filter((f) => {
    const intents = scanned.get(f.route);
    return !intents || (f.intent !== null && !intents.includes(f.intent) && !f.implicit);
  }).map(formActionKey);
  expect(missing, "form actions without an entry in e2e/form-actions-*.ts").toEqual([]);
  expect(unknown, "entries that name no form action").toEqual([]);
  expect(new Set(FORMS.map(formActionKey)).size, "one entry per form action").toBe(FORMS.length);
});

/** What is wrong with the answer to a malformed payload, or null when it was refused well. */
function judge(action: FormAction, payload: Payload, reply: Reply): string | null {
  const said = `${payload.label} → ${reply.status}`;
  if (reply.status >= 500) return `${said}: ${reply.text.slice(0, 300)}`;
  if (payload.field === null) {
    return reply.status === payload.status ? null : `${said} (expected ${payload.status})`;
  }
  if (reply.status < 400) {
    const target = reply.value?.redirect;
    const refusedBack = typeof target === "string" && /\?[^#]*=/.test(target);
    return action.refusal === "redirect" && refusedBack ? null : `${said}: accepted`;
  }
  const besideField =
    (action.refusal ?? "fields") === "fields" &&
    payload.expectFieldError &&
    !action.statusOnly?.includes(payload.field);
  if (!besideField) return null;
  const error = fieldErrorsOf(reply)[payload.field];
  return typeof error === "string" && error.trim() !== ""
    ? null
    : `${said}: no error beside ${payload.field} (${reply.text.slice(0, 200)})`;
}

function expectAudit(action: FormAction, events: { entity: string; action: string }[]) {
  const names = events.map((e) => `${e.entity}:${e.action}`);
  if ("none" in action.audit) {
    expect(names, action.audit.none).toEqual([]);
    return;
  }
  const primary = `${action.audit.entity}:${action.audit.action}`;
  const alongside = new Set((action.audit.also ?? []).map(([e, a]) => `${e}:${a}`));
  expect(
    names.filter((n) => n === primary),
    `exactly one ${primary}`,
  ).toHaveLength(1);
  expect(
    names.filter((n) => n !== primary && !alongside.has(n)),
    "no other audit events",
  ).toEqual([]);
}

for (const action of FORMS) {
  test(formActionKey(action), async () => {
    const org = await createTestOrg({ withRoadmap: !action.withoutRoadmap });
    const ids = action.setup ? await action.setup(org) : {};
    const ctx = { org, ids };
    const userId =
      ids.userId ?? (action.as === "anonymous" ? null : org.users[action.as ?? "owner"].id);
    const api = userId ? await apiWithSession(userId) : await apiSignedIn();
    const path = action.path(ctx);
    const form = { ...(action.intent ? { intent: action.intent } : {}), ...action.form(ctx) };
    const run = randomBytes(4).toString("hex");

    const before = await fingerprint(ctx, action);
    const payloads = malformedPayloads(form, action.fields);
    const problems: string[] = [];
    for (let i = 0; i < payloads.length; i += IN_FLIGHT) {
      const batch = payloads.slice(i, i + IN_FLIGHT);
      const replies = await Promise.all(
        batch.map((p, j) => send(api, path, p.body, `fa-${run}-bad-${i + j}`)),
      );
      replies.forEach((reply, j) => {
        const problem = judge(action, batch[j]!, reply);
        if (problem) problems.push(problem);
      });
    }
    expect(problems, `of ${payloads.length} malformed payloads`).toEqual([]);
    expect(await fingerprint(ctx, action), "nothing stored").toBe(before);

    const requestId = `fa-${run}-valid`;
    const valid = withControlCharacters(form, action.fields);
    const reply = await send(
      api,
      path,
      { type: "urlencoded", entries: Object.entries(valid) },
      requestId,
    );
    expect(reply.status, `the valid form: ${reply.text.slice(0, 300)}`).toBeLessThan(400);
    const events = await e2eDb().auditEvent.findMany({
      where: { requestId },
      select: { entity: true, action: true, before: true, after: true },
    });
    expectAudit(action, events);
    for (const event of events) {
      expect(
        JSON.stringify([event.before, event.after]),
        "no control characters stored",
      ).not.toMatch(STORED_CONTROL);
    }
    await api.dispose();
  });
}
