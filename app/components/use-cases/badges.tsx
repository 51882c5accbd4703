import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { useI18n } from "~/lib/i18n/react";
import type { DocumentationStatus } from "~/modules/assessments/register";
import type { RiskTier } from "~/modules/assessments/rules";
import type { MatrixQuadrant } from "~/modules/use-cases/priority";
import type { UseCaseStatus } from "~/modules/use-cases/status";

const tierTone: Record<RiskTier, Tone> = {
  prohibited: "danger",
  high_risk: "danger",
  limited: "warning",
  minimal: "success",
  outside: "neutral",
};

export function TierBadge({ tier }: { tier: string | null }) {
  const { t } = useI18n();
  if (!tier || !(tier in tierTone)) return null;
  const known = tier as RiskTier;
  return <Badge tone={tierTone[known]}>{t(`assessment.tier.${known}`)}</Badge>;
}

const statusTone: Record<UseCaseStatus, Tone> = {
  candidate: "neutral",
  selected: "brand",
  piloting: "brand",
  scaled: "success",
  rejected: "neutral",
  stopped: "warning",
};

export function StatusBadge({ status }: { status: UseCaseStatus }) {
  const { t } = useI18n();
  return <Badge tone={statusTone[status]}>{t(`useCases.status.${status}`)}</Badge>;
}

const quadrantTone: Record<MatrixQuadrant, Tone> = {
  quick_win: "success",
  strategic: "brand",
  fill_in: "warning",
  avoid: "neutral",
  excluded: "danger",
};

export function QuadrantBadge({ quadrant }: { quadrant: MatrixQuadrant }) {
  const { t } = useI18n();
  return <Badge tone={quadrantTone[quadrant]}>{t(`useCases.quadrant.${quadrant}`)}</Badge>;
}

const docTone: Record<DocumentationStatus, Tone> = {
  not_assessed: "warning",
  draft: "brand",
  assessed: "success",
  outdated: "danger",
};

export function DocumentationBadge({ status }: { status: DocumentationStatus }) {
  const { t } = useI18n();
  return <Badge tone={docTone[status]}>{t(`register.documentation.${status}`)}</Badge>;
}
