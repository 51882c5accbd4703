import type { IsoDate } from "../calendar/dates";
import type { AnnexIIIArea, AnnexIIIUse, AnswerField, DpiaCriterion } from "./questions";
import type {
  CompanySize,
  FineExposure,
  HighRiskBasis,
  LocalizedText,
  ObligationCode,
  ProhibitedPracticeCode,
  SmeSupportCode,
} from "./ruleset";

/** What an assessment yields (see rules.ts): tier, roles, obligations, flags, judgements. */

export type RiskTier = "outside" | "prohibited" | "high_risk" | "limited" | "minimal";
export type Role = "provider" | "deployer" | "distributor" | "importer";

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
  | "biometric-verification"
  | "emotion-recognition-biometric"
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
