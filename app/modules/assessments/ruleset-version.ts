/*
 * The ruleset's version and the EUR-Lex addresses, apart from the catalogue in
 * ruleset.ts (which re-exports them): a page that only shows these takes no rules or
 * obligation texts into its JavaScript.
 */

/**
 * .2: Art. 26(7) only when workers are affected; biometric verification (excluded from
 * Annex III 1(a)) asked in Q8 with its Art. 9 GDPR duties; emotion recognition's
 * biometric basis as a judgement; Art. 49 registration only for Annex III systems.
 */
export const RULESET_VERSION = "2026-07-omnibus.2";

export const AI_ACT_EUR_LEX = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj";
export const GDPR_EUR_LEX = "https://eur-lex.europa.eu/eli/reg/2016/679/oj";
