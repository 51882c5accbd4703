import type { IsoDate } from "../calendar/dates";
import { Collector } from "./collector";
import { assessGdpr } from "./gdpr";
import {
  annexIIIAreaOf,
  BIOMETRIC_VERIFICATION,
  DEROGATION_ROLES,
  isAnnexIIIUse,
  isAssessmentComplete,
  isOutsideAiAct,
  prohibitedPracticesOf,
  pruneAnswers,
} from "./questions";
import type { AssessmentAnswers } from "./questions";
import type {
  AssessmentFlags,
  AssessmentResult,
  AssessOptions,
  Notice,
  ProhibitedPracticeStatus,
  RiskTier,
} from "./result";
import { ordered, rolesFrom } from "./roles";
import { notYetInForceNotice, OUTSIDE_NOTICE, systemicRiskNote } from "./rule-texts";
import {
  fineFor,
  isSme,
  OBLIGATIONS,
  obligationAppliesFrom,
  PROHIBITED_PRACTICES,
  RULESET_VERSION,
} from "./ruleset";
import type {
  HighRiskBasis,
  ObligationCode,
  ProhibitedPracticeCode,
  SmeSupportCode,
} from "./ruleset";

/**
 * The decision logic of domain/eu-ai-act.md. A planning aid, not legal advice: wherever
 * the law needs weighing, the result carries a "legal judgement required" entry instead
 * of a decision, and the plan continues on the conservative assumption (more duties,
 * earlier dates) so nothing is left unplanned while the question is open.
 *
 * The parts: result.ts (the result's types), roles.ts (value-chain roles), gdpr.ts (the
 * GDPR flags), collector.ts (judgements and obligations gathered on the way) and
 * rule-texts.ts (the texts the result carries); this file runs them in order.
 */

export type {
  AssessmentFlags,
  AssessmentResult,
  AssessOptions,
  Judgement,
  JudgementCode,
  Notice,
  NoticeCode,
  ProhibitedPracticeStatus,
  RiskTier,
  Role,
} from "./result";

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

const BERLIN_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day in Germany: a rule that "applies from 2 December" applies all that day. */
export function toIsoDay(value: Date | IsoDate): IsoDate {
  if (typeof value === "string") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new RangeError(`Not an ISO date: ${value}`);
    return value;
  }
  if (Number.isNaN(value.getTime())) throw new RangeError("Invalid date");
  return BERLIN_DAY.format(value);
}

const EMPTY_FLAGS: AssessmentFlags = {
  fria: false,
  dpia: false,
  informWorkers: false,
  art22Gate: false,
  processingAgreement: false,
  transferSafeguards: false,
  recheckArt5f: false,
  vendorMayBeController: false,
};
const HIGH_RISK_PROVIDER: readonly ObligationCode[] = OBLIGATIONS.filter(
  (o) => o.group === "high_risk_provider",
).map((o) => o.code);
const REGISTRATION: ObligationCode = "hr-provider-art49-registration";
const IMPORTER: readonly ObligationCode[] = OBLIGATIONS.filter((o) => o.group === "importer").map(
  (o) => o.code,
);
const DISTRIBUTOR: readonly ObligationCode[] = OBLIGATIONS.filter(
  (o) => o.group === "distributor",
).map((o) => o.code);
const ART53: readonly ObligationCode[] = [
  "gpai-art53-documentation",
  "gpai-art53-downstream-information",
  "gpai-art53-copyright-policy",
  "gpai-art53-training-summary",
];

// ---------------------------------------------------------------------------------------
// assess
// ---------------------------------------------------------------------------------------

export function assess(input: AssessmentAnswers, options: AssessOptions = {}): AssessmentResult {
  const asOf = toIsoDay(options.asOf ?? new Date());
  // Answers to questions that no longer apply (e.g. Q10 after profiling was ticked) must
  // not influence the result, exactly as the wizard no longer shows them.
  const a = pruneAnswers(input);
  const c = new Collector();
  const notices: Notice[] = [];
  const isComplete = isAssessmentComplete(a);
  const size = a.q15_size ?? options.companySize;

  const base = {
    rulesetVersion: RULESET_VERSION,
    asOf,
    derogationPossible: false,
    gpaiFlag: false,
    prohibitedPractices: [] as ProhibitedPracticeCode[],
    prohibitedPracticeStatus: [] as ProhibitedPracticeStatus[],
    smeSupport: [] as SmeSupportCode[],
    isComplete,
  };

  const finish = (
    partial: Pick<AssessmentResult, "tier" | "roles" | "flags" | "dpiaCriteria"> &
      Partial<AssessmentResult>,
  ): AssessmentResult => {
    const obligations = c.orderedObligations();
    const appliesFrom: Partial<Record<ObligationCode, IsoDate>> = {};
    for (const code of obligations) {
      appliesFrom[code] = obligationAppliesFrom(code, partial.highRiskBasis);
    }
    return {
      ...base,
      ...partial,
      obligations,
      obligationAppliesFrom: appliesFrom,
      judgements: c.judgements,
      notices,
    };
  };

  // 1. Scope ---------------------------------------------------------------------------
  if (a.q1_ai_system === "unsure") c.judge("ai-system-unsure", "q1_ai_system");
  if (a.q4_eu_link === "unsure") c.judge("eu-link-unclear", "q4_eu_link");
  if (a.q5_exclusions?.includes("unsure")) c.judge("exclusion-unsure", "q5_exclusions");
  const isAiSystem = a.q1_ai_system !== "no";

  if (isOutsideAiAct(a)) {
    notices.push(OUTSIDE_NOTICE);
    const gdpr = assessGdpr(a, isAiSystem, false, c);
    return finish({
      tier: "outside",
      roles: [],
      flags: { ...EMPTY_FLAGS, ...gdpr.flags },
      dpiaCriteria: gdpr.criteria,
    });
  }

  const roles = rolesFrom(a, c);

  // 2. Prohibited practices -------------------------------------------------------------
  if (a.q6_prohibited_practices?.includes("unsure")) {
    c.judge("prohibited-unsure", "q6_prohibited_practices");
  }
  const practices = prohibitedPracticesOf(a);
  if (practices.length > 0) {
    const status = practices.map((practice): ProhibitedPracticeStatus => {
      const { article, appliesFrom } = PROHIBITED_PRACTICES[practice];
      return { practice, article, appliesFrom, inForce: appliesFrom <= asOf };
    });
    for (const s of status) if (!s.inForce) notices.push(notYetInForceNotice(s.practice));
    if (practices.some((p) => PROHIBITED_PRACTICES[p].hasQualifier)) {
      c.judge("prohibited-exception", "q6_prohibited_practices");
    }
    // DECISION: a prohibited use case gets no obligations checklist — the only plan is not
    // to do it, and turning "AI literacy" into roadmap tasks for it would suggest otherwise.
    return finish({
      tier: "prohibited",
      roles: ordered(roles),
      flags: { ...EMPTY_FLAGS },
      dpiaCriteria: [],
      prohibitedPractices: practices,
      prohibitedPracticeStatus: status,
      fine: fineFor("prohibited_practice", size),
    });
  }

  // 3. High risk ------------------------------------------------------------------------
  // DECISION: Q7 "unsure" is planned as high-risk (with a judgement), like every other
  // "unsure" in this module: the open question must not remove duties from the plan.
  const annexI = a.q7_annex_i === "yes" || a.q7_annex_i === "unsure";
  if (a.q7_annex_i === "unsure") c.judge("annex-i-unsure", "q7_annex_i");

  const use = isAnnexIIIUse(a.q8_annex_iii) ? a.q8_annex_iii : undefined;
  const area = use ? annexIIIAreaOf(use) : undefined;
  // Verification (1:1) is excluded from Annex III 1(a): not high-risk, but whether it
  // stays 1:1 is a judgement, and its Art. 9 GDPR consequences come from gdpr.ts.
  if (a.q8_annex_iii === BIOMETRIC_VERIFICATION) c.judge("biometric-verification", "q8_annex_iii");
  // Only inference from biometric data makes it an emotion recognition system (Art. 3(39));
  // the plan keeps it high-risk until that is judged.
  if (use === "1_emotion_recognition") c.judge("emotion-recognition-biometric", "q8_annex_iii");
  const valueChain = a.q11_value_chain ?? [];
  const repurposedWithoutArea = !use && valueChain.includes("repurposed_for_annex_iii");
  if (repurposedWithoutArea) c.judge("annex-iii-purpose-without-area", "q11_value_chain");
  // Q8 ≠ none is high-risk unless the derogation is established; "derogation possible"
  // still means planning as high-risk, so every Annex III area is planned as high-risk.
  const annexIII = use !== undefined || repurposedWithoutArea;
  const highRisk = annexI || annexIII;

  // Profiling never gets the derogation (Art. 6(3), last subparagraph). Under Annex I the
  // system is high-risk regardless of Art. 6(3), so the derogation is not offered then.
  const derogationPossible =
    use !== undefined &&
    a.q9_profiling === false &&
    a.q10_decision_role !== undefined &&
    DEROGATION_ROLES.includes(a.q10_decision_role) &&
    a.q7_annex_i !== "yes";
  if (derogationPossible) c.judge("art6-3-derogation", "q10_decision_role");

  // DECISION: with both bases the Annex III date (2027) is the earlier one and governs
  // the plan.
  const highRiskBasis: HighRiskBasis | undefined = annexIII
    ? "annex_iii"
    : annexI
      ? "annex_i"
      : undefined;

  if (highRisk && valueChain.some((v) => v !== "none")) {
    roles.add("provider");
    if (
      valueChain.includes("substantial_modification") ||
      valueChain.includes("repurposed_for_annex_iii") ||
      valueChain.includes("unsure")
    ) {
      c.judge("value-chain-provider", "q11_value_chain");
    }
  }

  const isProvider = roles.has("provider");
  const isDeployer = roles.has("deployer");

  // 4. Transparency (Art. 50) — on top of any tier, split by whose duty it is -----------
  const t = a.q12_transparency ?? [];
  // An Annex III area-1 emotion-recognition or categorisation system is exactly what
  // Art. 50(3) is about, whether or not the box in Q12 was ticked.
  const emotionOrBiometric =
    t.includes("emotion_or_biometric_categorisation") ||
    use === "1_emotion_recognition" ||
    use === "1_biometric_categorisation";
  const transparency: ObligationCode[] = [];
  if (isProvider && t.includes("interacts_with_people")) transparency.push("transparency-50-1");
  if (isProvider && t.includes("generates_synthetic_content"))
    transparency.push("transparency-50-2");
  if (isDeployer && emotionOrBiometric) transparency.push("transparency-50-3");
  if (
    isDeployer &&
    (t.includes("publishes_deepfakes") || t.includes("publishes_public_interest_text"))
  ) {
    transparency.push("transparency-50-4");
  }
  if (transparency.length > 0) transparency.push("transparency-50-5");

  // 5. Organisation, workplace ------------------------------------------------------------
  // Art. 27(1) excludes Annex III area 2; an Annex I system has no area and gets the FRIA
  // under the spec's rule when the deployer is a public body or public-service provider.
  const publicSide =
    a.q13_organisation_type === "public_body" ||
    a.q13_organisation_type === "private_public_services";
  const friaByUse = use === "5b_creditworthiness" || use === "5c_life_health_insurance";
  const fria = highRisk && isDeployer && area !== 2 && (publicSide || friaByUse);
  if (fria && !friaByUse && a.q13_organisation_type === "private_public_services") {
    c.judge("public-services", "q13_organisation_type");
  }

  // Art. 26(7) protects workers only: an employment use (Annex III area 4) that affects
  // applicants alone, or customers or pupils, does not trigger it; Q14 says whether
  // employees are affected.
  const informWorkers = highRisk && isDeployer && a.q14_workplace === true;

  const recheckArt5f = a.q14_workplace === true && emotionOrBiometric;
  if (recheckArt5f) c.judge("recheck-art5f", "q14_workplace");

  // 6. General-purpose model ---------------------------------------------------------------
  const gpaiFlag = a.q16_gpai === "yes" || a.q16_gpai === "unsure";
  if (a.q16_gpai === "unsure") c.judge("gpai-unsure", "q16_gpai");

  // 7. GDPR ------------------------------------------------------------------------------
  const gdpr = assessGdpr(a, isAiSystem, highRisk, c);

  // 8. Obligations -------------------------------------------------------------------------
  c.oblige("art4-literacy");
  // The assessment itself is the Art. 5 screen: once Q6 is answered "none" the screen is
  // done and only stays on the list while it is open or unsure (this is also how the
  // spec's "Art 4 only" worked example comes out).
  if (!(a.q6_prohibited_practices?.length === 1 && a.q6_prohibited_practices[0] === "none")) {
    c.oblige("art5-screen");
  }
  if (highRisk) {
    // The EU database (Art. 49) takes Annex III systems, and under 49(2) those that rely
    // on the Art. 6(3) exemption (always Annex III here); Annex I products are not
    // registered there.
    if (isProvider) c.oblige(...HIGH_RISK_PROVIDER.filter((o) => annexIII || o !== REGISTRATION));
    if (isDeployer) {
      c.oblige(
        "deployer-art26-use-per-instructions",
        "deployer-art26-human-oversight",
        "deployer-art26-input-data",
        "deployer-art26-monitoring",
        "deployer-art26-logs",
        "deployer-art26-11-inform-affected-persons",
        "deployer-art86-explanation",
      );
      if (informWorkers) c.oblige("art26-7-inform-workers");
      if (fria) c.oblige("art27-fria");
      if (gdpr.flags.dpia) c.oblige("deployer-art26-9-dpia-input");
    }
    // Art. 23(1) and 24(1) are duties for high-risk systems only; a CE check makes no
    // sense for a system that carries no CE marking.
    if (roles.has("importer")) c.oblige(...IMPORTER);
    if (roles.has("distributor")) c.oblige(...DISTRIBUTOR);
  }
  c.oblige(...transparency);
  // Art. 55 is not added: systemic risk depends on training compute the questionnaire
  // does not ask; the note says when it applies.
  if (gpaiFlag) c.oblige(...ART53);

  const smeSupport: SmeSupportCode[] = [];
  if (isSme(size)) {
    smeSupport.push("art62-sme-support");
    if (highRisk && isProvider) {
      smeSupport.push("art11-simplified-documentation");
      if (size === "micro") smeSupport.push("art63-simplified-qms");
    }
  }

  const tier: RiskTier = highRisk ? "high_risk" : transparency.length > 0 ? "limited" : "minimal";

  return finish({
    tier,
    roles: ordered(roles),
    ...(highRiskBasis ? { highRiskBasis } : {}),
    ...(area !== undefined ? { annexIIIArea: area } : {}),
    ...(use !== undefined ? { annexIIIUse: use } : {}),
    derogationPossible,
    gpaiFlag,
    ...(gpaiFlag ? { systemicRiskNote: systemicRiskNote() } : {}),
    flags: {
      fria,
      informWorkers,
      recheckArt5f,
      ...gdpr.flags,
    },
    dpiaCriteria: gdpr.criteria,
    smeSupport,
  });
}

/** True when the dates in the ruleset say the obligation already applies on `asOf`. */
export function isObligationInForce(result: AssessmentResult, code: ObligationCode): boolean {
  const from = result.obligationAppliesFrom[code];
  return from !== undefined && from <= result.asOf;
}
