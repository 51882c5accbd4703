// The training catalogue's choices, without zod, so components can import them cheaply.
// They mirror the TrainingTopic and TrainingFormat enums of prisma/models.prisma.
export const TRAINING_TOPICS = [
  "basics",
  "tool_use",
  "risks_limits",
  "data_protection",
  "ai_act_duties",
] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

export const TRAINING_FORMATS = [
  "e_learning",
  "workshop",
  "webinar",
  "classroom",
  "self_study",
] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

export const TRAINING_LIMITS = {
  title: 160,
  provider: 120,
  link: 500,
  note: 500,
  minDuration: 5,
  maxDuration: 2400,
  maxValidityMonths: 120,
} as const;

/**
 * DECISION: a person counts as "trained" (Art 4 evidence) with at least one valid
 * completion of a training on these topics. A basics training is what builds AI
 * literacy; tool, data-protection or AI-Act trainings add to it but do not replace
 * it. Completions of archived trainings still count: the person did the training.
 */
export const COUNTING_TOPICS: readonly TrainingTopic[] = ["basics"];

/** The obligations of an assessment whose evidence is the team's training (Art 4, Art 26(2)). */
export const LITERACY_OBLIGATION_CODES: readonly string[] = [
  "art4-literacy",
  "deployer-art26-human-oversight",
];
