/* An organisation's choices as plain lists (no zod): the settings form shows them, schema.ts checks them. */

/**
 * The time zones an organisation can choose (when its reminders and Monday's digest go
 * out): Europe first, where Fahrplan's organisations work, and a few beyond.
 */
export const TIME_ZONES = [
  "Europe/Berlin",
  "Europe/Vienna",
  "Europe/Zurich",
  "Europe/Amsterdam",
  "Europe/Brussels",
  "Europe/Luxembourg",
  "Europe/Paris",
  "Europe/Madrid",
  "Europe/Rome",
  "Europe/Copenhagen",
  "Europe/Stockholm",
  "Europe/Oslo",
  "Europe/Warsaw",
  "Europe/Prague",
  "Europe/Budapest",
  "Europe/Helsinki",
  "Europe/Athens",
  "Europe/Bucharest",
  "Europe/Istanbul",
  "Europe/Dublin",
  "Europe/London",
  "Europe/Lisbon",
  "UTC",
  "America/New_York",
  "America/Chicago",
  "America/Los_Angeles",
  "Asia/Dubai",
  "Asia/Singapore",
  "Asia/Tokyo",
] as const;

export const EMPLOYEE_BANDS = ["E1_9", "E10_49", "E50_249", "E250_499", "E500_PLUS"] as const;
