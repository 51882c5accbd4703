import { describe, expect, it, vi } from "vitest";
import { versionedCache } from "./versioned-cache.server";

function setup(maxEntries = 3) {
  let version = 1;
  const cache = versionedCache<string>(maxEntries);
  const compute = vi.fn(async (key: string) => `${key}@v${version}`);
  return {
    get: (key: string) => cache.get(key, `v${version}`, () => compute(key)),
    compute,
    write: () => version++,
  };
}

describe("versionedCache", () => {
  it("computes once per key while the data version stays, again after a write", async () => {
    const c = setup();
    expect(await c.get("a")).toBe("a@v1");
    expect(await c.get("a")).toBe("a@v1");
    expect(await c.get("b")).toBe("b@v1");
    expect(c.compute).toHaveBeenCalledTimes(2);

    c.write();
    expect(await c.get("a")).toBe("a@v2");
    expect(await c.get("b")).toBe("b@v2");
    expect(await c.get("a")).toBe("a@v2");
    expect(c.compute).toHaveBeenCalledTimes(4);
  });

  it("keeps at most maxEntries, dropping the least recently used", async () => {
    const c = setup(2);
    await c.get("a");
    await c.get("b");
    await c.get("a"); // a is now the most recently used
    await c.get("c"); // drops b
    c.compute.mockClear();
    await c.get("a");
    await c.get("c");
    expect(c.compute).not.toHaveBeenCalled();
    await c.get("b");
    expect(c.compute).toHaveBeenCalledWith("b");
  });

  it("computes without caching when there is no version", async () => {
    const cache = versionedCache<number>(2);
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.get("a", null, compute)).toBe(1);
    expect(await cache.get("a", null, compute)).toBe(2);
  });

  it("does not keep a failed computation", async () => {
    const cache = versionedCache<string>(2);
    await expect(cache.get("a", "v1", () => Promise.reject(new Error("boom")))).rejects.toThrow(
      "boom",
    );
    expect(await cache.get("a", "v1", async () => "fresh")).toBe("fresh");
  });
});
