// The machinery of the generated form-action test (form-actions.spec.ts): which forms the
// app has (read from the route files), how a form action is described, how payloads are
// sent and answers read, and the fingerprint that shows nothing was stored.
import fs from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { UNSAFE_decodeViaTurboStream as decodeTurboStream } from "react-router";
import type { Role } from "../app/lib/permissions";
import { e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import { ORIGIN } from "./fixtures";
import type { Body, Fields, Form } from "./form-actions-payloads";
import { flattenRoutes } from "./route-table";

export type Ctx = { org: TestOrg; ids: Record<string, string> };

/** One form action: a route's action answering one intent (or the route's only form). */
export type FormAction = {
  /** The route module, as app/routes.ts names it ("routes/org/roadmaps/budget.tsx"). */
  route: string;
  /** The intent it posts; null: the route has a single form. */
  intent: string | null;
  /**
   * The route reaches this form without naming the intent in its source (its default
   * branch takes whatever the enum of its schema allows), so the scan cannot find it.
   */
  implicit?: true;
  /** Who posts (default: the organisation's owner; setup may name another user: ids.userId). */
  as?: Role | "anonymous";
  /** The organisation needs no roadmap (accounts, settings, members). */
  withoutRoadmap?: true;
  /** Records the form needs (ids by name), made in the test's own organisation. */
  setup?: (org: TestOrg) => Promise<Record<string, string>>;
  path: (ctx: Ctx) => string;
  /** A valid form, without the intent. */
  form: (ctx: Ctx) => Form;
  /** What each field takes; a checked intent is a field of kind "intent". */
  fields: Fields;
  /**
   * How a malformed form is refused: "fields" (default): 4xx with the error beside the
   * broken field; "status": 4xx with a message for the whole form (hidden ids, buttons);
   * "redirect": back to the page with the reason in the URL (forms that work without
   * JavaScript through a resource route).
   */
  refusal?: "fields" | "status" | "redirect";
  /** Fields refused as a whole form (a tampered hidden id), though the form has fields. */
  statusOnly?: readonly string[];
  /** The audit event the valid form writes (plus events of records it creates as well). */
  audit:
    | { entity: string; action: string; also?: readonly (readonly [string, string])[] }
    | { none: string };
  /** Rows outside the organisation the form could write (an account being created). */
  stored?: (ctx: Ctx) => Promise<unknown>;
};

export function formActionKey(action: Pick<FormAction, "route" | "intent">) {
  return `${action.route}${action.intent ? ` #${action.intent}` : ""}`;
}

// ── The forms the app has ───────────────────────────────────────────────────────────

/** The intents a route's action tells apart, read from its source. */
export function intentsIn(source: string): string[] {
  const found = new Set<string>();
  // intent === "x", intent !== "x", get("intent") === "x", intent.data.intent === "x"
  for (const m of source.matchAll(/intent(?:"\))?\s*[!=]==\s*"([\w-]+)"/g)) found.add(m[1]!);
  // case "x": inside switch (intent…) { … }
  for (const m of source.matchAll(/switch\s*\(\s*intent[\w.]*\s*\)\s*\{/g)) {
    let depth = 0;
    let end = m.index + m[0].length - 1;
    for (; end < source.length; end++) {
      if (source[end] === "{") depth++;
      else if (source[end] === "}" && --depth === 0) break;
    }
    for (const c of source.slice(m.index, end).matchAll(/case\s+"([\w-]+)"\s*:/g)) {
      found.add(c[1]!);
    }
  }
  return [...found].sort();
}

/** Every route with an action, with the intents it tells apart (from app/routes.ts). */
export function routesWithActions(): { route: string; intents: string[] }[] {
  const files = [...new Set(flattenRoutes().map((r) => r.file))];
  return files.flatMap((file) => {
    const source = fs.readFileSync(new URL(`../app/${file}`, import.meta.url), "utf8");
    if (!/export (async )?function action\b|export const action\b/.test(source)) return [];
    return [{ route: file, intents: intentsIn(source) }];
  });
}

// ── Sending and reading ─────────────────────────────────────────────────────────────

export type Reply = {
  status: number;
  /** What the action returned (or the error it threw), decoded from React Router's stream. */
  value: Record<string, unknown> | null;
  text: string;
};

async function encode(body: Body): Promise<{ data: Buffer; type: string | null }> {
  if (body.type === "raw") return { data: Buffer.from(body.text), type: body.contentType };
  if (body.type === "urlencoded") {
    return {
      data: Buffer.from(new URLSearchParams(body.entries).toString()),
      type: "application/x-www-form-urlencoded",
    };
  }
  const form = new FormData();
  for (const [key, value] of body.entries) {
    if (typeof value === "string") form.append(key, value);
    else form.append(key, new Blob([value.file], { type: "text/plain" }), "datei.txt");
  }
  const encoded = new Response(form);
  return {
    data: Buffer.from(await encoded.arrayBuffer()),
    type: encoded.headers.get("Content-Type"),
  };
}

/**
 * Posts a body to a route's action the way the app's own forms do with JavaScript (the
 * ".data" request), with a request id that the audit events of the request carry.
 */
export async function send(
  api: APIRequestContext,
  path: string,
  body: Body,
  requestId: string,
): Promise<Reply> {
  const { data, type } = await encode(body);
  const headers: Record<string, string> = { Origin: ORIGIN, "X-Request-Id": requestId };
  if (type) headers["Content-Type"] = type;
  const url = path.includes("?") ? path.replace("?", ".data?") : `${path}.data`;
  const response = await api.post(url, { data, headers, maxRedirects: 0 });
  const raw = await response.body();
  const text = raw.toString("utf8").slice(0, 2000);
  let value: Record<string, unknown> | null = null;
  if ((response.headers()["content-type"] ?? "").startsWith("text/x-script")) {
    const decoded = await decodeTurboStream(new Response(new Uint8Array(raw)).body!, globalThis);
    const root = decoded.value as Record<string, unknown> | null;
    value = root && typeof root === "object" ? root : null;
  }
  return { status: response.status(), value, text };
}

/** The action's data: `{ data }` of a returned answer, `{ error }` of a thrown one. */
export function answerOf(reply: Reply): Record<string, unknown> {
  const inner = reply.value?.data ?? reply.value?.error ?? reply.value;
  return inner && typeof inner === "object" ? (inner as Record<string, unknown>) : {};
}

/** The field errors an answer shows (forms call them fieldErrors, the assessment errors). */
export function fieldErrorsOf(reply: Reply): Record<string, unknown> {
  const answer = answerOf(reply);
  const errors = answer.fieldErrors ?? answer.errors;
  return errors && typeof errors === "object" ? (errors as Record<string, unknown>) : {};
}

// ── Nothing stored ──────────────────────────────────────────────────────────────────

/**
 * What the organisation and its people hold: row counts and the latest change of every
 * table a form writes, the audit trail and the sessions. Equal before and after: nothing
 * was stored.
 */
export async function fingerprint(ctx: Ctx, action: FormAction): Promise<string> {
  const db = e2eDb();
  const orgId = ctx.org.org.id;
  const where = { orgId };
  const userIds = Object.values(ctx.org.users).map((u) => u.id);
  const changed = { _count: true, _max: { updatedAt: true } } as const;
  const rows = await Promise.all([
    db.organisation.findUnique({ where: { id: orgId }, select: { updatedAt: true } }),
    db.user.aggregate({ where: { id: { in: userIds } }, _max: { updatedAt: true } }),
    db.session.count({ where: { userId: { in: userIds } } }),
    db.auditEvent.count({ where: { OR: [{ orgId }, { actorId: { in: userIds } }] } }),
    db.invitation.count({ where }),
    db.invitation.count({ where: { ...where, NOT: { revokedAt: null } } }),
    db.membership.aggregate({ where, ...changed }),
    db.roadmap.aggregate({ where, ...changed }),
    db.phase.aggregate({ where, ...changed }),
    db.exitCriterion.aggregate({ where, ...changed }),
    db.task.aggregate({ where, ...changed }),
    db.learning.aggregate({ where, ...changed }),
    db.budgetLine.aggregate({ where, ...changed }),
    db.useCase.aggregate({ where, ...changed }),
    db.useCaseMember.count({ where }),
    db.assessment.aggregate({ where, ...changed }),
    db.kpi.aggregate({ where, ...changed }),
    db.kpiMeasurement.aggregate({ where, ...changed }),
    db.oversightReview.aggregate({ where, ...changed }),
    db.training.aggregate({ where, ...changed }),
    db.trainingCompletion.count({ where }),
    db.trainingAssignment.count({ where }),
    db.dataSource.aggregate({ where, ...changed }),
    db.dataSourceCheck.aggregate({ where, ...changed }),
    db.roadmapReview.aggregate({ where, ...changed }),
    db.useCaseDecision.count({ where }),
    db.webhookEndpoint.aggregate({ where, ...changed }),
    db.webhookDelivery.count({ where: { ...where, status: "pending" } }),
    action.stored ? action.stored(ctx) : null,
  ]);
  return JSON.stringify(rows);
}
