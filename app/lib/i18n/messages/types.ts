// The shape every message file satisfies. Kept apart from core.ts so the message
// files need not import the module that imports them (core.ts takes its key type
// from the English tree).

export type PluralForms = { one: string; other: string; zero?: string };
export type MessageValue = string | PluralForms;
export type MessageTree = { [key: string]: MessageValue | MessageTree };
