/**
 * Steps 3 and 4 of the demo planner (plan.ts): the needs of one period. Joint needs first, one
 * need per (key, State) of the supports, then the rest of each key's needs spread over the
 * regional groups by a max-flow, so that every group's published total is met.
 */
import { at, must } from "../util/at.js";
import { JOINT_NEEDS } from "./figures.js";
import {
  groupKey,
  keyChapter,
  periodNeeds,
  supportOf,
  type Period,
  type Placed,
  type StatePlan,
  type Supports,
} from "./plan-model.js";
import type { Rng } from "./prng.js";

type Give = (state: StatePlan, key: string) => void;

/**
 * The needs of one period: joint needs, one need per (key, State) of the supports, and the rest
 * of each key's needs spread over the regional groups by a max-flow. Undefined when the group
 * totals cannot be met.
 */
export function planVolumes(
  rng: Rng,
  p: Period,
  S: Supports,
  groupNeeds: Map<string, number>,
): Placed[] | undefined {
  const placed: Placed[] = [];
  const give: Give = (state, key) => {
    placed.push({ state, key });
    state.used += 1;
  };
  const joint = placeJointNeeds(rng, p, S, give);
  if (!joint) return undefined;
  const remaining = placeSingleNeeds(S, joint.singles, joint.covered, give);
  if (!remaining) return undefined;
  const flow = flowOfRest(p, S, groupNeeds, placed, remaining);
  if (!flow) return undefined;
  const { cols, groups } = flow;
  cols.forEach((c, i) => {
    groups.forEach((g, j) => {
      let amount = at(at(flow.flow, 1 + i), 1 + cols.length + j);
      const members = supportOf(S, c).filter((s) => groupKey(s) === g);
      while (amount-- > 0) {
        // The State furthest below its budget is the likeliest to take it.
        const drawn = rng.sampleWeighted(members, 1, (m) => Math.max(0.05, m.budget - m.used));
        give(at(drawn, 0), c);
      }
    });
  });
  return placed;
}

/**
 * Joint needs, in distinct States naming both articles where possible. Returns each key's
 * single-article needs still to place, and the (key, State) pairs a same-chapter joint need
 * already names (`${key}|${iso3}`); undefined when a joint need has no State naming both.
 */
function placeJointNeeds(
  rng: Rng,
  p: Period,
  S: Supports,
  give: Give,
): { singles: Map<string, number>; covered: Set<string> } | undefined {
  const covered = new Set<string>();
  const singles = new Map<string, number>([...S.keys()].map((k) => [k, periodNeeds(k, p)]));
  for (const j of JOINT_NEEDS) {
    const count = p === "early" ? j.early : j.late;
    if (count === 0) continue;
    const [a, b] = j.articles.map(String) as [string, string];
    const both = supportOf(S, a).filter((s) => supportOf(S, b).includes(s));
    if (both.length === 0) return undefined;
    const hosts = rng.shuffle(both);
    for (let i = 0; i < count; i++) {
      const host = at(hosts, i % hosts.length);
      give(host, j.key);
      for (const k of [a, b]) {
        singles.set(k, must(singles.get(k), `a count for key ${k}`) - 1);
        if (keyChapter(k) === j.chapter) covered.add(`${k}|${host.iso3}`);
      }
    }
  }
  return { singles, covered };
}

/** One single-article need per (key, State) not covered by a joint need; each key's rest. */
function placeSingleNeeds(
  S: Supports,
  singles: Map<string, number>,
  covered: Set<string>,
  give: Give,
): Map<string, number> | undefined {
  const remaining = new Map<string, number>();
  for (const k of S.keys()) {
    let r = must(singles.get(k), `a count for key ${k}`);
    for (const s of supportOf(S, k)) {
      if (covered.has(`${k}|${s.iso3}`)) continue;
      give(s, k);
      r--;
    }
    if (r < 0) return undefined;
    remaining.set(k, r);
  }
  return remaining;
}

/**
 * The rest as a flow: source -> columns (keys, capacity their remaining needs) -> regional
 * groups of this period (where the key has States) -> sink (capacity what the group still
 * needs). Undefined when a group is already over, or the flow cannot carry every need.
 */
function flowOfRest(
  p: Period,
  S: Supports,
  groupNeeds: Map<string, number>,
  placed: readonly Placed[],
  remaining: Map<string, number>,
): { cols: string[]; groups: string[]; flow: number[][] } | undefined {
  const cols = [...S.keys()];
  const needsOf = (g: string) => must(groupNeeds.get(g), `the needs of group ${g}`);
  const groups = [...groupNeeds.keys()].filter((g) => g.endsWith(`:${p}`) && needsOf(g) > 0);
  const N = 2 + cols.length + groups.length;
  const src = 0;
  const sink = N - 1;
  const cap = Array.from({ length: N }, () => new Array<number>(N).fill(0));
  let want = 0;
  cols.forEach((c, i) => {
    const r = must(remaining.get(c), `the remaining needs of key ${c}`);
    at(cap, src)[1 + i] = r;
    want += r;
    groups.forEach((g, j) => {
      if (supportOf(S, c).some((s) => groupKey(s) === g))
        at(cap, 1 + i)[1 + cols.length + j] = 10_000;
    });
  });
  for (const [j, g] of groups.entries()) {
    const base = placed.filter((x) => groupKey(x.state) === g).length;
    const r = needsOf(g) - base;
    if (r < 0) return undefined;
    at(cap, 1 + cols.length + j)[sink] = r;
  }
  const { value, flow } = maxFlow(cap, src, sink);
  return value === want ? { cols, groups, flow } : undefined;
}

/** Max-flow (Edmonds-Karp) on a small dense graph; returns the flow matrix. */
function maxFlow(
  cap: number[][],
  source: number,
  sink: number,
): { value: number; flow: number[][] } {
  const n = cap.length;
  const flow = cap.map((row) => row.map(() => 0));
  const residual = (u: number, v: number) => at(at(cap, u), v) - at(at(flow, u), v);
  let value = 0;
  for (;;) {
    const prev = new Array<number>(n).fill(-1);
    prev[source] = source;
    const queue = [source];
    for (let head = 0; head < queue.length && prev[sink] === -1; head++) {
      const u = at(queue, head);
      for (let v = 0; v < n; v++) {
        if (prev[v] === -1 && residual(u, v) > 0) {
          prev[v] = u;
          queue.push(v);
        }
      }
    }
    if (prev[sink] === -1) return { value, flow };
    let push = Infinity;
    for (let v = sink; v !== source; v = at(prev, v))
      push = Math.min(push, residual(at(prev, v), v));
    for (let v = sink; v !== source; v = at(prev, v)) {
      const u = at(prev, v);
      at(flow, u)[v] = at(at(flow, u), v) + push;
      at(flow, v)[u] = at(at(flow, v), u) - push;
    }
    value += push;
  }
}
