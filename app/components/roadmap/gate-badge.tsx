import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { useI18n } from "~/lib/i18n/react";

const gateTone: Record<string, Tone> = {
  open: "neutral",
  requested: "brand",
  approved: "success",
  rejected: "danger",
};

/** The gate's state, and "overdue" beside it when it is past its date unapproved. */
export function GateBadge({
  status,
  isOverdue,
}: {
  status: "open" | "requested" | "approved" | "rejected";
  isOverdue: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <Badge tone={gateTone[status]}>{t(`phase.gateStatus.${status}`)}</Badge>
      {isOverdue ? <Badge tone="danger">{t("phase.gateOverdue")}</Badge> : null}
    </>
  );
}
