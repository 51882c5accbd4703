import { COMPANY_SIZES, PROHIBITED_PRACTICE_CODES, PROHIBITED_PRACTICES } from "./ruleset";
import type { LocalizedText, ProhibitedPracticeCode } from "./ruleset";
import { ANNEX_III_VALUES, annexIIIAreaOf, EXCLUSIVE_VALUES, isRelevantField } from "./answers";
import type { AnnexIIIArea, AnnexIIIValue, StepNumber } from "./answers";
import type { AnswerField, AssessmentAnswers } from "./questions";
import {
  DATA_LOCATION_VALUES,
  DECISION_EFFECT_VALUES,
  DECISION_ROLE_VALUES,
  DPIA_CRITERIA_VALUES,
  EXCLUSION_VALUES,
  ORGANISATION_TYPE_VALUES,
  PERSONAL_DATA_VALUES,
  PROHIBITED_VALUES,
  SOURCING_VALUES,
  TRANSPARENCY_VALUES,
  USE_VALUES,
  VALUE_CHAIN_VALUES,
  VENDOR_TRAINING_VALUES,
  YES_NO_UNSURE,
} from "./values";

/*
 * The questions' texts and options, without zod (questions.ts re-exports them): a page
 * that shows question texts, such as the result's judgements, need not take the schema
 * with it.
 */

// ---------------------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------------------

export type QuestionKind = "single" | "multi" | "boolean";

export type QuestionOption = {
  value: string | boolean;
  label: LocalizedText;
  /** Sub-heading for grouped options (Annex III areas). */
  group?: LocalizedText;
  /** Cannot be combined with other options of a multi question. */
  exclusive?: boolean;
};

export type Question = {
  id: AnswerField;
  /** The number in the domain spec, "1" … "20c". */
  number: string;
  step: StepNumber;
  kind: QuestionKind;
  label: LocalizedText;
  help: LocalizedText;
  article: string;
  options: readonly QuestionOption[];
  isRelevant: (answers: AssessmentAnswers) => boolean;
};

type OptionLabels<T extends string> = Record<T, LocalizedText>;

function options<T extends string>(
  values: readonly T[],
  labels: OptionLabels<T>,
  group?: (value: T) => LocalizedText,
): QuestionOption[] {
  return values.map((value) => ({
    value,
    label: labels[value],
    ...(group ? { group: group(value) } : {}),
    ...(EXCLUSIVE_VALUES.includes(value) ? { exclusive: true } : {}),
  }));
}

const YES: LocalizedText = { en: "Yes", de: "Ja" };
const NO: LocalizedText = { en: "No", de: "Nein" };
const UNSURE: LocalizedText = {
  en: "Unsure (legal judgement required)",
  de: "Unsicher (rechtliche Einschätzung nötig)",
};
const NONE_OF_THESE: LocalizedText = { en: "None of these", de: "Nichts davon" };

const BOOLEAN_OPTIONS: QuestionOption[] = [
  { value: true, label: YES },
  { value: false, label: NO },
];
const YES_NO_UNSURE_OPTIONS = options(YES_NO_UNSURE, { yes: YES, no: NO, unsure: UNSURE });

const ANNEX_III_AREA_LABELS: Record<AnnexIIIArea, LocalizedText> = {
  1: { en: "1 Biometrics", de: "1 Biometrie" },
  2: { en: "2 Critical infrastructure", de: "2 Kritische Infrastruktur" },
  3: { en: "3 Education and vocational training", de: "3 Allgemeine und berufliche Bildung" },
  4: { en: "4 Employment and workers management", de: "4 Beschäftigung und Personalmanagement" },
  5: {
    en: "5 Essential private and public services",
    de: "5 Grundlegende private und öffentliche Dienste",
  },
  6: { en: "6 Law enforcement", de: "6 Strafverfolgung" },
  7: { en: "7 Migration, asylum and border control", de: "7 Migration, Asyl und Grenzkontrolle" },
  8: { en: "8 Justice and democratic processes", de: "8 Rechtspflege und demokratische Prozesse" },
};

const NO_AREA: LocalizedText = { en: "None", de: "Keiner" };

const ANNEX_III_LABELS: OptionLabels<AnnexIIIValue> = {
  "1_remote_biometric_identification": {
    en: "Remote biometric identification",
    de: "Biometrische Fernidentifizierung",
  },
  "1_biometric_categorisation": {
    en: "Biometric categorisation by sensitive attributes",
    de: "Biometrische Kategorisierung nach sensiblen Merkmalen",
  },
  "1_emotion_recognition": { en: "Emotion recognition", de: "Emotionserkennung" },
  "1_biometric_verification": {
    en: "Only biometric verification (1:1: is this person who they claim to be, e.g. a staff entrance)",
    de: "Nur biometrische Verifizierung (1:1: Ist die Person die, für die sie sich ausgibt, z. B. Zutritt für Beschäftigte)",
  },
  "2_digital_infrastructure": {
    en: "Safety component of critical digital infrastructure",
    de: "Sicherheitsbauteil kritischer digitaler Infrastruktur",
  },
  "2_road_traffic": {
    en: "Safety component in road traffic",
    de: "Sicherheitsbauteil im Straßenverkehr",
  },
  "2_water_supply": {
    en: "Safety component of water supply",
    de: "Sicherheitsbauteil der Wasserversorgung",
  },
  "2_gas_supply": {
    en: "Safety component of gas supply",
    de: "Sicherheitsbauteil der Gasversorgung",
  },
  "2_heating_supply": {
    en: "Safety component of heating supply",
    de: "Sicherheitsbauteil der Wärmeversorgung",
  },
  "2_electricity_supply": {
    en: "Safety component of electricity supply",
    de: "Sicherheitsbauteil der Stromversorgung",
  },
  "3_admission": { en: "Admission to education", de: "Zugang oder Zulassung zur Bildung" },
  "3_grading": {
    en: "Evaluating learning outcomes (grading)",
    de: "Bewertung von Lernergebnissen (Noten)",
  },
  "3_level_assignment": {
    en: "Assigning the level of education",
    de: "Zuweisung des Bildungsniveaus",
  },
  "3_proctoring": {
    en: "Monitoring behaviour during tests (proctoring)",
    de: "Überwachung bei Prüfungen (Proctoring)",
  },
  "4_job_ads_targeting": {
    en: "Targeting job advertisements",
    de: "Gezielte Schaltung von Stellenanzeigen",
  },
  "4_cv_filtering": {
    en: "Filtering or ranking applications (CVs)",
    de: "Sichten oder Filtern von Bewerbungen (Lebensläufe)",
  },
  "4_candidate_evaluation": {
    en: "Evaluating candidates",
    de: "Bewertung von Bewerberinnen und Bewerbern",
  },
  "4_promotion_termination": {
    en: "Decisions on promotion or termination",
    de: "Entscheidungen über Beförderung oder Kündigung",
  },
  "4_task_allocation": {
    en: "Allocating tasks based on behaviour or personal traits",
    de: "Aufgabenzuweisung nach Verhalten oder persönlichen Merkmalen",
  },
  "4_performance_monitoring": {
    en: "Monitoring and evaluating performance or behaviour",
    de: "Überwachung und Bewertung von Leistung oder Verhalten",
  },
  "5a_public_benefits": {
    en: "a) Eligibility for public benefits and services",
    de: "a) Anspruch auf öffentliche Leistungen und Dienste",
  },
  "5b_creditworthiness": {
    en: "b) Creditworthiness or credit score (not fraud detection)",
    de: "b) Kreditwürdigkeit oder Bonitätsbewertung (nicht Betrugserkennung)",
  },
  "5c_life_health_insurance": {
    en: "c) Risk assessment and pricing in life and health insurance",
    de: "c) Risikobewertung und Preisbildung bei Lebens- und Krankenversicherungen",
  },
  "5d_emergency_triage": {
    en: "d) Emergency calls, dispatch and triage",
    de: "d) Notrufe, Einsatzsteuerung und Triage",
  },
  "6_law_enforcement": { en: "Law enforcement uses", de: "Einsatz in der Strafverfolgung" },
  "7_migration_border_control": {
    en: "Migration, asylum and border control uses",
    de: "Einsatz bei Migration, Asyl und Grenzkontrolle",
  },
  "8_justice_democracy": {
    en: "Administration of justice, elections and democratic processes",
    de: "Rechtspflege, Wahlen und demokratische Prozesse",
  },
  none: { en: "None of these areas", de: "Keiner dieser Bereiche" },
};

type QuestionData = Omit<Question, "isRelevant">;

const QUESTION_DATA: readonly QuestionData[] = [
  {
    id: "q1_ai_system",
    number: "1",
    step: 1,
    kind: "single",
    article: "Art. 3(1) AI Act",
    label: {
      en: "Is it an AI system?",
      de: "Handelt es sich um ein KI-System?",
    },
    help: {
      en: "It is an AI system if it uses a trained model (machine learning, a language model, image recognition) to produce predictions, content, recommendations or decisions (Art. 3(1)). Fixed if-then rules or a plain spreadsheet are not. If not, the AI Act does not apply, but the GDPR still may.",
      de: "Ein KI-System nutzt ein trainiertes Modell (maschinelles Lernen, Sprachmodell, Bilderkennung), um Vorhersagen, Inhalte, Empfehlungen oder Entscheidungen zu erzeugen (Art. 3 Nr. 1 KI-VO). Feste Wenn-dann-Regeln oder eine einfache Tabellenkalkulation sind es nicht. Ist es keines, gilt die KI-Verordnung nicht, die DSGVO aber womöglich schon.",
    },
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: "q2_sourcing",
    number: "2",
    step: 1,
    kind: "single",
    article: "Art. 3(3), 3(4), 23, 24 AI Act",
    label: { en: "How do you get the system?", de: "Woher stammt das System?" },
    help: {
      en: "This decides your role. Using a tool as it is makes you a deployer; building on a model or API, or developing yourself, makes you a provider (and also a deployer if you use it yourself, Art. 3(11)); reselling makes you a distributor (Art. 24); bringing a non-EU product to the EU makes you an importer (Art. 23).",
      de: "Davon hängt Ihre Rolle ab. Wer ein Werkzeug unverändert nutzt, ist Betreiber; wer auf einem Modell oder einer API aufbaut oder selbst entwickelt, ist Anbieter (und zugleich Betreiber bei eigener Nutzung, Art. 3 Nr. 11 KI-VO); wer weiterverkauft, ist Händler (Art. 24 KI-VO); wer ein Produkt von außerhalb der EU in die EU bringt, ist Einführer (Art. 23 KI-VO).",
    },
    options: options(SOURCING_VALUES, {
      third_party_as_is: {
        en: "A third-party tool we use as it is",
        de: "Ein fremdes Werkzeug, das wir unverändert nutzen",
      },
      built_on_third_party_model: {
        en: "Built by us on a third-party model or API",
        de: "Von uns auf einem fremden Modell oder einer API gebaut",
      },
      developed_in_house: { en: "Developed by us", de: "Von uns selbst entwickelt" },
      resell: { en: "We resell it", de: "Wir verkaufen es weiter" },
      import_non_eu: {
        en: "We bring a non-EU product to the EU",
        de: "Wir bringen ein Produkt von außerhalb der EU in die EU",
      },
    }),
  },
  {
    id: "q3_use",
    number: "3",
    step: 1,
    kind: "single",
    article: "Art. 3(9)–(11) AI Act",
    label: { en: "Who uses it?", de: "Wer nutzt es?" },
    help: {
      en: "Internal means you operate it yourselves, including towards your own customers (e.g. a chatbot on your website). Offering it to others means other companies use it under your name.",
      de: "Intern heißt: Sie betreiben es selbst, auch gegenüber Ihren eigenen Kunden (z. B. ein Chatbot auf Ihrer Website). Anderen anbieten heißt: andere Unternehmen nutzen es unter Ihrem Namen.",
    },
    options: options(USE_VALUES, {
      internal: {
        en: "Internal only (we operate it ourselves)",
        de: "Nur intern (wir betreiben es selbst)",
      },
      offered_to_others: {
        en: "Offered to others under our name",
        de: "Anderen unter unserem Namen angeboten",
      },
      both: { en: "Both", de: "Beides" },
    }),
  },
  {
    id: "q4_eu_link",
    number: "4",
    step: 1,
    kind: "single",
    article: "Art. 2(1) AI Act",
    label: {
      en: "Are you established in the EU, or is the output used in the EU?",
      de: "Sind Sie in der EU niedergelassen oder wird das Ergebnis in der EU verwendet?",
    },
    help: {
      en: "The AI Act applies to companies in the EU and to systems whose output is used in the EU (Art. 2(1)). For a German company the answer is almost always yes.",
      de: "Die KI-Verordnung gilt für Unternehmen in der EU und für Systeme, deren Ergebnisse in der EU verwendet werden (Art. 2 Abs. 1 KI-VO). Für ein deutsches Unternehmen lautet die Antwort fast immer Ja.",
    },
    options: options(YES_NO_UNSURE, {
      yes: YES,
      no: NO,
      unsure: {
        en: "Unclear (legal judgement required)",
        de: "Unklar (rechtliche Einschätzung nötig)",
      },
    }),
  },
  {
    id: "q5_exclusions",
    number: "5",
    step: 1,
    kind: "multi",
    article: "Art. 2(3), 2(6), 2(8), 2(10) AI Act",
    label: {
      en: "Does one of these exclusions apply?",
      de: "Trifft einer dieser Ausschlüsse zu?",
    },
    help: {
      en: "The AI Act does not apply to purely personal, non-professional use, to military or defence purposes, to systems developed solely for scientific research, or to research and testing before the system is placed on the market (Art. 2). Testing under real-world conditions is not covered by the last exclusion.",
      de: "Die KI-Verordnung gilt nicht für rein persönliche, nicht berufliche Nutzung, für militärische oder Verteidigungszwecke, für Systeme ausschließlich für die wissenschaftliche Forschung und für Forschung und Tests vor dem Inverkehrbringen (Art. 2 KI-VO). Tests unter Realbedingungen fallen nicht unter den letzten Ausschluss.",
    },
    options: options(EXCLUSION_VALUES, {
      personal_non_professional: {
        en: "Purely personal, non-professional use",
        de: "Rein persönliche, nicht berufliche Nutzung",
      },
      military_defence: {
        en: "Military or defence purposes",
        de: "Militärische oder Verteidigungszwecke",
      },
      scientific_research: {
        en: "Solely scientific research and development",
        de: "Ausschließlich wissenschaftliche Forschung und Entwicklung",
      },
      pre_market_testing: {
        en: "Research and testing before placing on the market",
        de: "Forschung und Tests vor dem Inverkehrbringen",
      },
      none: NONE_OF_THESE,
      unsure: UNSURE,
    }),
  },
  {
    id: "q6_prohibited_practices",
    number: "6",
    step: 2,
    kind: "multi",
    article: "Art. 5 AI Act",
    label: {
      en: "Does the system do any of the following?",
      de: "Tut das System eines der folgenden Dinge?",
    },
    help: {
      en: "These practices have been banned since 2 Feb 2025 (Art. 5); the last one from 2 Dec 2026. Any yes means: stop. Whether an exception applies or the harm is significant needs legal judgement.",
      de: "Diese Praktiken sind seit dem 2. Februar 2025 verboten (Art. 5 KI-VO), die letzte ab dem 2. Dezember 2026. Jedes Ja heißt: stoppen. Ob eine Ausnahme greift oder der Schaden erheblich ist, erfordert eine rechtliche Einschätzung.",
    },
    options: options(PROHIBITED_VALUES, {
      ...(Object.fromEntries(
        PROHIBITED_PRACTICE_CODES.map((code) => [code, PROHIBITED_PRACTICES[code].title]),
      ) as OptionLabels<ProhibitedPracticeCode>),
      none: NONE_OF_THESE,
      unsure: UNSURE,
    }),
  },
  {
    id: "q7_annex_i",
    number: "7",
    step: 3,
    kind: "single",
    article: "Art. 6(1) and Annex I AI Act",
    label: {
      en: "Is the system a product, or a safety component of a product, under EU product law that needs a third-party conformity assessment?",
      de: "Ist das System ein Produkt oder Sicherheitsbauteil eines Produkts nach EU-Produktrecht, das eine Konformitätsbewertung durch Dritte braucht?",
    },
    help: {
      en: "Annex I lists product law such as machinery, toys, lifts, radio equipment, medical devices, vehicles and aviation. If a notified body must assess the product, the AI in it is high-risk (Art. 6(1)).",
      de: "Anhang I nennt Produktrecht wie Maschinen, Spielzeug, Aufzüge, Funkanlagen, Medizinprodukte, Fahrzeuge und Luftfahrt. Muss eine benannte Stelle das Produkt prüfen, ist die KI darin hochriskant (Art. 6 Abs. 1 KI-VO).",
    },
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: "q8_annex_iii",
    number: "8",
    step: 3,
    kind: "single",
    article: "Art. 6(2) and Annex III AI Act",
    label: {
      en: "Is it used in one of these areas?",
      de: "Wird es in einem dieser Bereiche eingesetzt?",
    },
    help: {
      en: "Annex III lists the uses that are high-risk (Art. 6(2)). Pick the closest use, or none. Fraud detection is not credit scoring. Biometric verification that only confirms a person is who they claim to be is excluded from Annex III point 1(a), but biometric data is special-category data under Art. 9 GDPR. Emotion recognition is point 1(c) only when it infers emotions from biometric data such as faces or voice (Art. 3(39)).",
      de: "Anhang III nennt die Einsatzzwecke, die hochriskant sind (Art. 6 Abs. 2 KI-VO). Wählen Sie den passendsten Zweck oder keinen. Betrugserkennung ist keine Bonitätsbewertung. Eine biometrische Verifizierung, die nur bestätigt, dass eine Person die ist, für die sie sich ausgibt, ist von Anhang III Nr. 1 Buchst. a KI-VO ausgenommen; biometrische Daten sind aber besondere Kategorien personenbezogener Daten nach Art. 9 DSGVO. Emotionserkennung fällt nur unter Anhang III Nr. 1 Buchst. c KI-VO, wenn sie Emotionen aus biometrischen Daten wie Gesicht oder Stimme ableitet (Art. 3 Nr. 39 KI-VO).",
    },
    options: options(ANNEX_III_VALUES, ANNEX_III_LABELS, (value) =>
      value === "none" ? NO_AREA : ANNEX_III_AREA_LABELS[annexIIIAreaOf(value)],
    ),
  },
  {
    id: "q9_profiling",
    number: "9",
    step: 3,
    kind: "boolean",
    article: "Art. 6(3) AI Act, Art. 4(4) GDPR",
    label: {
      en: "Does it profile people?",
      de: "Erstellt es Profile von Personen?",
    },
    help: {
      en: "Profiling means automatically evaluating personal aspects such as work performance, finances, health, preferences, reliability, behaviour or location (Art. 4(4) GDPR). A system in an Annex III area that profiles people is always high-risk (Art. 6(3)).",
      de: "Profiling ist die automatisierte Bewertung persönlicher Aspekte wie Arbeitsleistung, wirtschaftliche Lage, Gesundheit, Vorlieben, Zuverlässigkeit, Verhalten oder Aufenthaltsort (Art. 4 Nr. 4 DSGVO). Ein System in einem Anhang-III-Bereich, das Profile erstellt, ist immer hochriskant (Art. 6 Abs. 3 KI-VO).",
    },
    options: BOOLEAN_OPTIONS,
  },
  {
    id: "q10_decision_role",
    number: "10",
    step: 3,
    kind: "single",
    article: "Art. 6(3) AI Act",
    label: {
      en: "What does the system do in the decision?",
      de: "Welche Rolle spielt das System bei der Entscheidung?",
    },
    help: {
      en: "A system in an Annex III area may escape high risk if it only does one of these four things and does not materially influence the outcome (Art. 6(3)). This needs legal judgement and documentation (Art. 6(4)) and registration (Art. 49(2)).",
      de: "Ein System in einem Anhang-III-Bereich ist möglicherweise nicht hochriskant, wenn es nur eine dieser vier Aufgaben erfüllt und das Ergebnis nicht wesentlich beeinflusst (Art. 6 Abs. 3 KI-VO). Das erfordert eine rechtliche Einschätzung, Dokumentation (Art. 6 Abs. 4 KI-VO) und Registrierung (Art. 49 Abs. 2 KI-VO).",
    },
    options: options(DECISION_ROLE_VALUES, {
      narrow_procedural_task: {
        en: "A narrow procedural task",
        de: "Eine eng gefasste Verfahrensaufgabe",
      },
      improves_completed_human_activity: {
        en: "Improves the result of a completed human activity",
        de: "Verbessert das Ergebnis einer abgeschlossenen menschlichen Tätigkeit",
      },
      detects_patterns_with_human_review: {
        en: "Detects decision patterns, with proper human review",
        de: "Erkennt Entscheidungsmuster, mit angemessener menschlicher Überprüfung",
      },
      preparatory_task: { en: "A preparatory task", de: "Eine vorbereitende Aufgabe" },
      none: NONE_OF_THESE,
    }),
  },
  {
    id: "q11_value_chain",
    number: "11",
    step: 3,
    kind: "multi",
    article: "Art. 25(1) AI Act",
    label: {
      en: "Does one of these apply to you?",
      de: "Trifft eines davon auf Sie zu?",
    },
    help: {
      en: "With a high-risk system, each of these makes you its provider (Art. 25(1)). This includes using a general tool such as ChatGPT for an Annex III purpose. Whether a change is 'substantial' and what the vendor's 'intended purpose' is needs legal judgement.",
      de: "Bei einem Hochrisiko-System macht Sie jedes davon zum Anbieter (Art. 25 Abs. 1 KI-VO). Dazu zählt auch, ein allgemeines Werkzeug wie ChatGPT für einen Anhang-III-Zweck zu nutzen. Ob eine Änderung „wesentlich“ ist und was die „Zweckbestimmung“ des Herstellers ist, erfordert eine rechtliche Einschätzung.",
    },
    options: options(VALUE_CHAIN_VALUES, {
      our_name_on_high_risk: {
        en: "We put our name or trademark on a high-risk system",
        de: "Wir versehen ein Hochrisiko-System mit unserem Namen oder unserer Marke",
      },
      substantial_modification: {
        en: "We substantially modify a high-risk system",
        de: "Wir ändern ein Hochrisiko-System wesentlich",
      },
      repurposed_for_annex_iii: {
        en: "We use a system for an Annex III purpose the vendor did not intend",
        de: "Wir nutzen ein System für einen Anhang-III-Zweck, den der Hersteller nicht vorgesehen hat",
      },
      none: NONE_OF_THESE,
      unsure: UNSURE,
    }),
  },
  {
    id: "q12_transparency",
    number: "12",
    step: 4,
    kind: "multi",
    article: "Art. 50 AI Act",
    label: {
      en: "Which of these does the system do?",
      de: "Was davon tut das System?",
    },
    help: {
      en: "These functions bring transparency duties (Art. 50, from 2 Aug 2026), on top of any risk tier.",
      de: "Diese Funktionen bringen Transparenzpflichten mit sich (Art. 50, ab 2. August 2026), zusätzlich zu jeder Risikostufe.",
    },
    options: options(TRANSPARENCY_VALUES, {
      interacts_with_people: {
        en: "Talks or chats with people",
        de: "Spricht oder chattet mit Menschen",
      },
      generates_synthetic_content: {
        en: "Generates synthetic audio, images, video or text",
        de: "Erzeugt synthetische Audio-, Bild-, Video- oder Textinhalte",
      },
      emotion_or_biometric_categorisation: {
        en: "Recognises emotions or categorises people biometrically",
        de: "Erkennt Emotionen oder kategorisiert Menschen biometrisch",
      },
      publishes_deepfakes: { en: "We publish deepfakes", de: "Wir veröffentlichen Deepfakes" },
      publishes_public_interest_text: {
        en: "We publish AI text on matters of public interest without human editorial responsibility",
        de: "Wir veröffentlichen KI-Texte zu Themen von öffentlichem Interesse ohne redaktionelle Verantwortung",
      },
      none: NONE_OF_THESE,
    }),
  },
  {
    id: "q13_organisation_type",
    number: "13",
    step: 4,
    kind: "single",
    article: "Art. 27(1) AI Act",
    label: {
      en: "What kind of organisation are you?",
      de: "Welche Art von Organisation sind Sie?",
    },
    help: {
      en: "Public bodies and private organisations providing public services (e.g. education, healthcare, housing) must assess the impact on fundamental rights before using a high-risk system (Art. 27). What counts as a public service needs legal judgement.",
      de: "Öffentliche Stellen und private Einrichtungen, die öffentliche Dienste erbringen (z. B. Bildung, Gesundheit, Wohnen), müssen vor dem Einsatz eines Hochrisiko-Systems die Folgen für die Grundrechte abschätzen (Art. 27 KI-VO). Was als öffentlicher Dienst gilt, erfordert eine rechtliche Einschätzung.",
    },
    options: options(ORGANISATION_TYPE_VALUES, {
      public_body: { en: "Public body", de: "Öffentliche Stelle" },
      private_public_services: {
        en: "Private provider of public services (legal judgement required)",
        de: "Private Erbringerin öffentlicher Dienste (rechtliche Einschätzung nötig)",
      },
      other: { en: "Other company", de: "Sonstiges Unternehmen" },
    }),
  },
  {
    id: "q14_workplace",
    number: "14",
    step: 4,
    kind: "boolean",
    article: "Art. 26(7) AI Act",
    label: {
      en: "Does it affect or monitor your employees at the workplace?",
      de: "Betrifft oder überwacht es Ihre Beschäftigten am Arbeitsplatz?",
    },
    help: {
      en: "Before a high-risk system is used at the workplace, the affected employees and their representatives must be informed (Art. 26(7)); in Germany the works council usually has a say as well. Applicants, customers and pupils are not employees: a system that only screens external applicants does not affect workers; one that also ranks internal applicants or evaluates staff does.",
      de: "Bevor ein Hochrisiko-System am Arbeitsplatz eingesetzt wird, sind die betroffenen Beschäftigten und ihre Vertretung zu informieren (Art. 26 Abs. 7 KI-VO); in Deutschland hat meist auch der Betriebsrat mitzubestimmen. Bewerberinnen und Bewerber, Kundinnen und Kunden sowie Schülerinnen und Schüler sind keine Beschäftigten: Ein System, das nur externe Bewerbungen sichtet, betrifft keine Beschäftigten; eines, das auch interne Bewerbungen reiht oder Mitarbeitende bewertet, schon.",
    },
    options: BOOLEAN_OPTIONS,
  },
  {
    id: "q15_size",
    number: "15",
    step: 4,
    kind: "single",
    article: "Art. 99(6), 62, 63 AI Act",
    label: { en: "How large is your company?", de: "Wie groß ist Ihr Unternehmen?" },
    help: {
      en: "SMEs get lower fine caps (Art. 99(6)), support (Art. 62) and simplified documentation (Art. 11(1)); microenterprises a simplified quality management system (Art. 63). Micro: < 10 staff; small: < 50; medium: < 250; small mid-cap: < 750.",
      de: "KMU haben niedrigere Bußgeldobergrenzen (Art. 99 Abs. 6 KI-VO), Unterstützung (Art. 62 KI-VO) und vereinfachte Dokumentation (Art. 11 Abs. 1 KI-VO); Kleinstunternehmen ein vereinfachtes Qualitätsmanagement (Art. 63 KI-VO). Kleinst: < 10 Beschäftigte; klein: < 50; mittel: < 250; kleine Midcap: < 750.",
    },
    options: options(COMPANY_SIZES, {
      micro: { en: "Micro", de: "Kleinstunternehmen" },
      small: { en: "Small", de: "Kleines Unternehmen" },
      medium: { en: "Medium", de: "Mittleres Unternehmen" },
      small_mid_cap: { en: "Small mid-cap", de: "Kleines Midcap-Unternehmen" },
      large: { en: "Large", de: "Großunternehmen" },
    }),
  },
  {
    id: "q16_gpai",
    number: "16",
    step: 4,
    kind: "single",
    article: "Art. 3(63), 53, 55 AI Act",
    label: {
      en: "Do you train a general-purpose model, or fine-tune one with more than about a third of its original training compute, and make it available?",
      de: "Trainieren Sie ein Modell mit allgemeinem Verwendungszweck oder passen Sie eines mit mehr als etwa einem Drittel seines ursprünglichen Trainingsaufwands an und stellen es bereit?",
    },
    help: {
      en: "Providers of general-purpose AI models have their own duties (Art. 53), more above 10^25 FLOP (Art. 55). Using a model through an API, or light fine-tuning, does not make you one.",
      de: "Anbieter von KI-Modellen mit allgemeinem Verwendungszweck haben eigene Pflichten (Art. 53 KI-VO), oberhalb von 10^25 FLOP weitere (Art. 55 KI-VO). Wer ein Modell über eine API nutzt oder leicht nachtrainiert, wird dadurch nicht zum Anbieter.",
    },
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: "q17_personal_data",
    number: "17",
    step: 5,
    kind: "multi",
    article: "Art. 4(1), 9, 10 GDPR",
    label: {
      en: "Which personal data does it process?",
      de: "Welche personenbezogenen Daten verarbeitet es?",
    },
    help: {
      en: "Personal data is anything that relates to an identifiable person, including names in support tickets. Special categories are health, ethnic origin, religion, union membership, biometrics and sex life (Art. 9 GDPR).",
      de: "Personenbezogen ist alles, was sich auf eine identifizierbare Person bezieht, auch Namen in Support-Tickets. Besondere Kategorien sind Gesundheit, ethnische Herkunft, Religion, Gewerkschaftszugehörigkeit, Biometrie und Sexualleben (Art. 9 DSGVO).",
    },
    options: options(PERSONAL_DATA_VALUES, {
      none: { en: "No personal data", de: "Keine personenbezogenen Daten" },
      ordinary: { en: "Ordinary personal data", de: "Gewöhnliche personenbezogene Daten" },
      special_category: {
        en: "Special categories (Art. 9 GDPR)",
        de: "Besondere Kategorien (Art. 9 DSGVO)",
      },
      criminal: {
        en: "Criminal convictions and offences (Art. 10 GDPR)",
        de: "Strafrechtliche Daten (Art. 10 DSGVO)",
      },
      children: { en: "Data of children", de: "Daten von Kindern" },
      employees: { en: "Data of employees", de: "Daten von Beschäftigten" },
    }),
  },
  {
    id: "q18_decision_effect",
    number: "18",
    step: 5,
    kind: "single",
    article: "Art. 22 GDPR",
    label: {
      en: "Do the outputs decide, or decisively shape, outcomes with legal or similarly significant effects on people?",
      de: "Entscheiden oder prägen die Ergebnisse maßgeblich Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung für Menschen?",
    },
    help: {
      en: "For example a contract, a job, a loan or a price. Decisions based solely on automated processing are allowed only in narrow cases (Art. 22 GDPR); a human must review meaningfully and be able to change the outcome.",
      de: "Zum Beispiel über einen Vertrag, eine Stelle, einen Kredit oder einen Preis. Ausschließlich automatisierte Entscheidungen sind nur ausnahmsweise erlaubt (Art. 22 DSGVO); ein Mensch muss inhaltlich prüfen und das Ergebnis ändern können.",
    },
    options: options(DECISION_EFFECT_VALUES, {
      no_significant_effect: { en: "No such effect", de: "Keine solche Wirkung" },
      significant_with_human_review: {
        en: "Yes, and a human reviews meaningfully and can change the outcome",
        de: "Ja, und ein Mensch prüft inhaltlich und kann das Ergebnis ändern",
      },
      significant_without_human_review: {
        en: "Yes, without meaningful human review",
        de: "Ja, ohne echte menschliche Prüfung",
      },
    }),
  },
  {
    id: "q19_dpia_criteria",
    number: "19",
    step: 5,
    kind: "multi",
    article: "Art. 35 GDPR; WP248",
    label: {
      en: "Which of these criteria apply?",
      de: "Welche dieser Kriterien treffen zu?",
    },
    help: {
      en: "The nine criteria of the European data protection guidelines (WP248). Two or more usually mean a data protection impact assessment is required (Art. 35 GDPR). AI counts as innovative technology.",
      de: "Die neun Kriterien der europäischen Datenschutzleitlinien (WP248). Ab zwei Kriterien ist in der Regel eine Datenschutz-Folgenabschätzung nötig (Art. 35 DSGVO). KI gilt als innovative Technologie.",
    },
    options: options(DPIA_CRITERIA_VALUES, {
      evaluation_scoring: { en: "Evaluation or scoring", de: "Bewertung oder Scoring" },
      automated_decision: {
        en: "Automated decision with legal or similar effect",
        de: "Automatisierte Entscheidung mit rechtlicher oder ähnlicher Wirkung",
      },
      systematic_monitoring: { en: "Systematic monitoring", de: "Systematische Überwachung" },
      sensitive_data: {
        en: "Sensitive or highly personal data",
        de: "Sensible oder höchstpersönliche Daten",
      },
      large_scale: { en: "Processing on a large scale", de: "Verarbeitung in großem Umfang" },
      matching_datasets: {
        en: "Matching or combining datasets",
        de: "Abgleichen oder Zusammenführen von Datensätzen",
      },
      vulnerable_subjects: {
        en: "Vulnerable data subjects (e.g. employees, children)",
        de: "Schutzbedürftige Betroffene (z. B. Beschäftigte, Kinder)",
      },
      innovative_technology: {
        en: "Innovative technology (AI counts)",
        de: "Innovative Technologie (KI zählt)",
      },
      prevents_rights_or_services: {
        en: "Prevents people from exercising a right or using a service",
        de: "Hindert Menschen an der Ausübung eines Rechts oder der Nutzung einer Leistung",
      },
      none: NONE_OF_THESE,
    }),
  },
  {
    id: "q20a_vendor_personal_data",
    number: "20a",
    step: 5,
    kind: "boolean",
    article: "Art. 28 GDPR",
    label: {
      en: "Does an external vendor (tool, API or hosting) process your personal data?",
      de: "Verarbeitet ein externer Anbieter (Werkzeug, API oder Hosting) Ihre personenbezogenen Daten?",
    },
    help: {
      en: "Then you need a data processing agreement with the vendor (Art. 28 GDPR).",
      de: "Dann brauchen Sie mit dem Anbieter einen Auftragsverarbeitungsvertrag (Art. 28 DSGVO).",
    },
    options: BOOLEAN_OPTIONS,
  },
  {
    id: "q20b_vendor_training",
    number: "20b",
    step: 5,
    kind: "single",
    article: "Art. 4(7), 28 GDPR",
    label: {
      en: "Does the vendor train its models on your inputs?",
      de: "Trainiert der Anbieter seine Modelle mit Ihren Eingaben?",
    },
    help: {
      en: "A vendor that uses your data for its own purposes may be a controller rather than a processor; check the contract and the settings.",
      de: "Ein Anbieter, der Ihre Daten für eigene Zwecke nutzt, ist womöglich Verantwortlicher statt Auftragsverarbeiter; prüfen Sie Vertrag und Einstellungen.",
    },
    options: options(VENDOR_TRAINING_VALUES, {
      yes: YES,
      no: NO,
      unknown: { en: "Don't know", de: "Weiß nicht" },
    }),
  },
  {
    id: "q20c_vendor_location",
    number: "20c",
    step: 5,
    kind: "single",
    article: "Art. 44–46 GDPR",
    label: {
      en: "Where does the vendor process the data?",
      de: "Wo verarbeitet der Anbieter die Daten?",
    },
    help: {
      en: "Outside the EU/EEA, an adequacy decision or the EU-US Data Privacy Framework (certified vendor) covers the transfer; otherwise you need standard contractual clauses and a transfer impact assessment (Art. 44–46 GDPR).",
      de: "Außerhalb von EU/EWR deckt ein Angemessenheitsbeschluss oder das EU-US Data Privacy Framework (zertifizierter Anbieter) die Übermittlung ab; sonst brauchen Sie Standardvertragsklauseln und eine Transfer-Folgenabschätzung (Art. 44 bis 46 DSGVO).",
    },
    options: options(DATA_LOCATION_VALUES, {
      eu_eea: { en: "EU/EEA", de: "EU/EWR" },
      adequacy_country: {
        en: "A country with an adequacy decision (e.g. UK, Switzerland, Japan)",
        de: "Ein Land mit Angemessenheitsbeschluss (z. B. Vereinigtes Königreich, Schweiz, Japan)",
      },
      us_dpf: {
        en: "USA, vendor certified under the Data Privacy Framework",
        de: "USA, Anbieter nach dem Data Privacy Framework zertifiziert",
      },
      other: { en: "Another country", de: "Ein anderes Land" },
      unknown: { en: "Don't know", de: "Weiß nicht" },
    }),
  },
];

export const QUESTIONS: readonly Question[] = QUESTION_DATA.map((q) => ({
  ...q,
  isRelevant: (answers: AssessmentAnswers) => isRelevantField(q.id, answers),
}));

/** A question as the browser gets it with a step's data: texts and options, no functions. */
export type QuestionView = Omit<Question, "isRelevant">;

/** A step's questions for the page's data (the catalogue stays on the server). */
export function questionViewsForStep(step: StepNumber): QuestionView[] {
  return questionsForStep(step).map(({ isRelevant: _isRelevant, ...view }) => view);
}

export function getQuestion(id: AnswerField): Question {
  const question = QUESTIONS.find((q) => q.id === id);
  if (!question) throw new RangeError(`Unknown question ${JSON.stringify(id)}`);
  return question;
}

export function questionsForStep(step: StepNumber): Question[] {
  return QUESTIONS.filter((q) => q.step === step);
}
