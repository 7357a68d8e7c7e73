import { describe, expect, it } from "vitest";
import { createReadCache } from "./read-cache.js";

describe("the read cache", () => {
  it("computes once per key while the data version stays the same", async () => {
    const cache = createReadCache();
    let calls = 0;
    const compute = () => Promise.resolve(++calls);
    expect(await cache.get("v1", "k", compute)).toBe(1);
    expect(await cache.get("v1", "k", compute)).toBe(1);
    expect(calls).toBe(1);
  });

  it("drops everything when the data version changes (a write anywhere)", async () => {
    const cache = createReadCache();
    let calls = 0;
    const compute = () => Promise.resolve(++calls);
    await cache.get("v1", "k", compute);
    expect(await cache.get("v2", "k", compute)).toBe(2);
  });

  it("keeps at most `capacity` entries, dropping the least recently used", async () => {
    const cache = createReadCache(2);
    let calls = 0;
    const compute = () => Promise.resolve(++calls);
    await cache.get("v", "a", compute); // 1
    await cache.get("v", "b", compute); // 2
    await cache.get("v", "a", compute); // hit: a is now most recent
    await cache.get("v", "c", compute); // 3, evicts b
    expect(await cache.get("v", "a", compute)).toBe(1);
    expect(await cache.get("v", "b", compute)).toBe(4);
  });

  it("does not keep a failed read", async () => {
    const cache = createReadCache();
    await expect(cache.get("v", "k", () => Promise.reject(new Error("db down")))).rejects.toThrow(
      "db down",
    );
    expect(await cache.get("v", "k", () => Promise.resolve("ok"))).toBe("ok");
  });
});
