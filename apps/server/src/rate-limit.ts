import { isIP } from "node:net";

/**
 * Procedures that cost real CPU or database time per call (issue 12: one anonymous batch of
 * `analytics.figures` stalled the server). Each call in a batch spends one token, so batching
 * does not multiply what one client may ask for.
 */
const EXPENSIVE_PREFIXES = ["analytics.", "match.", "search.", "export."];
const EXPENSIVE_PATHS = new Set(["classify.text"]);

export function isExpensive(path: string): boolean {
  return EXPENSIVE_PATHS.has(path) || EXPENSIVE_PREFIXES.some((p) => path.startsWith(p));
}

/** How many expensive calls a tRPC path ("a.b,c.d", already decoded) carries. */
export function expensiveCalls(paths: readonly string[]): number {
  return paths.filter(isExpensive).length;
}

export interface RateLimitOptions {
  /** Tokens added per minute; 0 turns the limit off. */
  perMinute: number;
  /** Bucket size: how many calls may come at once after a quiet spell. */
  burst: number;
  /** Clock in milliseconds; tests pass a fake one. */
  now?: () => number;
  /** Buckets kept at most; past it, full (idle) buckets are dropped, then the oldest. */
  maxKeys?: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets keyed by client address, in this process's memory. Several server processes
 * each keep their own, so behind a load balancer a client gets up to N times the rate: the
 * limit is a brake on one client hogging a process, not an exact quota.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly opts: RateLimitOptions) {
    this.perMs = opts.perMinute / 60_000;
    this.now = opts.now ?? Date.now;
    this.maxKeys = opts.maxKeys ?? 100_000;
  }

  get enabled(): boolean {
    return this.opts.perMinute > 0;
  }

  get size(): number {
    return this.buckets.size;
  }

  take(key: string, cost = 1): TakeResult {
    if (!this.enabled || cost <= 0) return { ok: true };
    const now = this.now();
    const b = this.refill(key, now);
    // A batch larger than the bucket could never pass; it may spend the whole bucket instead.
    const need = Math.min(cost, this.opts.burst);
    if (b.tokens >= need) {
      b.tokens -= need;
      return { ok: true };
    }
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((need - b.tokens) / this.perMs / 1000)),
    };
  }

  private refill(key: string, now: number): Bucket {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.evict(now);
      b = { tokens: this.opts.burst, at: now };
      this.buckets.set(key, b);
      return b;
    }
    b.tokens = Math.min(this.opts.burst, b.tokens + (now - b.at) * this.perMs);
    b.at = now;
    return b;
  }

  /** Keeps memory bounded when many addresses pass by (e.g. a scan through an IPv6 range). */
  private evict(now: number) {
    for (const [k, b] of this.buckets)
      if (b.tokens + (now - b.at) * this.perMs >= this.opts.burst) this.buckets.delete(k);
    // Still full of busy clients: drop the oldest (Map keeps insertion order).
    const excess = this.buckets.size - Math.floor(this.maxKeys * 0.9);
    if (excess > 0) {
      let n = 0;
      for (const k of this.buckets.keys()) {
        if (n++ >= excess) break;
        this.buckets.delete(k);
      }
    }
  }
}

/**
 * The bucket key for an address: IPv4 as is (also when written IPv4-mapped), IPv6 by its /64,
 * because one subscriber usually holds a whole /64 and could otherwise rotate through it.
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const v4 = mapped?.[1];
  if (v4 !== undefined) return v4;
  if (isIP(address) !== 6) return address;
  return expandIPv6(address).slice(0, 4).join(":") + "::/64";
}

function expandIPv6(address: string): string[] {
  const [head = "", tail] = (address.split("%")[0] ?? "").split("::");
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array<string>(8 - h.length - t.length).fill("0");
  return [...h, ...fill, ...t].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""));
}
