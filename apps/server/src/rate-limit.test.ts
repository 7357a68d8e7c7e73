import { describe, expect, it } from "vitest";
import { clientKey, expensiveCalls, isExpensive, TokenBuckets } from "./rate-limit.js";

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("token buckets", () => {
  it("lets a burst through, then refuses with the seconds until enough tokens are back", () => {
    const c = clock();
    const b = new TokenBuckets({ perMinute: 60, burst: 3, now: c.now });
    expect([1, 2, 3].map(() => b.take("a").ok)).toEqual([true, true, true]);
    expect(b.take("a")).toEqual({ ok: false, retryAfterSeconds: 1 });
    c.advance(1_000);
    expect(b.take("a").ok).toBe(true);
    expect(b.take("a").ok).toBe(false);
  });

  it("keeps one bucket per key", () => {
    const b = new TokenBuckets({ perMinute: 60, burst: 1, now: clock().now });
    expect(b.take("a").ok).toBe(true);
    expect(b.take("a").ok).toBe(false);
    expect(b.take("b").ok).toBe(true);
  });

  it("charges a batch by its expensive calls, and a batch larger than the bucket spends all of it", () => {
    const c = clock();
    const b = new TokenBuckets({ perMinute: 6, burst: 10, now: c.now });
    expect(b.take("a", 4).ok).toBe(true);
    expect(b.take("a", 7)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(b.take("a", 6).ok).toBe(true);
    const big = new TokenBuckets({ perMinute: 6, burst: 10, now: c.now });
    expect(big.take("a", 25).ok).toBe(true);
    expect(big.take("a", 1)).toEqual({ ok: false, retryAfterSeconds: 10 });
  });

  it("never holds more tokens than the burst", () => {
    const c = clock();
    const b = new TokenBuckets({ perMinute: 60, burst: 2, now: c.now });
    c.advance(3_600_000);
    expect([1, 2, 3].map(() => b.take("a").ok)).toEqual([true, true, false]);
  });

  it("is off at 0 per minute", () => {
    const b = new TokenBuckets({ perMinute: 0, burst: 1 });
    expect([1, 2, 3].every(() => b.take("a").ok)).toBe(true);
    expect(b.size).toBe(0);
  });

  it("stays bounded in memory: idle buckets go first, then the oldest", () => {
    const c = clock();
    const b = new TokenBuckets({ perMinute: 60, burst: 2, now: c.now, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) b.take(`k${i}`);
    expect(b.size).toBeLessThanOrEqual(100);
    c.advance(10_000);
    for (let i = 0; i < 50; i++) b.take(`fresh${i}`);
    expect(b.size).toBeLessThanOrEqual(100);
  });
});

describe("what is expensive", () => {
  it("covers analytics, match, search, export and classify.text, not classify's other calls", () => {
    for (const p of [
      "analytics.figures",
      "match.forNeed",
      "search.global",
      "export.needs",
      "classify.text",
    ])
      expect(isExpensive(p)).toBe(true);
    for (const p of ["classify.queue", "needs.list", "auth.me", "states.list", "analyticsx"])
      expect(isExpensive(p)).toBe(false);
    expect(expensiveCalls(["analytics.figures", "auth.me", "analytics.figures"])).toBe(2);
  });
});

describe("client keys", () => {
  it("groups IPv6 clients by /64 and reads IPv4-mapped addresses as IPv4", () => {
    expect(clientKey("203.0.113.9")).toBe("203.0.113.9");
    expect(clientKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:0db8:0001:0002:ffff:0:0:9")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey("unknown")).toBe("unknown");
  });
});
