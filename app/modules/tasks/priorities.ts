// A task's priorities, apart from the forms' schemas (schema.ts) so that the board's
// browser code can name them without loading zod.
export const PRIORITIES = ["low", "medium", "high"] as const;
export type Priority = (typeof PRIORITIES)[number];
