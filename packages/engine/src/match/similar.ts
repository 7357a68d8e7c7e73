import { getState } from "@tahub/domain";
import { at } from "../util/at.js";
import type { MatchIndex, Side } from "./build.js";
import { articleReason, termReason } from "./explain.js";
import type { MatchReason } from "./reasons.js";
import { makeProbe, articleScore } from "./score.js";
import type { MatchNeed } from "./types.js";
import { round } from "./match.js";

export interface SimilarNeed {
  id: string;
  state?: string;
  /** idf-weighted Jaccard of the two needs' terms (stems, bigrams, concepts), 0-1. */
  similarity: number;
  /** At or above `duplicateAt`: the same need worded alike. */
  duplicate: boolean;
  reasons: MatchReason[];
  need: MatchNeed;
}

export interface SimilarOptions {
  /** Needs returned. Default 10. */
  limit?: number;
  /** Minimum similarity returned. Default 0.2. */
  threshold?: number;
  /** Similarity from which a need counts as a near-duplicate. Default 0.5. */
  duplicateAt?: number;
  /** Only needs of other States. Default false. */
  otherStatesOnly?: boolean;
  /** Only needs of the same State as `need.state` (the near-duplicate check). Default false. */
  sameStateOnly?: boolean;
}

/** Term ids are weighted by idf so that "corruption" shared by everybody says little. */
function weightedJaccard(
  side: Side<MatchNeed>,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  extraA = 0,
): number {
  const setB = new Set<number>();
  for (let i = 0; i < b.length; i++) setB.add(b[i] ?? 0);
  let inter = 0;
  let union = extraA;
  for (let i = 0; i < a.length; i++) {
    const t = a[i] ?? 0;
    const w = side.bm25.idfOf(t);
    if (setB.has(t)) {
      inter += w;
      setB.delete(t);
    }
    union += w;
  }
  for (const t of setB) union += side.bm25.idfOf(t);
  return union > 0 ? inter / union : 0;
}

/**
 * Needs alike to `need` in the index — near-duplicates across States are the seed of a regional
 * programme. Candidates come from BM25 (top 100), then are rescored with an exact idf-weighted
 * Jaccard, nudged by article overlap (+0.1 x same article / cluster / chapter score).
 * A need with no text is compared by articles alone.
 */
export function similarNeeds(
  index: MatchIndex,
  need: MatchNeed,
  opts: SimilarOptions = {},
): SimilarNeed[] {
  const side = index.needs;
  const n = side.bm25.size;
  const p = makeProbe(index, need);
  const mine = side.bm25.idsOf(p.terms);
  const unknown = new Set(p.terms.map((t) => t.term)).size - mine.length;
  const maxIdf = Math.log(1 + (n + 0.5) / 0.5);
  const acc = new Float32Array(n);
  side.bm25.accumulate(p.terms, acc);
  const out: SimilarNeed[] = [];
  const threshold = opts.threshold ?? 0.2;
  for (let d = 0; d < n; d++) {
    const r = at(side.records, d);
    if (r.id === need.id) continue;
    if (opts.otherStatesOnly && need.state && r.state?.toUpperCase() === need.state.toUpperCase())
      continue;
    if (opts.sameStateOnly && (!need.state || r.state?.toUpperCase() !== need.state.toUpperCase()))
      continue;
    const art = articleScore(p, side, d);
    if (acc[d] === 0 && art === 0) continue;
    const jac =
      mine.length + unknown > 0
        ? weightedJaccard(side, mine, side.bm25.termsOf(d), unknown * maxIdf)
        : 0;
    const sim = Math.min(1, (mine.length + unknown > 0 ? jac : art) + 0.1 * art);
    if (sim < threshold) continue;
    const st = r.state ? getState(r.state) : undefined;
    const reasons = [
      articleReason(p, side, d),
      termReason(p, side, d, r.text),
      st ? ({ kind: "identified-by", state: st.iso3 } as const) : undefined,
    ].filter((x): x is MatchReason => x !== undefined);
    out.push({
      id: r.id,
      state: r.state,
      similarity: round(sim),
      duplicate: sim >= (opts.duplicateAt ?? 0.5),
      reasons,
      need: r,
    });
  }
  out.sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id));
  return out.slice(0, opts.limit ?? 10);
}

export interface NeedCluster {
  ids: string[];
  states: string[];
  /** Articles that at least two needs of the cluster cite. */
  articles: number[];
}

/**
 * Single-link clusters of needs whose idf-weighted Jaccard similarity is at least `threshold`
 * (default 0.5), keeping clusters that span at least `minStates` States (default 2): the same
 * need in several States, a candidate for a regional programme. Each need is compared with its
 * 30 best BM25 neighbours only, so the cost grows with the number of needs, not its square.
 */
export function clusterNeeds(
  index: MatchIndex,
  opts: { threshold?: number; minStates?: number; neighbours?: number } = {},
): NeedCluster[] {
  const side = index.needs;
  const groups = linkSimilar(side, opts.threshold ?? 0.5, opts.neighbours ?? 30);
  const out: NeedCluster[] = [];
  for (const g of groups) {
    if (g.length < 2) continue;
    const cluster = clusterOf(g.map((d) => at(side.records, d)));
    if (cluster.states.length < (opts.minStates ?? 2)) continue;
    out.push(cluster);
  }
  return out.sort((a, b) => b.ids.length - a.ids.length);
}

/**
 * Union-find over the needs: each need is linked to those of its `k` best BM25 neighbours whose
 * weighted Jaccard similarity is at least `threshold`. Returns the groups (need indices, in
 * index order; groups in the order of their first need's root).
 */
function linkSimilar(side: Side<MatchNeed>, threshold: number, k: number): number[][] {
  const n = side.bm25.size;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let p = parent[x] ?? x;
    while (p !== x) {
      const grand = parent[p] ?? p;
      parent[x] = grand;
      x = grand;
      p = parent[x] ?? x;
    }
    return x;
  };
  const acc = new Float32Array(n);
  const touched: number[] = [];
  for (let d = 0; d < n; d++) {
    const terms = side.bm25.termsOf(d);
    touched.length = 0;
    side.bm25.accumulateIds(Array.from(terms), acc, touched);
    const best = touched
      .filter((e) => e !== d)
      .sort((a, b) => (acc[b] ?? 0) - (acc[a] ?? 0))
      .slice(0, k);
    for (const e of best) {
      if (weightedJaccard(side, terms, side.bm25.termsOf(e)) >= threshold) {
        const ra = find(d);
        const rb = find(e);
        if (ra !== rb) parent[ra] = rb;
      }
    }
    for (const t of touched) acc[t] = 0;
  }
  const groups = new Map<number, number[]>();
  for (let d = 0; d < n; d++) {
    const r = find(d);
    const g = groups.get(r) ?? [];
    g.push(d);
    groups.set(r, g);
  }
  return [...groups.values()];
}

/** A cluster of needs: their ids, their States (sorted codes), the articles two or more state. */
function clusterOf(recs: readonly MatchNeed[]): NeedCluster {
  const states = [
    ...new Set(recs.map((r) => r.state?.toUpperCase()).filter((s): s is string => !!s)),
  ].sort();
  const counts = new Map<number, number>();
  for (const r of recs)
    for (const a of new Set(r.articles ?? [])) counts.set(a, (counts.get(a) ?? 0) + 1);
  return {
    ids: recs.map((r) => r.id),
    states,
    articles: [...counts]
      .filter(([, c]) => c >= 2)
      .map(([a]) => a)
      .sort((a, b) => a - b),
  };
}
