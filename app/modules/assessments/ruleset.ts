/**
 * The versioned legal data behind the AI Act / GDPR assessment.
 *
 * Every date, fine amount, threshold and obligation lives here and nowhere else, so a
 * later amendment of Regulation (EU) 2024/1689 is a data change plus a new
 * RULESET_VERSION. Stored results carry the version that produced them, which is how a
 * re-assessment can explain why an answer set now leads somewhere else.
 *
 * Source: Regulation (EU) 2024/1689 as amended by the Digital Omnibus on AI (approved by
 * Parliament 16 Jun 2026 and Council 29 Jun 2026); GDPR = Regulation (EU) 2016/679.
 */

import type { IsoDate } from "../calendar/dates";

// The version and the EUR-Lex addresses live in ruleset-version.ts (pages show them
// without this catalogue in their JavaScript); re-exported here.
import { AI_ACT_EUR_LEX, GDPR_EUR_LEX } from "./ruleset-version";
export { AI_ACT_EUR_LEX, GDPR_EUR_LEX, RULESET_VERSION } from "./ruleset-version";

export type LocalizedText = { de: string; en: string };

/** EUR-Lex anchors of the Official Journal HTML are "art_26", "anx_III". */
function aiAct(article: number): string {
  return `${AI_ACT_EUR_LEX}#art_${article}`;
}
function gdpr(article: number): string {
  return `${GDPR_EUR_LEX}#art_${article}`;
}

// ---------------------------------------------------------------------------------------
// Application dates
// ---------------------------------------------------------------------------------------

export type ApplicationDate = { date: IsoDate; article: string; description: LocalizedText };

export const APPLICATION_DATES = {
  gdpr: {
    date: "2018-05-25",
    article: "Art. 99(2) GDPR",
    description: {
      en: "The GDPR applies (processing agreements, DPIA, automated decisions, transfers).",
      de: "Die DSGVO gilt (Auftragsverarbeitung, DSFA, automatisierte Entscheidungen, Drittlandübermittlungen).",
    },
  },
  prohibitionsAndLiteracy: {
    date: "2025-02-02",
    article: "Art. 113(a) AI Act",
    description: {
      en: "Definitions, AI literacy (Art. 4) and the prohibited practices (Art. 5) apply.",
      de: "Begriffsbestimmungen, KI-Kompetenz (Art. 4 KI-VO) und die verbotenen Praktiken (Art. 5 KI-VO) gelten.",
    },
  },
  gpaiGovernancePenalties: {
    date: "2025-08-02",
    article: "Art. 113(b) AI Act",
    description: {
      en: "Rules for general-purpose AI models, governance and penalties apply.",
      de: "Regeln für KI-Modelle mit allgemeinem Verwendungszweck, Governance und Sanktionen gelten.",
    },
  },
  transparency: {
    date: "2026-08-02",
    article: "Art. 113 AI Act",
    description: {
      en: "Transparency obligations (Art. 50) and the remaining general provisions apply.",
      de: "Transparenzpflichten (Art. 50 KI-VO) und die übrigen allgemeinen Bestimmungen gelten.",
    },
  },
  intimateImageryProhibition: {
    date: "2026-12-02",
    article: "Art. 5(1)(i) AI Act (inserted by the Digital Omnibus on AI)",
    description: {
      en: "New prohibition: generating non-consensual intimate imagery of identifiable people or child sexual abuse material.",
      de: "Neues Verbot: Erzeugung nicht einvernehmlicher intimer Bilder identifizierbarer Personen oder von Darstellungen sexuellen Kindesmissbrauchs.",
    },
  },
  markingExistingSystems: {
    date: "2026-12-02",
    article: "Art. 50(2) AI Act (transition under the Digital Omnibus on AI)",
    description: {
      en: "Machine-readable marking of synthetic content (Art. 50(2)) for systems already on the market.",
      de: "Maschinenlesbare Kennzeichnung synthetischer Inhalte (Art. 50 Abs. 2 KI-VO) für bereits in Verkehr gebrachte Systeme.",
    },
  },
  highRiskAnnexIII: {
    date: "2027-12-02",
    article: "Art. 113 AI Act as amended by the Digital Omnibus on AI",
    description: {
      en: "Obligations for high-risk AI systems under Annex III (moved by the Digital Omnibus).",
      de: "Pflichten für Hochrisiko-KI-Systeme nach Anhang III (durch den Digital Omnibus verschoben).",
    },
  },
  highRiskAnnexI: {
    date: "2028-08-02",
    article: "Art. 113 AI Act as amended by the Digital Omnibus on AI",
    description: {
      en: "Obligations for high-risk AI systems under Annex I (product law; moved by the Digital Omnibus).",
      de: "Pflichten für Hochrisiko-KI-Systeme nach Anhang I (Produktrecht; durch den Digital Omnibus verschoben).",
    },
  },
} as const satisfies Record<string, ApplicationDate>;

export type ApplicationDateKey = keyof typeof APPLICATION_DATES;

/** The dates in calendar order, for a timeline. */
export const APPLICATION_DATE_LIST: readonly (ApplicationDate & { key: ApplicationDateKey })[] = (
  Object.keys(APPLICATION_DATES) as ApplicationDateKey[]
)
  .map((key) => ({ key, ...APPLICATION_DATES[key] }))
  .sort((a, b) => a.date.localeCompare(b.date));

export type HighRiskBasis = "annex_i" | "annex_iii";

export const HIGH_RISK_APPLICATION_DATES: Record<HighRiskBasis, IsoDate> = {
  annex_i: APPLICATION_DATES.highRiskAnnexI.date,
  annex_iii: APPLICATION_DATES.highRiskAnnexIII.date,
};

// ---------------------------------------------------------------------------------------
// Fines (Art. 99) and company size
// ---------------------------------------------------------------------------------------

export const COMPANY_SIZES = ["micro", "small", "medium", "small_mid_cap", "large"] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

/**
 * Sizes that get the "lower of" cap of Art. 99(6). DECISION: small mid-caps are not
 * included: the spec names only SMEs and start-ups, and assuming the higher cap is the
 * conservative reading. If the final Omnibus text extends Art. 99(6) to small mid-caps,
 * add "small_mid_cap" here and bump the version.
 */
export const SME_SIZES: readonly CompanySize[] = ["micro", "small", "medium"];

export function isSme(size: CompanySize | undefined): boolean {
  return size !== undefined && SME_SIZES.includes(size);
}

export type FineTierCode = "prohibited_practice" | "other_obligation" | "misleading_information";

export type FineTier = {
  code: FineTierCode;
  article: string;
  maxAmountEur: number;
  maxTurnoverPercent: number;
  description: LocalizedText;
  eurLexUrl: string;
};

export const FINE_TIERS: Record<FineTierCode, FineTier> = {
  prohibited_practice: {
    code: "prohibited_practice",
    article: "Art. 99(3) AI Act",
    maxAmountEur: 35_000_000,
    maxTurnoverPercent: 7,
    description: {
      en: "Prohibited practices (Art. 5): up to €35 million or 7 % of worldwide annual turnover.",
      de: "Verbotene Praktiken (Art. 5 KI-VO): bis zu 35 Mio. € oder 7 % des weltweiten Jahresumsatzes.",
    },
    eurLexUrl: aiAct(99),
  },
  other_obligation: {
    code: "other_obligation",
    article: "Art. 99(4) AI Act",
    maxAmountEur: 15_000_000,
    maxTurnoverPercent: 3,
    description: {
      en: "Other obligations, including transparency (Art. 50): up to €15 million or 3 % of worldwide annual turnover.",
      de: "Sonstige Pflichten, einschließlich Transparenz (Art. 50 KI-VO): bis zu 15 Mio. € oder 3 % des weltweiten Jahresumsatzes.",
    },
    eurLexUrl: aiAct(99),
  },
  misleading_information: {
    code: "misleading_information",
    article: "Art. 99(5) AI Act",
    maxAmountEur: 7_500_000,
    maxTurnoverPercent: 1,
    description: {
      en: "Incorrect, incomplete or misleading information to authorities: up to €7.5 million or 1 % of worldwide annual turnover.",
      de: "Falsche, unvollständige oder irreführende Angaben gegenüber Behörden: bis zu 7,5 Mio. € oder 1 % des weltweiten Jahresumsatzes.",
    },
    eurLexUrl: aiAct(99),
  },
};

export type FineCap = "higher_of" | "lower_of";

export const FINE_CAP_RULES: Record<FineCap, { article: string; description: LocalizedText }> = {
  higher_of: {
    article: "Art. 99(3)–(5) AI Act",
    description: {
      en: "The maximum is whichever of the two amounts is higher.",
      de: "Die Obergrenze ist der höhere der beiden Beträge.",
    },
  },
  lower_of: {
    article: "Art. 99(6) AI Act",
    description: {
      en: "For SMEs and start-ups the maximum is whichever of the two amounts is lower.",
      de: "Für KMU und Start-ups ist die Obergrenze der niedrigere der beiden Beträge.",
    },
  },
};

export type FineExposure = FineTier & {
  cap: FineCap;
  capArticle: string;
  /** False when the company size was not known; the general "higher of" cap is shown then. */
  sizeKnown: boolean;
};

export function fineFor(code: FineTierCode, size: CompanySize | undefined): FineExposure {
  const cap: FineCap = isSme(size) ? "lower_of" : "higher_of";
  return {
    ...FINE_TIERS[code],
    cap,
    capArticle: FINE_CAP_RULES[cap].article,
    sizeKnown: size !== undefined,
  };
}

/** The concrete maximum in euros for a given worldwide annual turnover. */
export function maxFineEur(exposure: FineExposure, worldwideTurnoverEur: number): number {
  const byTurnover = (worldwideTurnoverEur * exposure.maxTurnoverPercent) / 100;
  return exposure.cap === "lower_of"
    ? Math.min(exposure.maxAmountEur, byTurnover)
    : Math.max(exposure.maxAmountEur, byTurnover);
}

// ---------------------------------------------------------------------------------------
// Prohibited practices (Art. 5)
// ---------------------------------------------------------------------------------------

export const PROHIBITED_PRACTICE_CODES = [
  "a_manipulation",
  "b_exploiting_vulnerabilities",
  "c_social_scoring",
  "d_crime_prediction",
  "e_facial_scraping",
  "f_emotion_recognition",
  "g_biometric_categorisation",
  "h_realtime_biometric_identification",
  "i_intimate_imagery",
] as const;
export type ProhibitedPracticeCode = (typeof PROHIBITED_PRACTICE_CODES)[number];

export type ProhibitedPractice = {
  code: ProhibitedPracticeCode;
  article: string;
  title: LocalizedText;
  appliesFrom: IsoDate;
  /**
   * True where the prohibition carries a threshold or an exception ("significant harm",
   * medical or safety reasons …) that only a lawyer can weigh.
   */
  hasQualifier: boolean;
  eurLexUrl: string;
};

const ART5_DATE = APPLICATION_DATES.prohibitionsAndLiteracy.date;

export const PROHIBITED_PRACTICES: Record<ProhibitedPracticeCode, ProhibitedPractice> = {
  a_manipulation: {
    code: "a_manipulation",
    article: "Art. 5(1)(a) AI Act",
    title: {
      en: "Manipulative or deceptive techniques that cause significant harm",
      de: "Manipulative oder täuschende Techniken, die erheblichen Schaden verursachen",
    },
    appliesFrom: ART5_DATE,
    hasQualifier: true,
    eurLexUrl: aiAct(5),
  },
  b_exploiting_vulnerabilities: {
    code: "b_exploiting_vulnerabilities",
    article: "Art. 5(1)(b) AI Act",
    title: {
      en: "Exploiting vulnerabilities due to age, disability or social or economic situation",
      de: "Ausnutzen von Schwächen aufgrund von Alter, Behinderung oder sozialer oder wirtschaftlicher Lage",
    },
    appliesFrom: ART5_DATE,
    hasQualifier: true,
    eurLexUrl: aiAct(5),
  },
  c_social_scoring: {
    code: "c_social_scoring",
    article: "Art. 5(1)(c) AI Act",
    title: {
      en: "Social scoring that leads to unjustified detrimental treatment",
      de: "Social Scoring, das zu ungerechtfertigter Schlechterstellung führt",
    },
    appliesFrom: ART5_DATE,
    hasQualifier: true,
    eurLexUrl: aiAct(5),
  },
  d_crime_prediction: {
    code: "d_crime_prediction",
    article: "Art. 5(1)(d) AI Act",
    title: {
      en: "Predicting the risk of a crime solely from profiling or personality traits",
      de: "Vorhersage des Risikos einer Straftat allein aufgrund von Profiling oder Persönlichkeitsmerkmalen",
    },
    appliesFrom: ART5_DATE,
    hasQualifier: true,
    eurLexUrl: aiAct(5),
  },
  e_facial_scraping: {
    code: "e_facial_scraping",
    article: "Art. 5(1)(e) AI Act",
    title: {
      en: "Untargeted scraping of facial images from the internet or CCTV",
      de: "Ungezieltes Auslesen von Gesichtsbildern aus dem Internet oder von Überwachungsaufnahmen",
    },
    appliesFrom: ART5_DATE,
    hasQualifier: false,
    eurLexUrl: aiAct(5),
  },
  f_emotion_recognition: {
    code: "f_emotion_recognition",
    article: "Art. 5(1)(f) AI Act",
    title: {
      en: "Emotion recognition at the workplace or in education (except for medical or safety reasons)",
      de: "Emotionserkennung am Arbeitsplatz oder in Bildungseinrichtungen (außer aus medizinischen oder Sicherheitsgründen)",
    },
    appliesFrom: ART5_DATE,
    hasQualifier: true,
    eurLexUrl: aiAct(5),
  },
  g_biometric_categorisation: {
    code: "g_biometric_categorisation",
    article: "Art. 5(1)(g) AI Act",
    title: {
      en: "Biometric categorisation inferring race, political opinions, union membership, religion or sex life",
      de: "Biometrische Kategorisierung, die auf ethnische Herkunft, politische Meinung, Gewerkschaftszugehörigkeit, Religion oder Sexualleben schließt",
    },
    appliesFrom: ART5_DATE,
    hasQualifier: true,
    eurLexUrl: aiAct(5),
  },
  h_realtime_biometric_identification: {
    code: "h_realtime_biometric_identification",
    article: "Art. 5(1)(h) AI Act",
    title: {
      en: "Real-time remote biometric identification in public spaces for law enforcement",
      de: "Biometrische Echtzeit-Fernidentifizierung in öffentlich zugänglichen Räumen zur Strafverfolgung",
    },
    appliesFrom: ART5_DATE,
    hasQualifier: true,
    eurLexUrl: aiAct(5),
  },
  i_intimate_imagery: {
    code: "i_intimate_imagery",
    article: APPLICATION_DATES.intimateImageryProhibition.article,
    title: {
      en: "Generating non-consensual intimate imagery of identifiable people or child sexual abuse material",
      de: "Erzeugung nicht einvernehmlicher intimer Bilder identifizierbarer Personen oder von Darstellungen sexuellen Kindesmissbrauchs",
    },
    appliesFrom: APPLICATION_DATES.intimateImageryProhibition.date,
    hasQualifier: false,
    eurLexUrl: aiAct(5),
  },
};

// ---------------------------------------------------------------------------------------
// General-purpose AI models
// ---------------------------------------------------------------------------------------

export const GPAI_THRESHOLDS = {
  /** Art. 51(2): presumption of high-impact capabilities (systemic risk). */
  systemicRiskFlop: 1e25,
  systemicRiskArticle: "Art. 51(2) AI Act",
  /**
   * Commission guidelines on GPAI providers: a modifier becomes provider of the model
   * when the modification uses more than about a third of the original training compute.
   */
  modificationComputeShare: 1 / 3,
} as const;

// ---------------------------------------------------------------------------------------
// SME support
// ---------------------------------------------------------------------------------------

export type SmeSupportCode =
  "art62-sme-support" | "art11-simplified-documentation" | "art63-simplified-qms";

export type SmeSupport = {
  code: SmeSupportCode;
  article: string;
  title: LocalizedText;
  explanation: LocalizedText;
  eurLexUrl: string;
};

export const SME_SUPPORT: Record<SmeSupportCode, SmeSupport> = {
  "art62-sme-support": {
    code: "art62-sme-support",
    article: "Art. 62 AI Act",
    title: { en: "Support for SMEs", de: "Unterstützung für KMU" },
    explanation: {
      en: "Priority access to regulatory sandboxes, training, a help desk and reduced conformity-assessment fees.",
      de: "Vorrangiger Zugang zu Reallaboren, Schulungen, eine Anlaufstelle und reduzierte Gebühren für die Konformitätsbewertung.",
    },
    eurLexUrl: aiAct(62),
  },
  "art11-simplified-documentation": {
    code: "art11-simplified-documentation",
    article: "Art. 11(1) AI Act",
    title: {
      en: "Simplified technical documentation",
      de: "Vereinfachte technische Dokumentation",
    },
    explanation: {
      en: "SMEs may provide the Annex IV technical documentation in the simplified form the Commission provides.",
      de: "KMU dürfen die technische Dokumentation nach Anhang IV in der vereinfachten Form der Kommission bereitstellen.",
    },
    eurLexUrl: aiAct(11),
  },
  "art63-simplified-qms": {
    code: "art63-simplified-qms",
    article: "Art. 63 AI Act",
    title: {
      en: "Simplified quality management system",
      de: "Vereinfachtes Qualitätsmanagementsystem",
    },
    explanation: {
      en: "Microenterprises may meet certain quality-management requirements in a simplified way.",
      de: "Kleinstunternehmen dürfen bestimmte Anforderungen an das Qualitätsmanagement vereinfacht erfüllen.",
    },
    eurLexUrl: aiAct(63),
  },
};

// ---------------------------------------------------------------------------------------
// Obligations catalogue
// ---------------------------------------------------------------------------------------

export type ObligationGroup =
  | "everyone"
  | "high_risk_provider"
  | "high_risk_deployer"
  | "importer"
  | "distributor"
  | "transparency"
  | "gpai"
  | "gdpr";

/** Matches the roadmap's phase kinds: analysis (weeks 1–3), pilot (4–8), scale (9–12). */
export type SuggestedPhase = "analysis" | "pilot" | "scale";

export type ObligationDefinition = {
  code: string;
  group: ObligationGroup;
  article: string;
  title: LocalizedText;
  explanation: LocalizedText;
  /**
   * null = depends on the high-risk basis (Annex I or Annex III, which the Omnibus moved
   * to different dates); resolve with `obligationAppliesFrom`.
   */
  appliesFrom: IsoDate | null;
  suggestedPhase: SuggestedPhase;
  eurLexUrl: string;
};

const D = APPLICATION_DATES;

export const OBLIGATIONS = [
  // everyone ----------------------------------------------------------------------------
  {
    code: "art4-literacy",
    group: "everyone",
    article: "Art. 4 AI Act",
    title: { en: "Support AI literacy of staff", de: "KI-Kompetenz der Mitarbeitenden fördern" },
    explanation: {
      en: "Make sure the people who operate or use the system understand its capabilities, limits and risks well enough for their task. The Omnibus softened this to supporting literacy; a short training is still the simplest proof.",
      de: "Sorgen Sie dafür, dass alle, die das System betreiben oder nutzen, seine Fähigkeiten, Grenzen und Risiken für ihre Aufgabe ausreichend verstehen. Der Omnibus hat dies zur Förderung der KI-Kompetenz abgeschwächt; eine kurze Schulung bleibt der einfachste Nachweis.",
    },
    appliesFrom: D.prohibitionsAndLiteracy.date,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(4),
  },
  {
    code: "art5-screen",
    group: "everyone",
    article: "Art. 5 AI Act",
    title: { en: "Screen for prohibited practices", de: "Auf verbotene Praktiken prüfen" },
    explanation: {
      en: "Check and record that the use case uses none of the practices banned by Art. 5, and check again whenever the use changes.",
      de: "Prüfen und dokumentieren Sie, dass der Anwendungsfall keine der nach Art. 5 KI-VO verbotenen Praktiken nutzt, und prüfen Sie erneut, wenn sich die Nutzung ändert.",
    },
    appliesFrom: D.prohibitionsAndLiteracy.date,
    suggestedPhase: "analysis",
    eurLexUrl: aiAct(5),
  },

  // high-risk provider --------------------------------------------------------------------
  {
    code: "hr-provider-art9-risk-management",
    group: "high_risk_provider",
    article: "Art. 9 AI Act",
    title: { en: "Risk management system", de: "Risikomanagementsystem" },
    explanation: {
      en: "Identify, evaluate and reduce the risks to health, safety and fundamental rights over the whole life cycle, and document it.",
      de: "Risiken für Gesundheit, Sicherheit und Grundrechte über den gesamten Lebenszyklus ermitteln, bewerten, mindern und dokumentieren.",
    },
    appliesFrom: null,
    suggestedPhase: "analysis",
    eurLexUrl: aiAct(9),
  },
  {
    code: "hr-provider-art10-data-governance",
    group: "high_risk_provider",
    article: "Art. 10 AI Act",
    title: { en: "Data governance", de: "Daten-Governance" },
    explanation: {
      en: "Training, validation and test data must be relevant, sufficiently representative and examined for errors and bias.",
      de: "Trainings-, Validierungs- und Testdaten müssen relevant, hinreichend repräsentativ und auf Fehler und Verzerrungen geprüft sein.",
    },
    appliesFrom: null,
    suggestedPhase: "analysis",
    eurLexUrl: aiAct(10),
  },
  {
    code: "hr-provider-art11-technical-documentation",
    group: "high_risk_provider",
    article: "Art. 11 and Annex IV AI Act",
    title: {
      en: "Technical documentation (Annex IV)",
      de: "Technische Dokumentation (Anhang IV)",
    },
    explanation: {
      en: "Document the system as Annex IV requires before it is placed on the market or put into service; SMEs may use the simplified form.",
      de: "Das System wie in Anhang IV verlangt dokumentieren, bevor es in Verkehr gebracht oder in Betrieb genommen wird; KMU dürfen die vereinfachte Form nutzen.",
    },
    appliesFrom: null,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(11),
  },
  {
    code: "hr-provider-art12-logging",
    group: "high_risk_provider",
    article: "Art. 12 AI Act",
    title: { en: "Automatic logging", de: "Automatische Protokollierung" },
    explanation: {
      en: "The system must record events automatically so that its operation can be traced afterwards.",
      de: "Das System muss Ereignisse automatisch aufzeichnen, damit sein Betrieb nachvollziehbar ist.",
    },
    appliesFrom: null,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(12),
  },
  {
    code: "hr-provider-art13-instructions",
    group: "high_risk_provider",
    article: "Art. 13 AI Act",
    title: { en: "Instructions for use", de: "Betriebsanleitung" },
    explanation: {
      en: "Give deployers clear instructions: intended purpose, accuracy, known limits, human oversight and how to read the logs.",
      de: "Betreibern eine klare Anleitung geben: Zweckbestimmung, Genauigkeit, bekannte Grenzen, menschliche Aufsicht und Auswertung der Protokolle.",
    },
    appliesFrom: null,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(13),
  },
  {
    code: "hr-provider-art14-human-oversight",
    group: "high_risk_provider",
    article: "Art. 14 AI Act",
    title: { en: "Human oversight by design", de: "Menschliche Aufsicht by Design" },
    explanation: {
      en: "Design the system so that people can understand, monitor, override and stop it.",
      de: "Das System so gestalten, dass Menschen es verstehen, überwachen, übersteuern und anhalten können.",
    },
    appliesFrom: null,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(14),
  },
  {
    code: "hr-provider-art15-accuracy-robustness",
    group: "high_risk_provider",
    article: "Art. 15 AI Act",
    title: {
      en: "Accuracy, robustness and cybersecurity",
      de: "Genauigkeit, Robustheit und Cybersicherheit",
    },
    explanation: {
      en: "Reach and declare an appropriate level of accuracy, and protect the system against errors, misuse and attacks.",
      de: "Ein angemessenes Maß an Genauigkeit erreichen und angeben und das System gegen Fehler, Missbrauch und Angriffe schützen.",
    },
    appliesFrom: null,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(15),
  },
  {
    code: "hr-provider-art16-name-contact",
    group: "high_risk_provider",
    article: "Art. 16(b) AI Act",
    title: { en: "Name and contact on the system", de: "Name und Kontakt am System" },
    explanation: {
      en: "Show your name, registered trade name and contact address on the system, its packaging or its documentation.",
      de: "Namen, eingetragenen Handelsnamen und Kontaktanschrift am System, auf der Verpackung oder in der Dokumentation angeben.",
    },
    appliesFrom: null,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(16),
  },
  {
    code: "hr-provider-art17-qms",
    group: "high_risk_provider",
    article: "Art. 17 AI Act (Art. 63 for microenterprises)",
    title: { en: "Quality management system", de: "Qualitätsmanagementsystem" },
    explanation: {
      en: "Written policies and procedures for design, testing, data, incidents and changes; microenterprises may use a simplified form.",
      de: "Schriftliche Regeln und Verfahren für Entwicklung, Tests, Daten, Vorfälle und Änderungen; Kleinstunternehmen dürfen eine vereinfachte Form nutzen.",
    },
    appliesFrom: null,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(17),
  },
  {
    code: "hr-provider-art18-document-keeping",
    group: "high_risk_provider",
    article: "Art. 18 AI Act",
    title: { en: "Keep documentation for 10 years", de: "Unterlagen 10 Jahre aufbewahren" },
    explanation: {
      en: "Keep the technical documentation, quality-management records and declaration of conformity for 10 years after placing on the market.",
      de: "Technische Dokumentation, QM-Unterlagen und Konformitätserklärung 10 Jahre nach dem Inverkehrbringen aufbewahren.",
    },
    appliesFrom: null,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(18),
  },
  {
    code: "hr-provider-art19-log-keeping",
    group: "high_risk_provider",
    article: "Art. 19 AI Act",
    title: {
      en: "Keep logs for at least 6 months",
      de: "Protokolle mindestens 6 Monate aufbewahren",
    },
    explanation: {
      en: "Keep the automatically generated logs under your control for at least six months.",
      de: "Die automatisch erzeugten Protokolle, soweit unter Ihrer Kontrolle, mindestens sechs Monate aufbewahren.",
    },
    appliesFrom: null,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(19),
  },
  {
    code: "hr-provider-art20-corrective-action",
    group: "high_risk_provider",
    article: "Art. 20 AI Act",
    title: { en: "Corrective action", de: "Korrekturmaßnahmen" },
    explanation: {
      en: "If the system does not conform, correct it, withdraw or recall it, and inform distributors, deployers and authorities.",
      de: "Entspricht das System nicht den Anforderungen: korrigieren, zurücknehmen oder zurückrufen und Händler, Betreiber und Behörden informieren.",
    },
    appliesFrom: null,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(20),
  },
  {
    code: "hr-provider-art43-conformity-assessment",
    group: "high_risk_provider",
    article: "Art. 43 AI Act",
    title: { en: "Conformity assessment", de: "Konformitätsbewertung" },
    explanation: {
      en: "Carry out the conformity assessment before the system is placed on the market or put into service.",
      de: "Vor dem Inverkehrbringen oder der Inbetriebnahme die Konformitätsbewertung durchführen.",
    },
    appliesFrom: null,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(43),
  },
  {
    code: "hr-provider-art47-declaration",
    group: "high_risk_provider",
    article: "Art. 47 AI Act",
    title: { en: "EU declaration of conformity", de: "EU-Konformitätserklärung" },
    explanation: {
      en: "Draw up and sign the EU declaration of conformity for the system.",
      de: "Die EU-Konformitätserklärung für das System ausstellen und unterzeichnen.",
    },
    appliesFrom: null,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(47),
  },
  {
    code: "hr-provider-art48-ce-marking",
    group: "high_risk_provider",
    article: "Art. 48 AI Act",
    title: { en: "CE marking", de: "CE-Kennzeichnung" },
    explanation: {
      en: "Affix the CE marking (digitally for digital-only systems) once conformity is established.",
      de: "Nach festgestellter Konformität die CE-Kennzeichnung anbringen (bei rein digitalen Systemen digital).",
    },
    appliesFrom: null,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(48),
  },
  {
    code: "hr-provider-art49-registration",
    group: "high_risk_provider",
    article: "Art. 49 AI Act",
    title: { en: "Registration in the EU database", de: "Registrierung in der EU-Datenbank" },
    explanation: {
      en: "For an Annex III system: register yourself and the system in the EU database before placing it on the market or putting it into service (Art. 49(1)), also when you rely on the Art. 6(3) exemption (Art. 49(2)). Critical-infrastructure systems (Annex III point 2) are registered at national level (Art. 49(5)). Annex I products are not registered there.",
      de: "Bei einem System nach Anhang III: sich und das System vor dem Inverkehrbringen oder der Inbetriebnahme in der EU-Datenbank registrieren (Art. 49 Abs. 1 KI-VO), auch wenn Sie sich auf die Ausnahme nach Art. 6 Abs. 3 KI-VO stützen (Art. 49 Abs. 2 KI-VO). Systeme kritischer Infrastruktur (Anhang III Nr. 2 KI-VO) werden auf nationaler Ebene registriert (Art. 49 Abs. 5 KI-VO). Produkte nach Anhang I werden dort nicht registriert.",
    },
    appliesFrom: null,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(49),
  },
  {
    code: "hr-provider-art72-post-market-monitoring",
    group: "high_risk_provider",
    article: "Art. 72 AI Act",
    title: { en: "Post-market monitoring", de: "Beobachtung nach dem Inverkehrbringen" },
    explanation: {
      en: "Collect and analyse data on the system's performance in use, following a documented monitoring plan.",
      de: "Daten zur Leistung des Systems im Einsatz nach einem dokumentierten Plan sammeln und auswerten.",
    },
    appliesFrom: null,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(72),
  },
  {
    code: "hr-provider-art73-incident-reporting",
    group: "high_risk_provider",
    article: "Art. 73 AI Act",
    title: { en: "Serious-incident reporting", de: "Meldung schwerwiegender Vorfälle" },
    explanation: {
      en: "Report serious incidents to the market surveillance authority within the legal deadlines; have the process ready before first use.",
      de: "Schwerwiegende Vorfälle fristgerecht der Marktüberwachungsbehörde melden; den Ablauf vor dem ersten Einsatz festlegen.",
    },
    appliesFrom: null,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(73),
  },

  // high-risk deployer --------------------------------------------------------------------
  {
    code: "deployer-art26-use-per-instructions",
    group: "high_risk_deployer",
    article: "Art. 26(1) AI Act",
    title: { en: "Use per instructions", de: "Nutzung gemäß Betriebsanleitung" },
    explanation: {
      en: "Use the system only as the provider's instructions for use describe, with appropriate technical and organisational measures.",
      de: "Das System nur so nutzen, wie es die Betriebsanleitung des Anbieters beschreibt, mit geeigneten technischen und organisatorischen Maßnahmen.",
    },
    appliesFrom: null,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(26),
  },
  {
    code: "deployer-art26-human-oversight",
    group: "high_risk_deployer",
    article: "Art. 26(2) AI Act",
    title: {
      en: "Human oversight owner named",
      de: "Verantwortliche Person für die Aufsicht benannt",
    },
    explanation: {
      en: "Assign human oversight to people who are competent, trained and have the authority and support to intervene.",
      de: "Die menschliche Aufsicht Personen übertragen, die kompetent und geschult sind und die Befugnis und Unterstützung haben, einzugreifen.",
    },
    appliesFrom: null,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(26),
  },
  {
    code: "deployer-art26-input-data",
    group: "high_risk_deployer",
    article: "Art. 26(4) AI Act",
    title: {
      en: "Relevant and representative input data",
      de: "Relevante und repräsentative Eingabedaten",
    },
    explanation: {
      en: "Where you control the input data, make sure it is relevant and sufficiently representative for the intended purpose.",
      de: "Soweit Sie die Eingabedaten kontrollieren, sicherstellen, dass sie für den Zweck relevant und hinreichend repräsentativ sind.",
    },
    appliesFrom: null,
    suggestedPhase: "analysis",
    eurLexUrl: aiAct(26),
  },
  {
    code: "deployer-art26-monitoring",
    group: "high_risk_deployer",
    article: "Art. 26(5) AI Act",
    title: { en: "Monitor, suspend and report", de: "Überwachen, aussetzen und melden" },
    explanation: {
      en: "Monitor the operation; if you see a risk, suspend use and inform the provider and authority; report serious incidents.",
      de: "Den Betrieb überwachen; bei einem Risiko die Nutzung aussetzen und Anbieter und Behörde informieren; schwerwiegende Vorfälle melden.",
    },
    appliesFrom: null,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(26),
  },
  {
    code: "deployer-art26-logs",
    group: "high_risk_deployer",
    article: "Art. 26(6) AI Act",
    title: {
      en: "Keep logs for at least 6 months",
      de: "Protokolle mindestens 6 Monate aufbewahren",
    },
    explanation: {
      en: "Keep the logs the system generates, as far as they are under your control, for at least six months.",
      de: "Die vom System erzeugten Protokolle, soweit unter Ihrer Kontrolle, mindestens sechs Monate aufbewahren.",
    },
    appliesFrom: null,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(26),
  },
  {
    code: "art26-7-inform-workers",
    group: "high_risk_deployer",
    article: "Art. 26(7) AI Act",
    title: {
      en: "Inform workers and their representatives",
      de: "Beschäftigte und ihre Vertretung informieren",
    },
    explanation: {
      en: "Before the system is used at the workplace, inform the affected employees and the works council that it will be used.",
      de: "Bevor das System am Arbeitsplatz eingesetzt wird, die betroffenen Beschäftigten und den Betriebsrat über den Einsatz informieren.",
    },
    appliesFrom: null,
    suggestedPhase: "analysis",
    eurLexUrl: aiAct(26),
  },
  {
    code: "deployer-art26-11-inform-affected-persons",
    group: "high_risk_deployer",
    article: "Art. 26(11) AI Act",
    title: {
      en: "Inform affected persons of decision support",
      de: "Betroffene über Entscheidungsunterstützung informieren",
    },
    explanation: {
      en: "Tell the people concerned that a high-risk AI system is used to make or support decisions about them.",
      de: "Betroffene Personen darüber informieren, dass ein Hochrisiko-KI-System Entscheidungen über sie trifft oder unterstützt.",
    },
    appliesFrom: null,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(26),
  },
  {
    code: "deployer-art86-explanation",
    group: "high_risk_deployer",
    article: "Art. 86 AI Act",
    title: { en: "Explain decisions on request", de: "Entscheidungen auf Anfrage erläutern" },
    explanation: {
      en: "People affected by a decision based on the system's output can ask for a clear explanation of the AI's role; be ready to give it.",
      de: "Wer von einer Entscheidung auf Grundlage des Systems betroffen ist, kann eine verständliche Erläuterung der Rolle der KI verlangen; darauf vorbereitet sein.",
    },
    appliesFrom: null,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(86),
  },
  {
    code: "deployer-art26-9-dpia-input",
    group: "high_risk_deployer",
    article: "Art. 26(9) AI Act",
    title: {
      en: "Use the provider's information for the DPIA",
      de: "Anbieterinformationen für die DSFA nutzen",
    },
    explanation: {
      en: "Use the information from the provider's instructions for use when carrying out the data protection impact assessment.",
      de: "Die Angaben aus der Betriebsanleitung des Anbieters für die Datenschutz-Folgenabschätzung verwenden.",
    },
    appliesFrom: null,
    suggestedPhase: "analysis",
    eurLexUrl: aiAct(26),
  },
  {
    code: "art27-fria",
    group: "high_risk_deployer",
    article: "Art. 27 AI Act",
    title: {
      en: "Fundamental-rights impact assessment",
      de: "Grundrechte-Folgenabschätzung",
    },
    explanation: {
      en: "Before first use, assess who is affected, which risks to their rights arise and how oversight and complaints are handled, and notify the authority of the result.",
      de: "Vor dem ersten Einsatz bewerten, wer betroffen ist, welche Risiken für Grundrechte entstehen und wie Aufsicht und Beschwerden geregelt sind, und das Ergebnis der Behörde mitteilen.",
    },
    appliesFrom: null,
    suggestedPhase: "analysis",
    eurLexUrl: aiAct(27),
  },

  // importer ------------------------------------------------------------------------------
  {
    code: "importer-art23-verify",
    group: "importer",
    article: "Art. 23(1) AI Act",
    title: { en: "Verify before importing", de: "Vor der Einfuhr prüfen" },
    explanation: {
      en: "Check that the provider carried out the conformity assessment, drew up the documentation, affixed the CE marking and appointed an authorised representative.",
      de: "Prüfen, dass der Anbieter die Konformitätsbewertung durchgeführt, die Dokumentation erstellt, die CE-Kennzeichnung angebracht und einen Bevollmächtigten benannt hat.",
    },
    appliesFrom: null,
    suggestedPhase: "analysis",
    eurLexUrl: aiAct(23),
  },
  {
    code: "importer-art23-name",
    group: "importer",
    article: "Art. 23(3) AI Act",
    title: { en: "Your name on the system", de: "Eigener Name am System" },
    explanation: {
      en: "Indicate your name, trade name and contact address on the system, its packaging or its documentation.",
      de: "Namen, Handelsnamen und Kontaktanschrift am System, auf der Verpackung oder in der Dokumentation angeben.",
    },
    appliesFrom: null,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(23),
  },
  {
    code: "importer-art23-keep-copies",
    group: "importer",
    article: "Art. 23(5) AI Act",
    title: { en: "Keep copies for 10 years", de: "Kopien 10 Jahre aufbewahren" },
    explanation: {
      en: "Keep copies of the certificate, the instructions for use and the declaration of conformity for 10 years.",
      de: "Kopien der Bescheinigung, der Betriebsanleitung und der Konformitätserklärung 10 Jahre aufbewahren.",
    },
    appliesFrom: null,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(23),
  },

  // distributor ---------------------------------------------------------------------------
  {
    code: "distributor-art24-verify",
    group: "distributor",
    article: "Art. 24(1) AI Act",
    title: { en: "Verify before reselling", de: "Vor dem Weitervertrieb prüfen" },
    explanation: {
      en: "Check that the system bears the CE marking and comes with the declaration of conformity and instructions for use.",
      de: "Prüfen, dass das System die CE-Kennzeichnung trägt und Konformitätserklärung und Betriebsanleitung beiliegen.",
    },
    appliesFrom: null,
    suggestedPhase: "analysis",
    eurLexUrl: aiAct(24),
  },
  {
    code: "distributor-art24-no-nonconforming",
    group: "distributor",
    article: "Art. 24(2) AI Act",
    title: {
      en: "Do not supply non-conforming systems",
      de: "Keine nicht konformen Systeme liefern",
    },
    explanation: {
      en: "If you have reason to believe the system does not conform, do not make it available until it has been brought into conformity.",
      de: "Bei Grund zur Annahme, dass das System nicht konform ist, es erst bereitstellen, wenn die Konformität hergestellt ist.",
    },
    appliesFrom: null,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(24),
  },

  // transparency --------------------------------------------------------------------------
  {
    code: "transparency-50-1",
    group: "transparency",
    article: "Art. 50(1) AI Act",
    title: {
      en: "Disclose that people interact with AI",
      de: "Offenlegen, dass Menschen mit KI interagieren",
    },
    explanation: {
      en: "Design the system so that people are told they are interacting with an AI, unless that is obvious.",
      de: "Das System so gestalten, dass Menschen erfahren, dass sie mit einer KI interagieren, sofern das nicht offensichtlich ist.",
    },
    appliesFrom: D.transparency.date,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(50),
  },
  {
    code: "transparency-50-2",
    group: "transparency",
    article: "Art. 50(2) AI Act",
    title: {
      en: "Machine-readable marking of synthetic content",
      de: "Maschinenlesbare Kennzeichnung synthetischer Inhalte",
    },
    explanation: {
      en: "Mark generated audio, images, video and text in a machine-readable way so it can be detected as AI-generated (systems already on the market: from 2 Dec 2026).",
      de: "Erzeugte Audio-, Bild-, Video- und Textinhalte maschinenlesbar als KI-generiert kennzeichnen (bereits in Verkehr gebrachte Systeme: ab 2.12.2026).",
    },
    appliesFrom: D.transparency.date,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(50),
  },
  {
    code: "transparency-50-3",
    group: "transparency",
    article: "Art. 50(3) AI Act",
    title: {
      en: "Inform people exposed to emotion recognition or biometric categorisation",
      de: "Über Emotionserkennung oder biometrische Kategorisierung informieren",
    },
    explanation: {
      en: "Tell the people exposed to the system how it works, and process their personal data in line with the GDPR.",
      de: "Die betroffenen Personen über den Betrieb des Systems informieren und ihre Daten DSGVO-konform verarbeiten.",
    },
    appliesFrom: D.transparency.date,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(50),
  },
  {
    code: "transparency-50-4",
    group: "transparency",
    article: "Art. 50(4) AI Act",
    title: {
      en: "Disclose deepfakes and unreviewed public-interest text",
      de: "Deepfakes und ungeprüfte Texte von öffentlichem Interesse offenlegen",
    },
    explanation: {
      en: "Say that deepfakes you publish are artificially generated, and label AI text on matters of public interest unless a person has editorial responsibility for it.",
      de: "Veröffentlichte Deepfakes als künstlich erzeugt kennzeichnen, ebenso KI-Texte zu Themen von öffentlichem Interesse, sofern niemand redaktionell verantwortlich ist.",
    },
    appliesFrom: D.transparency.date,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(50),
  },
  {
    code: "transparency-50-5",
    group: "transparency",
    article: "Art. 50(5) AI Act",
    title: {
      en: "Clear information at the first interaction",
      de: "Klare Information bei der ersten Interaktion",
    },
    explanation: {
      en: "Give the transparency information clearly and distinguishably, at the latest at the first interaction or exposure, and accessibly.",
      de: "Die Transparenzhinweise klar, unterscheidbar und barrierefrei spätestens bei der ersten Interaktion oder Konfrontation geben.",
    },
    appliesFrom: D.transparency.date,
    suggestedPhase: "pilot",
    eurLexUrl: aiAct(50),
  },

  // general-purpose model provider --------------------------------------------------------
  {
    code: "gpai-art53-documentation",
    group: "gpai",
    article: "Art. 53(1)(a) AI Act",
    title: { en: "Model documentation", de: "Modelldokumentation" },
    explanation: {
      en: "Keep technical documentation of the model, including training and testing, for the AI Office and national authorities.",
      de: "Technische Dokumentation des Modells einschließlich Training und Tests für das KI-Büro und die Behörden führen.",
    },
    appliesFrom: D.gpaiGovernancePenalties.date,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(53),
  },
  {
    code: "gpai-art53-downstream-information",
    group: "gpai",
    article: "Art. 53(1)(b) AI Act",
    title: {
      en: "Information for downstream providers",
      de: "Informationen für nachgelagerte Anbieter",
    },
    explanation: {
      en: "Give providers who build on the model the information they need to understand it and meet their own obligations.",
      de: "Anbietern, die auf dem Modell aufbauen, die Informationen geben, die sie zum Verständnis und für ihre eigenen Pflichten brauchen.",
    },
    appliesFrom: D.gpaiGovernancePenalties.date,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(53),
  },
  {
    code: "gpai-art53-copyright-policy",
    group: "gpai",
    article: "Art. 53(1)(c) AI Act",
    title: { en: "Copyright policy", de: "Urheberrechts-Strategie" },
    explanation: {
      en: "Put in place a policy to comply with EU copyright law, including respecting text-and-data-mining opt-outs.",
      de: "Eine Strategie zur Einhaltung des EU-Urheberrechts einführen, einschließlich der Beachtung von Nutzungsvorbehalten beim Text- und Data-Mining.",
    },
    appliesFrom: D.gpaiGovernancePenalties.date,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(53),
  },
  {
    code: "gpai-art53-training-summary",
    group: "gpai",
    article: "Art. 53(1)(d) AI Act",
    title: { en: "Training-content summary", de: "Zusammenfassung der Trainingsinhalte" },
    explanation: {
      en: "Publish a sufficiently detailed summary of the content used for training, using the AI Office template.",
      de: "Eine hinreichend detaillierte Zusammenfassung der Trainingsinhalte nach der Vorlage des KI-Büros veröffentlichen.",
    },
    appliesFrom: D.gpaiGovernancePenalties.date,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(53),
  },
  {
    code: "gpai-art55-systemic-risk",
    group: "gpai",
    article: "Art. 55 AI Act",
    title: {
      en: "Obligations for models with systemic risk",
      de: "Pflichten für Modelle mit systemischem Risiko",
    },
    explanation: {
      en: "Above 10^25 FLOP of training compute systemic risk is presumed: evaluate and test the model, mitigate risks, report incidents and ensure cybersecurity.",
      de: "Ab 10^25 FLOP Trainingsrechenaufwand wird ein systemisches Risiko vermutet: Modell evaluieren und testen, Risiken mindern, Vorfälle melden und Cybersicherheit gewährleisten.",
    },
    appliesFrom: D.gpaiGovernancePenalties.date,
    suggestedPhase: "scale",
    eurLexUrl: aiAct(55),
  },

  // GDPR ----------------------------------------------------------------------------------
  {
    code: "gdpr-art28-dpa",
    group: "gdpr",
    article: "Art. 28 GDPR",
    title: {
      en: "Processing agreement with the vendor",
      de: "Auftragsverarbeitungsvertrag mit dem Anbieter",
    },
    explanation: {
      en: "The vendor processes personal data on your behalf: sign a data processing agreement before real data goes in.",
      de: "Der Anbieter verarbeitet personenbezogene Daten in Ihrem Auftrag: Vor dem Einsatz echter Daten einen Auftragsverarbeitungsvertrag abschließen.",
    },
    appliesFrom: D.gdpr.date,
    suggestedPhase: "analysis",
    eurLexUrl: gdpr(28),
  },
  {
    code: "gdpr-art9-legal-basis",
    group: "gdpr",
    article: "Art. 9 GDPR",
    title: {
      en: "Legal basis for special-category data",
      de: "Rechtsgrundlage für besondere Kategorien personenbezogener Daten",
    },
    explanation: {
      en: "Biometric data used to identify a person, health data and the other special categories may only be processed under an exception of Art. 9(2) GDPR, such as explicit consent. Establish and document the exception before processing starts; employees' consent is rarely free, so offer an alternative (e.g. a badge instead of a fingerprint).",
      de: "Biometrische Daten zur Identifizierung einer Person, Gesundheitsdaten und die übrigen besonderen Kategorien dürfen nur verarbeitet werden, wenn eine Ausnahme nach Art. 9 Abs. 2 DSGVO greift, etwa eine ausdrückliche Einwilligung. Die Ausnahme vor Beginn der Verarbeitung festlegen und dokumentieren; Einwilligungen von Beschäftigten sind selten freiwillig, deshalb eine Alternative anbieten (z. B. Ausweis statt Fingerabdruck).",
    },
    appliesFrom: D.gdpr.date,
    suggestedPhase: "analysis",
    eurLexUrl: gdpr(9),
  },
  {
    code: "gdpr-dpia",
    group: "gdpr",
    article: "Art. 35 GDPR",
    title: { en: "Data protection impact assessment", de: "Datenschutz-Folgenabschätzung" },
    explanation: {
      en: "The processing is likely to pose a high risk to people: assess and reduce that risk, with your data protection officer, before processing starts.",
      de: "Die Verarbeitung birgt voraussichtlich ein hohes Risiko für Betroffene: dieses vor Beginn der Verarbeitung mit der oder dem Datenschutzbeauftragten bewerten und mindern.",
    },
    appliesFrom: D.gdpr.date,
    suggestedPhase: "analysis",
    eurLexUrl: gdpr(35),
  },
  {
    code: "gdpr-art22-human-review",
    group: "gdpr",
    article: "Art. 22 GDPR",
    title: {
      en: "Clarify automated decisions (Art. 22)",
      de: "Automatisierte Entscheidungen klären (Art. 22 DSGVO)",
    },
    explanation: {
      en: "Decisions with legal or similarly significant effects may not rest solely on automated processing unless an exception applies; add meaningful human review or get legal advice.",
      de: "Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung dürfen nur ausnahmsweise ausschließlich automatisiert fallen; eine echte menschliche Prüfung einbauen oder rechtlich beraten lassen.",
    },
    appliesFrom: D.gdpr.date,
    suggestedPhase: "analysis",
    eurLexUrl: gdpr(22),
  },
  {
    code: "gdpr-transfer-safeguards",
    group: "gdpr",
    article: "Art. 44–46 GDPR",
    title: {
      en: "Standard contractual clauses and transfer impact assessment",
      de: "Standardvertragsklauseln und Transfer-Folgenabschätzung",
    },
    explanation: {
      en: "Personal data goes to a country without adequacy decision or Data Privacy Framework cover: agree standard contractual clauses and assess the transfer risk.",
      de: "Personenbezogene Daten gehen in ein Land ohne Angemessenheitsbeschluss oder Data Privacy Framework: Standardvertragsklauseln vereinbaren und das Übermittlungsrisiko bewerten.",
    },
    appliesFrom: D.gdpr.date,
    suggestedPhase: "analysis",
    eurLexUrl: gdpr(46),
  },
  {
    code: "gdpr-vendor-role-check",
    group: "gdpr",
    article: "Art. 4(7), 26 and 28 GDPR",
    title: {
      en: "Clarify the vendor's role (training on inputs)",
      de: "Rolle des Anbieters klären (Training mit Eingaben)",
    },
    explanation: {
      en: "A vendor that trains on your inputs uses the data for its own purposes and may be a controller; switch training off or clarify the legal basis.",
      de: "Ein Anbieter, der mit Ihren Eingaben trainiert, nutzt die Daten für eigene Zwecke und kann Verantwortlicher sein; das Training abschalten oder die Rechtsgrundlage klären.",
    },
    appliesFrom: D.gdpr.date,
    suggestedPhase: "analysis",
    eurLexUrl: gdpr(28),
  },
] as const satisfies readonly ObligationDefinition[];

export type ObligationCode = (typeof OBLIGATIONS)[number]["code"];
export type Obligation = ObligationDefinition & { code: ObligationCode };

export const OBLIGATION_CODES: readonly ObligationCode[] = OBLIGATIONS.map((o) => o.code);

const OBLIGATIONS_BY_CODE = new Map<string, Obligation>(OBLIGATIONS.map((o) => [o.code, o]));

export function getObligation(code: ObligationCode): Obligation {
  const obligation = OBLIGATIONS_BY_CODE.get(code);
  if (!obligation) throw new RangeError(`Unknown obligation ${JSON.stringify(code)}`);
  return obligation;
}

export function isObligationCode(value: unknown): value is ObligationCode {
  return typeof value === "string" && OBLIGATIONS_BY_CODE.has(value);
}

export function obligationsInGroup(group: ObligationGroup): ObligationCode[] {
  return OBLIGATIONS.filter((o) => o.group === group).map((o) => o.code);
}

/**
 * When an obligation applies. High-risk rows depend on the basis; without a basis the
 * earlier Annex III date is returned, because planning too early is the safe error.
 */
export function obligationAppliesFrom(
  code: ObligationCode,
  basis: HighRiskBasis | undefined,
): IsoDate {
  const { appliesFrom } = getObligation(code);
  if (appliesFrom !== null) return appliesFrom;
  return HIGH_RISK_APPLICATION_DATES[basis ?? "annex_iii"];
}
