/**
 * Step 2 of the demo planner (plan.ts): for each article key of a period, the States with a
 * need naming it, of the published size, honouring the cluster unions and covering every State
 * of each chapter.
 */
import {
  FREE,
  II_KEYS,
  periodStates,
  supportOf,
  V_KEYS,
  type Period,
  type StatePlan,
  type Supports,
} from "./plan-model.js";
import type { Rng } from "./prng.js";

/**
 * The supports of one period, honouring the unions, or undefined when a draw cannot be made.
 * Draws favour States with budget left, so small States do not get more articles than needs.
 */
export function planSupports(rng: Rng, p: Period, pop: StatePlan[]): Supports | undefined {
  const S = drawSupports(rng, p, pop);
  return S && coverChapters(rng, pop, S) ? S : undefined;
}

function drawSupports(rng: Rng, p: Period, pop: StatePlan[]): Supports | undefined {
  const inII = pop.filter((s) => s.chapters.has("II"));
  const inV = pop.filter((s) => s.chapters.has("V"));
  const inBoth = pop.filter((s) => s.chapters.size === 2);
  const members = new Map<StatePlan, number>(pop.map((s) => [s, 0]));
  const slack = (s: StatePlan) => Math.max(0.02, s.budget - (members.get(s) ?? 0));
  const S: Supports = new Map();
  let ok = true;
  const draw = (from: StatePlan[], k: number): StatePlan[] => {
    if (k < 0 || k > from.length) {
      ok = false;
      return [];
    }
    return rng.sampleWeighted(from, k, slack);
  };
  const set = (key: string, states: StatePlan[]) => {
    S.set(key, states);
    for (const s of states) members.set(s, (members.get(s) ?? 0) + 1);
  };
  const n = (key: string) => periodStates(key, p);
  const u = (key: string) => periodStates(key, p, true);
  const minus = (a: StatePlan[], b: StatePlan[]) => a.filter((x) => !b.includes(x));
  /** Two supports of sizes na, nb whose union is `union`: a drawn from it, b takes the rest. */
  const pair = (union: StatePlan[], a: string, b: string) => {
    const sa = draw(union, n(a));
    const rest = minus(union, sa);
    set(a, sa);
    set(b, [...rest, ...draw(sa, n(b) - rest.length)]);
  };

  // 5 within 6: the union is article 6's States (the smallest possible, see CYCLE2_AGGREGATES).
  if (u("5+6") !== n("6")) return undefined;
  set("6", draw(inII, n("6")));
  set("5", draw(supportOf(S, "6"), n("5")));
  pair(draw(inII, u("7+8")), "7", "8");
  pair(draw(inII, u("10+13")), "13", "10");
  // 14 + 52 + 58: States with needs under both chapters.
  const uML = draw(inBoth, u("14+52+58"));
  pair(uML, "52", "14");
  set("58", draw(uML, n("58")));
  pair(draw(inV, u("54+55")), "54", "55");
  for (const k of FREE.II) set(k, draw(inII, n(k)));
  for (const k of FREE.V) set(k, draw(inV, n(k)));
  return ok ? S : undefined;
}

/**
 * Covers every State of each chapter by swapping it into a free key for a State that is
 * covered twice there (free keys have no union to keep). False when no swap is left.
 */
function coverChapters(rng: Rng, pop: StatePlan[], S: Supports): boolean {
  for (const ch of ["II", "V"] as const) {
    const keys = ch === "II" ? II_KEYS : V_KEYS;
    const cover = (s: StatePlan) => keys.filter((k) => supportOf(S, k).includes(s)).length;
    for (const x of pop.filter((s) => s.chapters.has(ch))) {
      if (cover(x) > 0) continue;
      const swap = rng
        .shuffle(FREE[ch])
        .map((k) => [k, supportOf(S, k).find((y) => cover(y) >= 2)] as const)
        .find(([, y]) => y !== undefined);
      if (!swap?.[1]) return false;
      const sup = supportOf(S, swap[0]);
      sup[sup.indexOf(swap[1])] = x;
    }
  }
  return true;
}
