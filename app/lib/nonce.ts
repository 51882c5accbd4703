import { createContext, useContext } from "react";

/** The per-response CSP nonce, provided by entry.server.tsx; empty in the browser. */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce() {
  return useContext(NonceContext);
}
