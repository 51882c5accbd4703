// The demo organisation's people and facts, in one place so the seed, the
// README and the end-to-end tests agree.
export const DEMO_ORG = {
  slug: "muster-maschinenbau",
  name: "Muster Maschinenbau GmbH",
  industry: "Maschinenbau",
  employeeBand: "E50_249",
} as const;

/** Shown in the README; the demo is for trying the product, never for real data. */
export const DEMO_PASSWORD = "Fahrplan-Demo-2026";

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
