import type { Locale } from "~/lib/i18n";
import { formatNumber } from "~/lib/i18n/format";

/**
 * A stored use case as the strings its edit form shows: amounts in euros with the
 * user's decimal separator and no thousands separators (the form reads both "," and ".").
 */
export function formValuesForUseCase(
  u: {
    title: string;
    area: string;
    description: string;
    hoursSavedPerWeek: number;
    hourlyCostCents: number;
    extraRevenueCents: number;
    errorReductionPct: number;
    ratings: {
      value: number;
      dataQuality: number;
      dataProtectionRisk: number;
      teamReadiness: number;
      effort: number;
    };
    roadmapId: string | null;
    ownerId: string | null;
  },
  locale: Locale,
): Record<string, string> {
  const num = (n: number) =>
    formatNumber(n, locale, { useGrouping: false, maximumFractionDigits: 2 });
  return {
    title: u.title,
    area: u.area,
    description: u.description,
    hoursSavedPerWeek: num(u.hoursSavedPerWeek),
    hourlyCostCents: num(u.hourlyCostCents / 100),
    extraRevenueCents: num(u.extraRevenueCents / 100),
    errorReductionPct: num(u.errorReductionPct),
    ratingValue: String(u.ratings.value),
    ratingDataQuality: String(u.ratings.dataQuality),
    ratingDataProtection: String(u.ratings.dataProtectionRisk),
    ratingTeamReadiness: String(u.ratings.teamReadiness),
    ratingEffort: String(u.ratings.effort),
    roadmapId: u.roadmapId ?? "",
    ownerId: u.ownerId ?? "",
  };
}
