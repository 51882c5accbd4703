import { data, useOutletContext } from "react-router";
import type { Route } from "./+types/gate";
import type { GateOutletContext } from "~/components/roadmap/gate-panel";
import { parseForm } from "~/lib/forms.server";
import type { FormFailure } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import type { MessageKey } from "~/lib/i18n";
import { requirePermission } from "~/lib/middleware.server";
import {
  addCriterion,
  decideGate,
  removeCriterion,
  requestGateApproval,
  setCriterionMet,
} from "~/modules/roadmaps/gates.server";
import type { CriterionResult, GateResult } from "~/modules/roadmaps/gates.server";
import { actionContext } from "~/lib/route/context.server";
import { isPhaseKind } from "~/modules/calendar/phase-dates";
import { idParam, oneOfParam } from "~/lib/params.server";
import { refuse } from "~/lib/route/refuse.server";
import {
  AddCriterionSchema,
  DecideGateSchema,
  RemoveCriterionSchema,
  ToggleCriterionSchema,
} from "~/modules/roadmaps/schema";

/**
 * A phase's gate: its exit criteria, the request for approval and the decision. Nested in
 * the phase board, so a post without JavaScript that fails (400, 409) shows the board
 * with the message and the field errors beside the gate's fields; with JavaScript the
 * gate panel posts here with a fetcher and the board stays in place.
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, actor } = actionContext(context);
  const roadmapId = idParam(params.roadmapId);
  const phase = oneOfParam(params.phaseKind, isPhaseKind);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const ref = { ...actor, roadmapId, phase };
  const invalid = (form: FormFailure) =>
    data({ ...form, intent, formError: t("validation.formErrors") }, { status: 400 });
  const gateAnswer = (result: GateResult, message: MessageKey) => {
    if (result.status === "not_found") notFound();
    if (result.status === "not_allowed") return refuse(t, intent, "roadmaps.errors.gateState", 409);
    return { ok: true as const, intent, message: t(message) };
  };
  const criterionAnswer = (result: CriterionResult) => {
    if (result.status === "not_found")
      return refuse(t, intent, "roadmaps.errors.criterionNotFound", 404);
    if (result.status === "not_allowed")
      return refuse(t, intent, "roadmaps.errors.gateLocked", 409);
    if (result.status === "conflict") {
      // Somebody ticked, unticked or edited it in between: say how it is now (the board reloads).
      const { isMet, text } = result.current;
      const state = t(isMet ? "roadmaps.gate.met" : "roadmaps.gate.notMet");
      const message = t("roadmaps.errors.criterionConflict", { state, text });
      return data({ ok: false as const, intent, message }, { status: 409 });
    }
    return { ok: true as const, intent, message: null };
  };

  switch (intent) {
    case "gate-request": {
      requirePermission(scope, "gate:request");
      return gateAnswer(await requestGateApproval(ref), "roadmaps.gate.requested");
    }
    case "gate-decide": {
      requirePermission(scope, "gate:approve");
      const form = parseForm(formData, DecideGateSchema, t);
      if (!form.ok) return invalid(form);
      return gateAnswer(
        await decideGate({ ...ref, ...form.data }),
        form.data.decision === "approve"
          ? "roadmaps.gate.approvedMessage"
          : "roadmaps.gate.rejectedMessage",
      );
    }
    case "criterion-add": {
      requirePermission(scope, "phase:update");
      const form = parseForm(formData, AddCriterionSchema, t);
      if (!form.ok) return invalid(form);
      return criterionAnswer(await addCriterion({ ...ref, text: form.data.text }));
    }
    case "criterion-toggle": {
      requirePermission(scope, "phase:update");
      const form = parseForm(formData, ToggleCriterionSchema, t);
      if (!form.ok) return refuse(t, intent, "roadmaps.errors.criterionNotFound", 400);
      return criterionAnswer(await setCriterionMet({ ...ref, ...form.data }));
    }
    case "criterion-remove": {
      requirePermission(scope, "phase:update");
      const form = parseForm(formData, RemoveCriterionSchema, t);
      if (!form.ok) return refuse(t, intent, "roadmaps.errors.criterionNotFound", 400);
      return criterionAnswer(await removeCriterion({ ...ref, ...form.data }));
    }
    default:
      return refuse(t, intent, "roadmaps.errors.unknownAction", 400);
  }
}

/** The answer the gate panel shows (its fetcher's, or this route's after a plain post). */
export type GateAnswer = NonNullable<Route.ComponentProps["actionData"]>;

/** Shown in the board's place for the gate, with the answer of a post without JavaScript. */
export default function PhaseGate({ actionData }: Route.ComponentProps) {
  // The board's deferred panel (server-rendered at once, its code after the page's).
  const { Panel, ...gate } = useOutletContext<GateOutletContext>();
  return <Panel {...gate} result={actionData} />;
}
