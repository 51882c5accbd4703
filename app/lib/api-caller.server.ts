import { AsyncLocalStorage } from "node:async_hooks";

// Which API token the current request came with (app/modules/api/handler.server.ts
// runs each API call inside `asApiToken`). recordAudit reads it, so every change made
// through the API names its token in the audit log without each mutation passing it on.

const caller = new AsyncLocalStorage<{ tokenId: string }>();

/** Runs `work` as a call of the API token: the audit events it writes name the token. */
export function asApiToken<T>(tokenId: string, work: () => T): T {
  return caller.run({ tokenId }, work);
}

/** The API token of the call being served, or null for the app's own pages. */
export function currentApiTokenId(): string | null {
  return caller.getStore()?.tokenId ?? null;
}
