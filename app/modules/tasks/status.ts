export type TaskStatus = "todo" | "in_progress" | "blocked" | "done";

export const TASK_STATUSES: readonly TaskStatus[] = ["todo", "in_progress", "blocked", "done"];
