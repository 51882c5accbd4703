/**
 * A task made from a learning when the next roadmap is generated from a closing review
 * carries `sourceKey = "learning:<learningId>"` (unique per roadmap, so generating twice
 * makes no second task); the learnings page finds it by that key.
 */
export const LEARNING_SOURCE_PREFIX = "learning:";

export function learningSourceKey(learningId: string): string {
  return `${LEARNING_SOURCE_PREFIX}${learningId}`;
}

/** The learning a task was made from, or null for any other task. */
export function learningIdOf(sourceKey: string | null): string | null {
  return sourceKey?.startsWith(LEARNING_SOURCE_PREFIX)
    ? sourceKey.slice(LEARNING_SOURCE_PREFIX.length) || null
    : null;
}
