import type { IsoDate } from "../calendar/dates";
import {
  annexIIIAreaOf,
  DEROGATION_ROLES,
  DPIA_CRITERIA,
  hasPersonalData,
  isAssessmentComplete,
  isOutsideAiAct,
  prohibitedPracticesOf,
  pruneAnswers,
  selections,
} from "./questions";
import type {
  AnnexIIIArea,
  AnnexIIIUse,
  AnswerField,
  AssessmentAnswers,
  DpiaCriterion,
} from "./questions";
import {
  fineFor,
  GPAI_THRESHOLDS,
  isSme,
  OBLIGATIONS,
  obligationAppliesFrom,
  PROHIBITED_PRACTICES,
  RULESET_VERSION,
} from "./ruleset";
import type {
  CompanySize,
  FineExposure,
  HighRiskBasis,
  LocalizedText,
  ObligationCode,
  ProhibitedPracticeCode,
  SmeSupportCode,
} from "./ruleset";

/**
 * The decision logic of domain/eu-ai-act.md. A planning aid, not legal advice: wherever
 * the law needs weighing, the result carries a "legal judgement required" entry instead
 * of a decision, and the plan continues on the conservative assumption (more duties,
 * earlier dates) so nothing is left unplanned while the question is open.
 */

export type RiskTier = "outside" | "prohibited" | "high_risk" | "limited" | "minimal";
export type Role = "provider" | "deployer" | "distributor" | "importer";

const ROLE_ORDER: readonly Role[] = ["provider", "deployer", "distributor", "importer"];

export type AssessmentFlags = {
  fria: boolean;
  dpia: boolean;
  informWorkers: boolean;
  art22Gate: boolean;
  processingAgreement: boolean;
  transferSafeguards: boolean;
  recheckArt5f: boolean;
  vendorMayBeController: boolean;
};

export type JudgementCode =
  | "ai-system-unsure"
  | "eu-link-unclear"
  | "exclusion-unsure"
  | "prohibited-unsure"
  | "prohibited-exception"
  | "offered-under-own-name"
  | "annex-i-unsure"
  | "art6-3-derogation"
  | "annex-iii-purpose-without-area"
  | "value-chain-provider"
  | "public-services"
  | "recheck-art5f"
  | "gpai-unsure"
  | "art22-gate"
  | "vendor-controller";

export type Judgement = { code: JudgementCode; questionId: AnswerField; reason: LocalizedText };

export type NoticeCode = "prohibition-not-yet-in-force" | "outside-gdpr-may-apply";
export type Notice = { code: NoticeCode; text: LocalizedText };

export type ProhibitedPracticeStatus = {
  practice: ProhibitedPracticeCode;
  article: string;
  appliesFrom: IsoDate;
  inForce: boolean;
};

export type AssessmentResult = {
  rulesetVersion: string;
  /** The day the assessment speaks about ("in force yet?"). */
  asOf: IsoDate;
  tier: RiskTier;
  roles: Role[];
  highRiskBasis?: HighRiskBasis;
  annexIIIArea?: AnnexIIIArea;
  annexIIIUse?: AnnexIIIUse;
  derogationPossible: boolean;
  gpaiFlag: boolean;
  systemicRiskNote?: LocalizedText;
  /** In catalogue order, so checklists and task lists are stable across re-assessments. */
  obligations: ObligationCode[];
  obligationAppliesFrom: Partial<Record<ObligationCode, IsoDate>>;
  flags: AssessmentFlags;
  judgements: Judgement[];
  notices: Notice[];
  prohibitedPractices: ProhibitedPracticeCode[];
  prohibitedPracticeStatus: ProhibitedPracticeStatus[];
  fine?: FineExposure;
  /** The WP248 criteria that hold, ticked or implied by other answers. */
  dpiaCriteria: DpiaCriterion[];
  smeSupport: SmeSupportCode[];
  isComplete: boolean;
};

export type AssessOptions = {
  /** Defaults to today in Europe/Berlin. */
  asOf?: Date | IsoDate;
  /**
   * The organisation's size from its profile. Q15 is not asked after a prohibited
   * practice, but the fine cap depends on size, so the caller can supply it.
   */
  companySize?: CompanySize;
};

// ---------------------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------------------

const JUDGEMENT_REASONS: Record<JudgementCode, LocalizedText> = {
  "ai-system-unsure": {
    en: "Whether this is an AI system under Art. 3(1) needs legal judgement. Until it is clarified, it is assessed as an AI system.",
    de: "Ob dies ein KI-System nach Art. 3(1) ist, erfordert eine rechtliche Einschätzung. Bis zur Klärung wird es als KI-System bewertet.",
  },
  "eu-link-unclear": {
    en: "Whether the AI Act applies territorially (Art. 2(1)) needs legal judgement. Until it is clarified, it is assumed to apply.",
    de: "Ob die KI-Verordnung räumlich anwendbar ist (Art. 2(1)), erfordert eine rechtliche Einschätzung. Bis zur Klärung wird sie als anwendbar angenommen.",
  },
  "exclusion-unsure": {
    en: "Whether an exclusion under Art. 2 applies needs legal judgement. Until it is clarified, the AI Act is assumed to apply.",
    de: "Ob ein Ausschluss nach Art. 2 greift, erfordert eine rechtliche Einschätzung. Bis zur Klärung wird die KI-Verordnung als anwendbar angenommen.",
  },
  "prohibited-unsure": {
    en: "Whether a prohibited practice under Art. 5 is involved needs legal judgement. Do not put the system into use before this is clarified.",
    de: "Ob eine verbotene Praktik nach Art. 5 vorliegt, erfordert eine rechtliche Einschätzung. Setzen Sie das System vor der Klärung nicht ein.",
  },
  "prohibited-exception": {
    en: "Whether an exception applies or a threshold is met (e.g. “significant harm”, medical or safety reasons) needs legal judgement. Until then the use case is treated as prohibited.",
    de: "Ob eine Ausnahme greift oder eine Schwelle erreicht ist (z. B. „erheblicher Schaden“, medizinische oder Sicherheitsgründe), erfordert eine rechtliche Einschätzung. Bis dahin gilt der Anwendungsfall als verboten.",
  },
  "offered-under-own-name": {
    en: "Offering a system you did not develop to others under your own name can make you its provider (Art. 3(3), Art. 25(1)(a)). Legal judgement required; until then you are planned as provider.",
    de: "Wer ein fremdes System unter eigenem Namen anderen anbietet, kann dessen Anbieter werden (Art. 3(3), Art. 25(1)(a)). Rechtliche Einschätzung nötig; bis dahin wird mit der Anbieterrolle geplant.",
  },
  "annex-i-unsure": {
    en: "Whether the system falls under Annex I product law with third-party conformity assessment needs legal judgement. Until then it is planned as high-risk.",
    de: "Ob das System unter Produktrecht nach Anhang I mit Konformitätsbewertung durch Dritte fällt, erfordert eine rechtliche Einschätzung. Bis dahin wird es als hochriskant geplant.",
  },
  "art6-3-derogation": {
    en: "Art. 6(3) derogation possible — legal judgement required. Plan as high-risk until the Art. 6(4) documentation and the Art. 49(2) registration exist.",
    de: "Ausnahme nach Art. 6(3) möglich — rechtliche Einschätzung nötig. Bis die Dokumentation nach Art. 6(4) und die Registrierung nach Art. 49(2) vorliegen, als hochriskant planen.",
  },
  "annex-iii-purpose-without-area": {
    en: "You use the system for an Annex III purpose but picked no Annex III area. Which area applies needs legal judgement; until then it is planned as high-risk.",
    de: "Sie nutzen das System für einen Anhang-III-Zweck, haben aber keinen Anhang-III-Bereich gewählt. Welcher Bereich greift, erfordert eine rechtliche Einschätzung; bis dahin wird es als hochriskant geplant.",
  },
  "value-chain-provider": {
    en: "Whether a change is a “substantial modification” or a use lies outside the vendor's “intended purpose” (Art. 25(1)) needs legal judgement. Until then you are planned as provider of the high-risk system.",
    de: "Ob eine Änderung „wesentlich“ ist oder eine Nutzung außerhalb der „Zweckbestimmung“ des Herstellers liegt (Art. 25(1)), erfordert eine rechtliche Einschätzung. Bis dahin wird mit der Anbieterrolle für das Hochrisiko-System geplant.",
  },
  "public-services": {
    en: "Whether you provide “public services” in the sense of Art. 27(1) needs legal judgement. Until then the fundamental-rights impact assessment is planned.",
    de: "Ob Sie „öffentliche Dienste“ im Sinne von Art. 27(1) erbringen, erfordert eine rechtliche Einschätzung. Bis dahin wird die Grundrechte-Folgenabschätzung eingeplant.",
  },
  "recheck-art5f": {
    en: "The system recognises emotions or categorises people and affects employees: re-check whether it is prohibited under Art. 5(1)(f) (only medical or safety reasons are excepted). Legal judgement required.",
    de: "Das System erkennt Emotionen oder kategorisiert Menschen und betrifft Beschäftigte: Prüfen Sie erneut, ob es nach Art. 5(1)(f) verboten ist (ausgenommen sind nur medizinische oder Sicherheitsgründe). Rechtliche Einschätzung nötig.",
  },
  "gpai-unsure": {
    en: "Whether you are the provider of a general-purpose AI model needs legal judgement. Until then the Art. 53 duties are planned.",
    de: "Ob Sie Anbieter eines KI-Modells mit allgemeinem Verwendungszweck sind, erfordert eine rechtliche Einschätzung. Bis dahin werden die Pflichten nach Art. 53 eingeplant.",
  },
  "art22-gate": {
    en: "Outputs decide or decisively shape outcomes with legal or similarly significant effects without meaningful human review. Art. 22 GDPR allows this only in narrow cases — legal judgement required before the pilot.",
    de: "Die Ergebnisse entscheiden oder prägen Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung ohne echte menschliche Prüfung. Art. 22 DSGVO erlaubt das nur ausnahmsweise — rechtliche Einschätzung vor dem Pilot nötig.",
  },
  "vendor-controller": {
    en: "The vendor trains on your inputs, or it is not known whether it does: for that processing it may be a controller rather than a processor, and you need a legal basis to disclose the data. Legal judgement required.",
    de: "Der Anbieter trainiert mit Ihren Eingaben, oder es ist unklar, ob er das tut: Für diese Verarbeitung ist er womöglich Verantwortlicher statt Auftragsverarbeiter, und Sie brauchen eine Rechtsgrundlage für die Weitergabe. Rechtliche Einschätzung nötig.",
  },
};

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const MONTHS_DE = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];

function longDate(iso: IsoDate): LocalizedText {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return { en: `${d} ${MONTHS_EN[m - 1]} ${y}`, de: `${d}. ${MONTHS_DE[m - 1]} ${y}` };
}

function notYetInForceNotice(practice: ProhibitedPracticeCode): Notice {
  const { article, appliesFrom } = PROHIBITED_PRACTICES[practice];
  const date = longDate(appliesFrom);
  return {
    code: "prohibition-not-yet-in-force",
    text: {
      en: `${article} applies from ${date.en} and is not yet in force. The use case is still treated as prohibited: it becomes unlawful within the planning horizon, and such content may already be punishable under criminal law.`,
      de: `${article} gilt ab dem ${date.de} und ist noch nicht in Kraft. Der Anwendungsfall wird dennoch als verboten behandelt: Er wird innerhalb des Planungszeitraums unzulässig, und solche Inhalte können bereits strafbar sein.`,
    },
  };
}

const OUTSIDE_NOTICE: Notice = {
  code: "outside-gdpr-may-apply",
  text: {
    en: "Outside the AI Act. The GDPR still applies wherever personal data is processed.",
    de: "Außerhalb der KI-Verordnung. Die DSGVO gilt weiterhin, wo personenbezogene Daten verarbeitet werden.",
  },
};

function systemicRiskNote(): LocalizedText {
  const flop = "10^25 FLOP";
  return {
    en: `If the model was trained with more than ${flop}, systemic risk is presumed (${GPAI_THRESHOLDS.systemicRiskArticle}) and the additional Art. 55 duties apply: evaluation, risk mitigation, incident reporting, cybersecurity. Models of an SME pilot are normally far below that.`,
    de: `Wurde das Modell mit mehr als ${flop} trainiert, wird ein systemisches Risiko vermutet (${GPAI_THRESHOLDS.systemicRiskArticle}) und es gelten zusätzlich die Pflichten nach Art. 55: Evaluierung, Risikominderung, Meldung von Vorfällen, Cybersicherheit. Modelle eines KMU-Pilotprojekts liegen normalerweise weit darunter.`,
  };
}

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

class Collector {
  readonly judgements: Judgement[] = [];
  readonly obligations = new Set<ObligationCode>();

  judge(code: JudgementCode, questionId: AnswerField): void {
    if (this.judgements.some((j) => j.code === code)) return;
    this.judgements.push({ code, questionId, reason: JUDGEMENT_REASONS[code] });
  }

  oblige(...codes: ObligationCode[]): void {
    for (const code of codes) this.obligations.add(code);
  }

  orderedObligations(): ObligationCode[] {
    return OBLIGATIONS.map((o) => o.code).filter((code) => this.obligations.has(code));
  }
}

function rolesFrom(a: AssessmentAnswers, c: Collector): Set<Role> {
  const roles = new Set<Role>();
  const usedInternally = a.q3_use !== "offered_to_others";
  switch (a.q2_sourcing) {
    case "third_party_as_is":
      roles.add("deployer");
      // DECISION: the spec maps (a) to deployer only; offering the tool to others under
      // our own name is placing it on the market as ours (Art. 3(3)), so plan as provider
      // and ask for judgement rather than silently drop provider duties.
      if (a.q3_use === "offered_to_others" || a.q3_use === "both") {
        roles.add("provider");
        c.judge("offered-under-own-name", "q3_use");
      }
      break;
    case "built_on_third_party_model":
    case "developed_in_house":
      roles.add("provider");
      // Putting into service for own use counts (Art. 3(11)); an unanswered Q3 is read as
      // internal use too, which only adds duties.
      if (usedInternally) roles.add("deployer");
      break;
    case "resell":
      roles.add("distributor");
      if (a.q3_use === "internal" || a.q3_use === "both") roles.add("deployer");
      break;
    case "import_non_eu":
      roles.add("importer");
      if (a.q3_use === "internal" || a.q3_use === "both") roles.add("deployer");
      break;
    case undefined:
      break;
  }
  return roles;
}

function ordered(roles: Set<Role>): Role[] {
  return ROLE_ORDER.filter((r) => roles.has(r));
}

type GdprOutcome = {
  flags: Pick<
    AssessmentFlags,
    "dpia" | "art22Gate" | "processingAgreement" | "transferSafeguards" | "vendorMayBeController"
  >;
  criteria: DpiaCriterion[];
};

/**
 * DPIA criteria are the ticked WP248 criteria plus those the other answers already
 * establish: AI counts as innovative technology (stated in the spec), Art. 9/10 data is
 * sensitive, children and employees are vulnerable data subjects (WP248), profiling is
 * evaluation/scoring and a decision without human review is an automated decision.
 * Deriving them keeps a user who forgets to tick a box from missing a required DPIA.
 */
function assessGdpr(
  a: AssessmentAnswers,
  isAiSystem: boolean,
  highRisk: boolean,
  c: Collector,
): GdprOutcome {
  const personal = hasPersonalData(a);
  const data = a.q17_personal_data ?? [];
  const criteria = new Set<DpiaCriterion>(selections(a.q19_dpia_criteria));
  if (isAiSystem) criteria.add("innovative_technology");
  if (data.includes("special_category") || data.includes("criminal"))
    criteria.add("sensitive_data");
  if (data.includes("children") || data.includes("employees")) criteria.add("vulnerable_subjects");
  if (a.q9_profiling === true) criteria.add("evaluation_scoring");
  if (a.q18_decision_effect === "significant_without_human_review")
    criteria.add("automated_decision");

  const significantEffect =
    a.q18_decision_effect === "significant_with_human_review" ||
    a.q18_decision_effect === "significant_without_human_review";
  // Art. 35(3): (a) profiling-based evaluation with significant effects; (b) large-scale
  // Art. 9/10 data; (c) large-scale systematic monitoring (public areas are not asked, so
  // any large-scale monitoring counts — the conservative reading).
  const art35_3 =
    (a.q9_profiling === true && significantEffect) ||
    (criteria.has("large_scale") && criteria.has("sensitive_data")) ||
    (criteria.has("large_scale") && criteria.has("systematic_monitoring"));

  const dpia = personal && (criteria.size >= 2 || art35_3 || highRisk);
  const art22Gate = personal && a.q18_decision_effect === "significant_without_human_review";
  const processingAgreement = personal && a.q20a_vendor_personal_data === true;
  const vendorMayBeController =
    processingAgreement &&
    (a.q20b_vendor_training === "yes" || a.q20b_vendor_training === "unknown");
  // An unknown location could be anywhere; plan the safeguards until the vendor says.
  const transferSafeguards =
    processingAgreement &&
    (a.q20c_vendor_location === "other" || a.q20c_vendor_location === "unknown");

  if (dpia) c.oblige("gdpr-dpia");
  if (art22Gate) {
    c.oblige("gdpr-art22-human-review");
    c.judge("art22-gate", "q18_decision_effect");
  }
  if (processingAgreement) c.oblige("gdpr-art28-dpa");
  if (vendorMayBeController) {
    c.oblige("gdpr-vendor-role-check");
    c.judge("vendor-controller", "q20b_vendor_training");
  }
  if (transferSafeguards) c.oblige("gdpr-transfer-safeguards");

  return {
    flags: { dpia, art22Gate, processingAgreement, transferSafeguards, vendorMayBeController },
    criteria: personal ? DPIA_CRITERIA.filter((k) => criteria.has(k)) : [],
  };
}

const HIGH_RISK_PROVIDER: readonly ObligationCode[] = OBLIGATIONS.filter(
  (o) => o.group === "high_risk_provider",
).map((o) => o.code);
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

  const use =
    a.q8_annex_iii !== undefined && a.q8_annex_iii !== "none" ? a.q8_annex_iii : undefined;
  const area = use ? annexIIIAreaOf(use) : undefined;
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

  // DECISION: an employment use (Annex III area 4) is workplace use by nature, so the
  // duty to inform workers does not hinge on how Q14 was read (applicants vs employees).
  const informWorkers = highRisk && isDeployer && (a.q14_workplace === true || area === 4);

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
    if (isProvider) c.oblige(...HIGH_RISK_PROVIDER);
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
