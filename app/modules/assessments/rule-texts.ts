import { formatDate } from "~/lib/i18n";
import { legalReference } from "./legal-reference";
import { GPAI_THRESHOLDS, PROHIBITED_PRACTICES } from "./ruleset";
import type { LocalizedText, ProhibitedPracticeCode } from "./ruleset";
import type { JudgementCode, Notice } from "./result";

/** The texts an assessment result carries: judgement reasons, notices, notes. */

export const JUDGEMENT_REASONS: Record<JudgementCode, LocalizedText> = {
  "ai-system-unsure": {
    en: "Whether this is an AI system under Art. 3(1) needs legal judgement. Until it is clarified, it is assessed as an AI system.",
    de: "Ob dies ein KI-System nach Art. 3 Nr. 1 KI-VO ist, erfordert eine rechtliche Einschätzung. Bis zur Klärung wird es als KI-System bewertet.",
  },
  "eu-link-unclear": {
    en: "Whether the AI Act applies territorially (Art. 2(1)) needs legal judgement. Until it is clarified, it is assumed to apply.",
    de: "Ob die KI-Verordnung räumlich anwendbar ist (Art. 2 Abs. 1 KI-VO), erfordert eine rechtliche Einschätzung. Bis zur Klärung wird sie als anwendbar angenommen.",
  },
  "exclusion-unsure": {
    en: "Whether an exclusion under Art. 2 applies needs legal judgement. Until it is clarified, the AI Act is assumed to apply.",
    de: "Ob ein Ausschluss nach Art. 2 KI-VO greift, erfordert eine rechtliche Einschätzung. Bis zur Klärung wird die KI-Verordnung als anwendbar angenommen.",
  },
  "prohibited-unsure": {
    en: "Whether a prohibited practice under Art. 5 is involved needs legal judgement. Do not put the system into use before this is clarified.",
    de: "Ob eine verbotene Praktik nach Art. 5 KI-VO vorliegt, erfordert eine rechtliche Einschätzung. Setzen Sie das System vor der Klärung nicht ein.",
  },
  "prohibited-exception": {
    en: "Whether an exception applies or a threshold is met (e.g. “significant harm”, medical or safety reasons) needs legal judgement. Until then the use case is treated as prohibited.",
    de: "Ob eine Ausnahme greift oder eine Schwelle erreicht ist (z. B. „erheblicher Schaden“, medizinische oder Sicherheitsgründe), erfordert eine rechtliche Einschätzung. Bis dahin gilt der Anwendungsfall als verboten.",
  },
  "offered-under-own-name": {
    en: "Offering a system you did not develop to others under your own name can make you its provider (Art. 3(3), Art. 25(1)(a)). Legal judgement required; until then you are planned as provider.",
    de: "Wer ein fremdes System unter eigenem Namen anderen anbietet, kann dessen Anbieter werden (Art. 3 Nr. 3, Art. 25 Abs. 1 Buchst. a KI-VO). Rechtliche Einschätzung nötig; bis dahin wird mit der Anbieterrolle geplant.",
  },
  "annex-i-unsure": {
    en: "Whether the system falls under Annex I product law with third-party conformity assessment needs legal judgement. Until then it is planned as high-risk.",
    de: "Ob das System unter Produktrecht nach Anhang I mit Konformitätsbewertung durch Dritte fällt, erfordert eine rechtliche Einschätzung. Bis dahin wird es als hochriskant geplant.",
  },
  "art6-3-derogation": {
    en: "Art. 6(3) derogation possible — legal judgement required. Plan as high-risk until the Art. 6(4) documentation and the Art. 49(2) registration exist.",
    de: "Ausnahme nach Art. 6 Abs. 3 KI-VO möglich — rechtliche Einschätzung nötig. Bis die Dokumentation nach Art. 6 Abs. 4 und die Registrierung nach Art. 49 Abs. 2 KI-VO vorliegen, als hochriskant planen.",
  },
  "annex-iii-purpose-without-area": {
    en: "You use the system for an Annex III purpose but picked no Annex III area. Which area applies needs legal judgement; until then it is planned as high-risk.",
    de: "Sie nutzen das System für einen Anhang-III-Zweck, haben aber keinen Anhang-III-Bereich gewählt. Welcher Bereich greift, erfordert eine rechtliche Einschätzung; bis dahin wird es als hochriskant geplant.",
  },
  "biometric-verification": {
    en: "Biometric verification (1:1, confirming that a person is who they claim to be) is excluded from Annex III point 1(a) and not high-risk on that basis. Whether the system only verifies, and never identifies people from a stored collection (1:n), needs legal judgement. The biometric data is special-category data (Art. 9 GDPR): a legal basis under Art. 9(2) GDPR and a data protection impact assessment are planned.",
    de: "Die biometrische Verifizierung (1:1, Bestätigung, dass eine Person die ist, für die sie sich ausgibt) ist von Anhang III Nr. 1 Buchst. a KI-VO ausgenommen und insoweit nicht hochriskant. Ob das System nur verifiziert und niemals Personen aus einem gespeicherten Datenbestand identifiziert (1:n), erfordert eine rechtliche Einschätzung. Die biometrischen Daten sind besondere Kategorien personenbezogener Daten (Art. 9 DSGVO): Eine Rechtsgrundlage nach Art. 9 Abs. 2 DSGVO und eine Datenschutz-Folgenabschätzung werden eingeplant.",
  },
  "emotion-recognition-biometric": {
    en: "Emotion recognition is high-risk under Annex III point 1(c) only when it infers emotions from biometric data such as facial expressions or voice features (Art. 3(39)); inferring them from written text alone is not. Whether this system's inference is based on biometric data needs legal judgement. Until then it is planned as high-risk.",
    de: "Emotionserkennung ist nach Anhang III Nr. 1 Buchst. c KI-VO nur hochriskant, wenn sie Emotionen aus biometrischen Daten wie Mimik oder Stimmmerkmalen ableitet (Art. 3 Nr. 39 KI-VO); allein aus geschriebenem Text abgeleitete Emotionen genügen nicht. Ob die Ableitung dieses Systems auf biometrischen Daten beruht, erfordert eine rechtliche Einschätzung. Bis dahin wird es als hochriskant geplant.",
  },
  "value-chain-provider": {
    en: "Whether a change is a “substantial modification” or a use lies outside the vendor's “intended purpose” (Art. 25(1)) needs legal judgement. Until then you are planned as provider of the high-risk system.",
    de: "Ob eine Änderung „wesentlich“ ist oder eine Nutzung außerhalb der „Zweckbestimmung“ des Herstellers liegt (Art. 25 Abs. 1 KI-VO), erfordert eine rechtliche Einschätzung. Bis dahin wird mit der Anbieterrolle für das Hochrisiko-System geplant.",
  },
  "public-services": {
    en: "Whether you provide “public services” in the sense of Art. 27(1) needs legal judgement. Until then the fundamental-rights impact assessment is planned.",
    de: "Ob Sie „öffentliche Dienste“ im Sinne von Art. 27 Abs. 1 KI-VO erbringen, erfordert eine rechtliche Einschätzung. Bis dahin wird die Grundrechte-Folgenabschätzung eingeplant.",
  },
  "recheck-art5f": {
    en: "The system recognises emotions or categorises people and affects employees: re-check whether it is prohibited under Art. 5(1)(f) (only medical or safety reasons are excepted). Legal judgement required.",
    de: "Das System erkennt Emotionen oder kategorisiert Menschen und betrifft Beschäftigte: Prüfen Sie erneut, ob es nach Art. 5 Abs. 1 Buchst. f KI-VO verboten ist (ausgenommen sind nur medizinische oder Sicherheitsgründe). Rechtliche Einschätzung nötig.",
  },
  "gpai-unsure": {
    en: "Whether you are the provider of a general-purpose AI model needs legal judgement. Until then the Art. 53 duties are planned.",
    de: "Ob Sie Anbieter eines KI-Modells mit allgemeinem Verwendungszweck sind, erfordert eine rechtliche Einschätzung. Bis dahin werden die Pflichten nach Art. 53 KI-VO eingeplant.",
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

export function notYetInForceNotice(practice: ProhibitedPracticeCode): Notice {
  const { article, appliesFrom } = PROHIBITED_PRACTICES[practice];
  // When a legal provision applies is a formal statement: the long style (~/lib/i18n/format).
  const date = {
    en: formatDate(appliesFrom, "en", "long"),
    de: formatDate(appliesFrom, "de", "long"),
  };
  return {
    code: "prohibition-not-yet-in-force",
    text: {
      en: `${article} applies from ${date.en} and is not yet in force. The use case is still treated as prohibited: it becomes unlawful within the planning horizon, and such content may already be punishable under criminal law.`,
      de: `${legalReference(article, "de")} gilt ab dem ${date.de} und ist noch nicht in Kraft. Der Anwendungsfall wird dennoch als verboten behandelt: Er wird innerhalb des Planungszeitraums unzulässig, und solche Inhalte können bereits strafbar sein.`,
    },
  };
}

export const OUTSIDE_NOTICE: Notice = {
  code: "outside-gdpr-may-apply",
  text: {
    en: "Outside the AI Act. The GDPR still applies wherever personal data is processed.",
    de: "Außerhalb der KI-Verordnung. Die DSGVO gilt weiterhin, wo personenbezogene Daten verarbeitet werden.",
  },
};

export function systemicRiskNote(): LocalizedText {
  const flop = "10^25 FLOP";
  return {
    en: `If the model was trained with more than ${flop}, systemic risk is presumed (${GPAI_THRESHOLDS.systemicRiskArticle}) and the additional Art. 55 duties apply: evaluation, risk mitigation, incident reporting, cybersecurity. Models of an SME pilot are normally far below that.`,
    de: `Wurde das Modell mit mehr als ${flop} trainiert, wird ein systemisches Risiko vermutet (${legalReference(GPAI_THRESHOLDS.systemicRiskArticle, "de")}) und es gelten zusätzlich die Pflichten nach Art. 55 KI-VO: Evaluierung, Risikominderung, Meldung von Vorfällen, Cybersicherheit. Modelle eines KMU-Pilotprojekts liegen normalerweise weit darunter.`,
  };
}
