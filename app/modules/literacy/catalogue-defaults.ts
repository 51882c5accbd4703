import type { Locale } from "~/lib/i18n";
import type { TrainingFormat, TrainingTopic } from "./fields";

type DefaultTraining = {
  /** Stable per entry: seeding twice never adds a second copy (Training.seedKey). */
  seedKey: string;
  topic: TrainingTopic;
  format: TrainingFormat;
  durationMinutes: number;
  validityMonths: number | null;
  link: string;
  title: Record<Locale, string>;
  provider: Record<Locale, string>;
};

/**
 * The five trainings every new catalogue starts with, one per topic: enough for a
 * small company to plan its Art 4 training without research, and easy to edit or
 * archive. Refreshers every one to two years, the rhythm works councils and
 * auditors expect for subjects that change this fast.
 */
export const DEFAULT_TRAININGS: readonly DefaultTraining[] = [
  {
    seedKey: "default-basics",
    topic: "basics",
    format: "e_learning",
    durationMinutes: 90,
    validityMonths: 24,
    link: "https://ki-campus.org",
    title: {
      de: "KI-Grundlagen: Was KI kann und was nicht",
      en: "AI basics: what AI can and cannot do",
    },
    provider: { de: "KI-Campus (online, kostenfrei)", en: "KI-Campus (online, free)" },
  },
  {
    seedKey: "default-tool-use",
    topic: "tool_use",
    format: "workshop",
    durationMinutes: 180,
    validityMonths: 12,
    link: "",
    title: {
      de: "Generative KI sicher am Arbeitsplatz nutzen",
      en: "Using generative AI safely at work",
    },
    provider: { de: "Intern (IT und Fachbereich)", en: "In-house (IT and business team)" },
  },
  {
    seedKey: "default-risks-limits",
    topic: "risks_limits",
    format: "webinar",
    durationMinutes: 60,
    validityMonths: 12,
    link: "",
    title: {
      de: "Grenzen und Risiken: Halluzinationen, Verzerrungen, Ergebnisse prüfen",
      en: "Limits and risks: hallucinations, bias, checking outputs",
    },
    provider: { de: "Intern", en: "In-house" },
  },
  {
    seedKey: "default-data-protection",
    topic: "data_protection",
    format: "e_learning",
    durationMinutes: 45,
    validityMonths: 12,
    link: "",
    title: {
      de: "Datenschutz bei KI-Werkzeugen (DSGVO)",
      en: "Data protection with AI tools (GDPR)",
    },
    provider: { de: "Datenschutzbeauftragte", en: "Data protection officer" },
  },
  {
    seedKey: "default-ai-act-duties",
    topic: "ai_act_duties",
    format: "workshop",
    durationMinutes: 120,
    validityMonths: 24,
    link: "",
    title: {
      de: "KI-Verordnung: Pflichten als Betreiber",
      en: "The EU AI Act: duties of a deployer",
    },
    provider: { de: "Externe Beratung", en: "External consultant" },
  },
];
