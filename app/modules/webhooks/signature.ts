import { createHmac } from "node:crypto";

// The signature of a delivery (Stripe's scheme): HMAC-SHA256 with the endpoint's secret
// over "<unix seconds>.<body>", sent as `Fahrplan-Signature: t=<seconds>,v1=<hex>`.
// Receivers verify it with the snippet in docs/webhooks.md (a test runs that very snippet).

export const SIGNATURE_HEADER = "Fahrplan-Signature";

export function signatureHeader(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
  return `t=${t},v1=${v1}`;
}
