/**
 * Boundary quality of the splitter against annotators' splits (`tahub eval ingest`). Needs are
 * matched one to one, greedily on the token-overlap F1 of accent-folded words; a pair counts at
 * F1 >= 0.6. Precision is matched / predicted, recall matched / annotated, over all summaries
 * (micro-averaged). Article accuracy: matched pairs whose article sets are equal.
 */
import { foldAccents } from "../text/normalise.js";
import { at } from "../util/at.js";

export const MATCH_F1 = 0.6;

export interface SplitLike {
  text: string;
  articles: number[];
}

/** Lower-cased, accent-folded words and numbers. */
export function foldedWords(s: string): string[] {
  return foldAccents(s.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** F1 of the multiset overlap of two word lists. */
export function tokenF1(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of b) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(w, c - 1);
    }
  }
  if (!overlap) return 0;
  const p = overlap / b.length;
  const r = overlap / a.length;
  return (2 * p * r) / (p + r);
}

/** Greedy one-to-one matching, best pairs first (ties: document order). Returns [predicted, gold] index pairs. */
export function matchSplits(
  predicted: readonly SplitLike[],
  gold: readonly SplitLike[],
  threshold = MATCH_F1,
): [number, number][] {
  const pw = predicted.map((p) => foldedWords(p.text));
  const gw = gold.map((g) => foldedWords(g.text));
  const pairs: { i: number; j: number; f: number }[] = [];
  pw.forEach((p, i) =>
    gw.forEach((g, j) => {
      const f = tokenF1(g, p);
      if (f >= threshold) pairs.push({ i, j, f });
    }),
  );
  pairs.sort((a, b) => b.f - a.f || a.i - b.i || a.j - b.j);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const { i, j } of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

export interface BoundaryCounts {
  predicted: number;
  gold: number;
  matched: number;
  /** Matched pairs whose article sets are equal. */
  articlesEqual: number;
}

const sameSet = (a: readonly number[], b: readonly number[]) => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

export function countBoundaries(
  predicted: readonly SplitLike[],
  gold: readonly SplitLike[],
): BoundaryCounts {
  const pairs = matchSplits(predicted, gold);
  return {
    predicted: predicted.length,
    gold: gold.length,
    matched: pairs.length,
    articlesEqual: pairs.filter(([i, j]) =>
      sameSet(at(predicted, i).articles, at(gold, j).articles),
    ).length,
  };
}

export interface BoundaryScores extends BoundaryCounts {
  precision: number;
  recall: number;
  f1: number;
  /** Over matched pairs; null when nothing matched. */
  articleAccuracy: number | null;
}

export function addCounts(a: BoundaryCounts, b: BoundaryCounts): BoundaryCounts {
  return {
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
    matched: a.matched + b.matched,
    articlesEqual: a.articlesEqual + b.articlesEqual,
  };
}

export const ZERO_COUNTS: BoundaryCounts = { predicted: 0, gold: 0, matched: 0, articlesEqual: 0 };

export function scoresOf(c: BoundaryCounts): BoundaryScores {
  const precision = c.predicted ? c.matched / c.predicted : 0;
  const recall = c.gold ? c.matched / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    ...c,
    precision,
    recall,
    f1,
    articleAccuracy: c.matched ? c.articlesEqual / c.matched : null,
  };
}
