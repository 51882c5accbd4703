import { Form, Link } from "react-router";
import { Button } from "~/components/ui/button";
import { useI18n } from "~/lib/i18n/react";

/**
 * The KPIs that read this log, or the one-click offer of a correction-rate KPI (for
 * those who may create KPIs). Posts to the oversight log's action.
 */
export function CorrectionKpiOffer({
  orgSlug,
  logPath,
  kpis,
  canCreate,
  target,
}: {
  orgSlug: string;
  logPath: string;
  kpis: { id: string; name: string }[];
  canCreate: boolean;
  target: string;
}) {
  const { t } = useI18n();
  if (kpis.length > 0) {
    return (
      <p className="text-caption text-ink-muted">
        {t("oversight.kpi.existing")}:{" "}
        {kpis.map((kpi, i) => (
          <span key={kpi.id}>
            {i > 0 ? ", " : ""}
            <Link
              to={`/o/${orgSlug}/kpis/${kpi.id}`}
              className="font-medium text-brand underline-offset-2 hover:underline"
            >
              {kpi.name}
            </Link>
          </span>
        ))}
      </p>
    );
  }
  if (!canCreate) return null;
  return (
    <Form
      method="post"
      action={logPath}
      className="flex flex-col gap-2 rounded-control border border-dashed border-line-strong p-3"
    >
      <input type="hidden" name="intent" value="create-kpi" />
      <p className="font-semibold">{t("oversight.kpi.offerTitle")}</p>
      <p className="text-caption text-ink-muted">{t("oversight.kpi.offerBody", { target })}</p>
      <div>
        <Button type="submit" variant="secondary">
          {t("oversight.kpi.offerButton")}
        </Button>
      </div>
    </Form>
  );
}
