import { BlockList, isIP } from "node:net";

// Which addresses a webhook may never reach in production (SSRF): the machine itself,
// private networks, link-local (the cloud metadata service at 169.254.169.254), CGNAT,
// multicast and reserved ranges, in IPv4 and IPv6. node:net's BlockList also matches
// IPv4-mapped IPv6 forms (::ffff:10.0.0.1, ::ffff:a00:1) against the IPv4 rules.
// Pure: see docs/decisions/0019-webhooks.md.

const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network", 0.0.0.0 included
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 96], // unspecified, loopback, IPv4-compatible (::10.0.0.1)
  ["64:ff9b::", 96], // NAT64: would reach an IPv4 address we did not check
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

/** True for an address a webhook must not reach in production. Not an IP at all: true. */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const family = isIP(bare);
  if (family === 0) return true;
  return blocked.check(bare, family === 4 ? "ipv4" : "ipv6");
}

/** The names of this machine that development may send to over http. */
export function isLocalhostName(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return (
    bare === "localhost" ||
    bare.endsWith(".localhost") ||
    bare === "::1" ||
    /^127\.\d+\.\d+\.\d+$/.test(bare)
  );
}

/** Loopback only (127/8, ::1, their mapped forms): what a localhost name may resolve to. */
export function isLoopbackAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").toLowerCase();
  return /^127\./.test(bare) || bare === "::1" || /^::ffff:(127\.|7f)/.test(bare);
}
