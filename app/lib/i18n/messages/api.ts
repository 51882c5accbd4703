import type { MessageTree } from "./types";

// The API tokens page (Settings → API tokens, app/routes/org/api-tokens.tsx).
const en = {
  title: "API tokens",
  nav: "Integrations",
  intro:
    "Other systems (your BI, ticket system or ERP) read this organisation's roadmaps, tasks and KPIs and record measurements through the JSON API with a token. A token acts for this organisation only; every change it makes is in the audit log under its name.",
  reference: "API reference",
  create: {
    title: "New token",
    name: "Name",
    nameHint: "Which system uses it, e.g. “Power BI” or “Ticket export”.",
    scope: "Allowed",
    lifetime: "Valid for",
    submit: "Create token",
  },
  scope: { read: "read only", read_write: "read and write (tasks, measurements)" },
  lifetime: { "30": "30 days", "90": "90 days", "365": "1 year", never: "until revoked" },
  created: {
    title: "Token “{name}” created",
    body: "Copy it now: it is shown only this once. Store it where the other system keeps its secrets.",
    secret: "Token",
  },
  list: {
    title: "Tokens",
    name: "Name",
    scope: "Allowed",
    createdBy: "Made by",
    createdAt: "Made",
    expiresAt: "Expires",
    lastUsed: "Last used",
    status: "Status",
    never: "never",
    noExpiry: "—",
    revoke: "Revoke",
    revokeLabel: "Revoke token {name}",
    revokeQuestion: "Revoke “{name}”? Systems using it are refused at once.",
    revokeConfirm: "Yes, revoke",
    revoked: "Token “{name}” revoked.",
  },
  status: { active: "active", revoked: "revoked", expired: "expired" },
  empty: {
    title: "No API tokens yet",
    body: "Create one for each system that should read or feed this organisation's plan, so you can revoke one without touching the others.",
  },
  errors: { notFound: "This token no longer exists or was already revoked." },
} satisfies MessageTree;

const de: typeof en = {
  title: "API-Tokens",
  nav: "Integrationen",
  intro:
    "Andere Systeme (Ihr BI, Ticketsystem oder ERP) lesen über die JSON-API mit einem Token die Fahrpläne, Aufgaben und KPIs dieser Organisation und tragen Messwerte ein. Ein Token gilt nur für diese Organisation; jede Änderung, die es macht, steht unter seinem Namen im Protokoll.",
  reference: "API-Referenz",
  create: {
    title: "Neues Token",
    name: "Name",
    nameHint: "Welches System es nutzt, z. B. „Power BI“ oder „Ticket-Export“.",
    scope: "Erlaubt",
    lifetime: "Gültig für",
    submit: "Token erstellen",
  },
  scope: { read: "nur lesen", read_write: "lesen und schreiben (Aufgaben, Messwerte)" },
  lifetime: { "30": "30 Tage", "90": "90 Tage", "365": "1 Jahr", never: "bis zum Widerruf" },
  created: {
    title: "Token „{name}“ erstellt",
    body: "Kopieren Sie es jetzt: Es wird nur dieses eine Mal gezeigt. Legen Sie es dort ab, wo das andere System seine Geheimnisse aufbewahrt.",
    secret: "Token",
  },
  list: {
    title: "Tokens",
    name: "Name",
    scope: "Erlaubt",
    createdBy: "Erstellt von",
    createdAt: "Erstellt",
    expiresAt: "Läuft ab",
    lastUsed: "Zuletzt genutzt",
    status: "Status",
    never: "nie",
    noExpiry: "—",
    revoke: "Widerrufen",
    revokeLabel: "Token {name} widerrufen",
    revokeQuestion: "„{name}“ widerrufen? Systeme, die es nutzen, werden sofort abgewiesen.",
    revokeConfirm: "Ja, widerrufen",
    revoked: "Token „{name}“ widerrufen.",
  },
  status: { active: "aktiv", revoked: "widerrufen", expired: "abgelaufen" },
  empty: {
    title: "Noch keine API-Tokens",
    body: "Erstellen Sie eines je System, das den Plan dieser Organisation lesen oder füttern soll – so lässt sich eines widerrufen, ohne die anderen anzufassen.",
  },
  errors: { notFound: "Dieses Token gibt es nicht mehr oder es wurde schon widerrufen." },
};

export const apiMessages = { en, de };
