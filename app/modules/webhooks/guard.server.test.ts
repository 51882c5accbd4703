import { describe, expect, it } from "vitest";
import { isBlockedAddress } from "./address";
import { checkUrlForm, vetWebhookUrl } from "./guard.server";
import type { GuardPolicy, Resolver } from "./guard.server";

// The SSRF guard without network: the resolver is injected (this machine has no DNS).

const names: Record<string, string[]> = {
  "hooks.example.com": ["93.184.215.14"],
  "intranet.example.com": ["192.168.1.5"],
  "split.example.com": ["93.184.215.14", "10.1.2.3"],
  "v6.example.com": ["2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
  "mapped.example.com": ["::ffff:10.0.0.1"],
};
const resolve: Resolver = async (host) => {
  const found = names[host];
  if (!found) throw new Error(`ENOTFOUND ${host}`);
  return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};
const production: GuardPolicy = { production: true, allowLocalhost: false, resolve };
const development: GuardPolicy = { production: false, allowLocalhost: false, resolve };

describe("the webhook SSRF guard", () => {
  it.each([
    ["https://127.0.0.1/hook"],
    ["https://10.0.0.1/hook"],
    ["https://169.254.169.254/latest/meta-data"],
    ["https://[::1]/hook"],
    ["https://[::ffff:127.0.0.1]/hook"],
    ["https://[fd00::1]/hook"],
    ["https://[fe80::1]/hook"],
    ["https://100.64.0.1/hook"],
    ["https://172.16.5.4/hook"],
    ["https://0.0.0.0/hook"],
    ["https://2130706433/hook"], // 127.0.0.1 written as a number
    ["https://intranet.example.com/hook"],
    ["https://split.example.com/hook"],
    ["https://mapped.example.com/hook"],
  ])("refuses %s in production", async (url) => {
    expect(await vetWebhookUrl(url, production)).toEqual({ ok: false, problem: "private_address" });
  });

  it("accepts a public https address and returns the address to connect to", async () => {
    const result = await vetWebhookUrl("https://hooks.example.com/in", production);
    expect(result).toMatchObject({ ok: true, address: { address: "93.184.215.14", family: 4 } });
    expect(await vetWebhookUrl("https://v6.example.com/in", production)).toMatchObject({
      ok: true,
    });
  });

  it("wants https; http only for localhost, and only outside production", async () => {
    expect(checkUrlForm("http://hooks.example.com/in", development)).toEqual({
      ok: false,
      problem: "https_required",
    });
    expect(checkUrlForm("http://localhost:4000/in", development)).toMatchObject({ ok: true });
    expect(checkUrlForm("http://127.0.0.1:4000/in", development)).toMatchObject({ ok: true });
    expect(checkUrlForm("http://localhost:4000/in", production)).toEqual({
      ok: false,
      problem: "https_required",
    });
    expect(checkUrlForm("ftp://hooks.example.com/", production)).toMatchObject({ ok: false });
    expect(checkUrlForm("not a url", production)).toEqual({ ok: false, problem: "invalid_url" });
    expect(checkUrlForm("https://user:pw@hooks.example.com/", production)).toEqual({
      ok: false,
      problem: "invalid_url",
    });
  });

  it("in development, localhost over http is allowed and reaches loopback", async () => {
    const local: GuardPolicy = {
      ...development,
      resolve: async () => [{ address: "127.0.0.1", family: 4 }],
    };
    expect(await vetWebhookUrl("http://localhost:4000/in", local)).toMatchObject({
      ok: true,
      address: { address: "127.0.0.1" },
    });
  });

  it("WEBHOOKS_ALLOW_LOCALHOST lets localhost through in production, and nothing else", async () => {
    const e2e: GuardPolicy = {
      production: true,
      allowLocalhost: true,
      resolve: async (host) =>
        host === "localhost" ? [{ address: "127.0.0.1", family: 4 }] : resolve(host),
    };
    expect(await vetWebhookUrl("http://localhost:4000/in", e2e)).toMatchObject({ ok: true });
    expect(await vetWebhookUrl("https://10.0.0.1/in", e2e)).toMatchObject({ ok: false });
    expect(await vetWebhookUrl("https://intranet.example.com/in", e2e)).toMatchObject({
      ok: false,
    });
  });

  it("a name that does not resolve is refused with its own reason", async () => {
    expect(await vetWebhookUrl("https://nowhere.example.com/", production)).toEqual({
      ok: false,
      problem: "unresolvable",
    });
  });

  it("classifies addresses", () => {
    for (const blocked of [
      "127.0.0.1",
      "10.9.8.7",
      "192.168.0.1",
      "::1",
      "::",
      "fc00::1",
      "::ffff:a00:1",
      "64:ff9b::a00:1",
      "224.0.0.1",
      "garbage",
    ])
      expect(isBlockedAddress(blocked), blocked).toBe(true);
    for (const open of ["93.184.215.14", "8.8.8.8", "2606:4700::1111", "::ffff:808:808"])
      expect(isBlockedAddress(open), open).toBe(false);
  });
});
