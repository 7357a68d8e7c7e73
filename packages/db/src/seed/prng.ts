import { mulberry32 } from "@tahub/domain";
import { at } from "../util/at.js";

export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error("pick from an empty list");
    return at(xs, Math.floor(this.next() * xs.length));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [at(a, j), at(a, i)];
    }
    return a;
  }
  /** `k` distinct items, each drawn with probability proportional to `weight`. */
  sampleWeighted<T>(xs: readonly T[], k: number, weight: (x: T) => number): T[] {
    if (k > xs.length) throw new Error(`cannot draw ${k} of ${xs.length}`);
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < k) {
      const total = pool.reduce((s, x) => s + weight(x), 0);
      let r = this.next() * total;
      let i = 0;
      for (; i < pool.length - 1; i++) {
        r -= weight(at(pool, i));
        if (r < 0) break;
      }
      out.push(at(pool.splice(i, 1), 0));
    }
    return out;
  }
  sample<T>(xs: readonly T[], k: number): T[] {
    return this.shuffle(xs).slice(0, k);
  }
}
