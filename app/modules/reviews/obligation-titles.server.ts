import type { Locale } from "~/lib/i18n";
import { getObligation, isObligationCode } from "~/modules/assessments/ruleset";

/**
 * The titles of the open obligations a review shows, in the reader's language: the page
 * gets these few strings with its data instead of the whole obligation catalogue in its
 * JavaScript. A code the catalogue no longer knows (an older snapshot) shows as itself.
 */
export function openObligationTitles(
  useCases: readonly { openObligations: readonly { code: string }[] }[],
  locale: Locale,
): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const useCase of useCases) {
    for (const { code } of useCase.openObligations) {
      titles[code] = isObligationCode(code) ? getObligation(code).title[locale] : code;
    }
  }
  return titles;
}
