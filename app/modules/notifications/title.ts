import type { TFunction } from "~/lib/i18n";
import { PHASE_KINDS } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import type { NotificationKind, NotificationParams } from "./events";

// A notification's title in the reader's language, from what was stored (kind + params):
// the inbox and the mail say the same. Pure. Names are passed through as text (React and
// the mail layout escape them); a phase kind and a gate decision are translated here.

const oneLineText = (value: string) =>
  value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

export function notificationTitle(
  t: TFunction,
  kind: NotificationKind,
  params: NotificationParams,
): string {
  const text = (key: string) => oneLineText(String(params[key] ?? ""));
  const phaseKind = String(params.phase ?? "");
  const phase = (PHASE_KINDS as readonly string[]).includes(phaseKind)
    ? t(`phase.${phaseKind as PhaseKind}`)
    : phaseKind;
  switch (kind) {
    case "task_assigned":
      return t("notifications.title.task_assigned", { actor: text("actor"), task: text("task") });
    case "task_due":
      return t("notifications.title.task_due", { task: text("task") });
    case "task_overdue":
      return t("notifications.title.task_overdue", { task: text("task") });
    case "gate_requested":
      return t("notifications.title.gate_requested", {
        actor: text("actor"),
        phase,
        roadmap: text("roadmap"),
      });
    case "gate_decided":
      return params.decision === "approve"
        ? t("notifications.title.gate_approved", {
            actor: text("actor"),
            phase,
            roadmap: text("roadmap"),
          })
        : t("notifications.title.gate_rejected", {
            actor: text("actor"),
            phase,
            roadmap: text("roadmap"),
          });
    case "incident_high":
      return t("notifications.title.incident_high", { useCase: text("useCase") });
    case "webhook_disabled":
      return t("notifications.title.webhook_disabled", { url: text("url") });
  }
}
