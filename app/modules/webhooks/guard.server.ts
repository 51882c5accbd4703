import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { env } from "~/lib/env.server";
import { isBlockedAddress, isLocalhostName, isLoopbackAddress } from "./address";

// The SSRF guard: which webhook URLs are accepted (at registration) and which address a
// delivery connects to (at each attempt, so a name that resolves elsewhere by then, DNS
// rebinding, is caught; the request is then made to exactly the checked address).
// See docs/decisions/0019-webhooks.md.

export type ResolvedAddress = { address: string; family: number };
/** Resolves a host name to all its addresses (dns.lookup with all: true); injectable for tests. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  dnsLookup(hostname, { all: true, verbatim: true });

export type GuardPolicy = {
  /** Production refuses private, loopback and link-local targets. */
  production: boolean;
  /**
   * Tests and development only (WEBHOOKS_ALLOW_LOCALHOST=1): http and loopback for
   * localhost names even in production mode, so the end-to-end run can use a local receiver.
   */
  allowLocalhost: boolean;
  resolve: Resolver;
};

export function defaultPolicy(): GuardPolicy {
  return {
    production: env.NODE_ENV === "production",
    allowLocalhost: env.WEBHOOKS_ALLOW_LOCALHOST,
    resolve: systemResolver,
  };
}

export type GuardProblem = "invalid_url" | "https_required" | "private_address" | "unresolvable";

export type GuardResult =
  { ok: true; url: URL; address: ResolvedAddress } | { ok: false; problem: GuardProblem };

/** Parses and checks a URL's form (no network): https, or http for localhost outside production. */
export function checkUrlForm(
  raw: string,
  policy: Pick<GuardPolicy, "production" | "allowLocalhost">,
): { ok: true; url: URL } | { ok: false; problem: GuardProblem } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: "invalid_url" };
  }
  if (url.username || url.password || !url.hostname) return { ok: false, problem: "invalid_url" };
  if (url.protocol === "https:") return { ok: true, url };
  if (url.protocol !== "http:") return { ok: false, problem: "https_required" };
  const localOk = !policy.production || policy.allowLocalhost;
  return localOk && isLocalhostName(url.hostname)
    ? { ok: true, url }
    : { ok: false, problem: "https_required" };
}

/**
 * Checks a webhook URL and resolves its host to the one address to connect to. In
 * production every address the name has must be public (one private address among
 * public ones is refused: the client could pick either); localhost names may resolve
 * to loopback only when the policy allows localhost.
 */
export async function vetWebhookUrl(
  raw: string,
  policy: GuardPolicy = defaultPolicy(),
): Promise<GuardResult> {
  const form = checkUrlForm(raw, policy);
  if (!form.ok) return form;
  const { url } = form;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: ResolvedAddress[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await policy.resolve(host);
    } catch {
      return { ok: false, problem: "unresolvable" };
    }
  }
  if (addresses.length === 0) return { ok: false, problem: "unresolvable" };
  const localhost = policy.allowLocalhost && isLocalhostName(url.hostname);
  const allowed = (address: string) =>
    !policy.production || !isBlockedAddress(address) || (localhost && isLoopbackAddress(address));
  if (!addresses.every((a) => allowed(a.address))) return { ok: false, problem: "private_address" };
  return { ok: true, url, address: addresses[0]! };
}
