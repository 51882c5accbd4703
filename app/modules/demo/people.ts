// The demo organisation's people and facts, in one place so the seed, the visitors'
// private copies, the README and the end-to-end tests agree.
export const DEMO_ORG = {
  slug: "muster-maschinenbau",
  name: "Muster Maschinenbau GmbH",
  industry: "Maschinenbau",
  employeeBand: "E50_249",
} as const;

/** Shown in the README; the demo is for trying the product, never for real data. */
export const DEMO_PASSWORD = "Fahrplan-Demo-2026";

/**
 * The demo organisation's API token (read and write), printed by the seed and used by
 * the README's curl example. Only the shared demo organisation has it.
 */
export const DEMO_API_TOKEN = "fpat_Demo_Muster_Maschinenbau_2026_read_write_00";

export const DEMO_USERS = [
  {
    key: "owner",
    email: "katrin.weber@muster-maschinenbau.de",
    name: "Katrin Weber",
    role: "owner",
    canApproveGates: false,
  },
  {
    key: "manager",
    email: "jonas.becker@muster-maschinenbau.de",
    name: "Jonas Becker",
    role: "manager",
    canApproveGates: false,
  },
  {
    key: "member",
    email: "aylin.demir@muster-maschinenbau.de",
    name: "Aylin Demir",
    role: "member",
    canApproveGates: false,
  },
  {
    key: "viewer",
    email: "michael.hoffmann@muster-maschinenbau.de",
    name: "Dr. Michael Hoffmann",
    role: "viewer",
    canApproveGates: true,
  },
  {
    key: "member2",
    email: "lukas.schmidt@muster-maschinenbau.de",
    name: "Lukas Schmidt",
    role: "member",
    canApproveGates: false,
  },
] as const;

export type DemoUserKey = (typeof DEMO_USERS)[number]["key"];

/** Two service agents of the pilot team; they have no demo login (no usable password). */
export const SERVICE_TEAM = [
  { key: "sabine", email: "sabine.koch@muster-maschinenbau.de", name: "Sabine Koch" },
  { key: "tobias", email: "tobias.wagner@muster-maschinenbau.de", name: "Tobias Wagner" },
] as const;

export type ServiceAgentKey = (typeof SERVICE_TEAM)[number]["key"];

/** The user ids of one demo organisation's people. */
export type DemoPeople = {
  users: Record<DemoUserKey, string>;
  agents: Record<ServiceAgentKey, string>;
};

/**
 * A person's address in a visitor's copy: unique per copy and undeliverable (the
 * reserved .invalid domain), so a copy never collides with the seeded demo or mails anyone.
 */
export function copyEmail(email: string, suffix: string): string {
  return `${email.split("@")[0]}.${suffix}@demo.invalid`;
}
