/**
 * From calibrated probabilities to a decision: the ranking of groupings and articles, the
 * chapter, the secondary grouping, and whether the need is filed or sent to review. Pure
 * functions of the scores and the need's parts; the thresholds are the classifier's (exported
 * from `classifier.ts`, documented there).
 */
import type { CategoryId, ChapterId, GuidelineRule } from "@tahub/domain";
import type { Parts } from "./features.js";
import type { InferenceTable } from "./table.js";

export interface Scored<T> {
  id: T;
  score: number;
}

/** Best first, ties in their original order (Array.prototype.sort is stable). */
export function byScore<T extends { score: number }>(xs: readonly T[]): T[] {
  return [...xs].sort((a, b) => b.score - a.score);
}

/**
 * Indices of the k largest values, best first, ties in index order: one pass keeping a sorted
 * list of k (k is 5 of ~60 articles; sorting them all cost more than the rest of a need).
 */
export function topK(p: Float64Array, k: number): number[] {
  const idx: number[] = [];
  const at = (j: number) => p[idx[j] ?? 0] ?? 0;
  p.forEach((v, i) => {
    if (idx.length === k && v <= at(k - 1)) return;
    let j = Math.min(idx.length, k - 1);
    while (j > 0 && at(j - 1) < v) {
      idx[j] = idx[j - 1] ?? 0;
      j--;
    }
    idx[j] = i;
  });
  return idx;
}

/**
 * The chapter: a mixture of the chapter head and the article head's mass per chapter. The
 * article head sees finer evidence (which provision), the chapter head knows general needs.
 */
export function chapterOfScores(
  table: InferenceTable,
  chapter: Float64Array,
  article: Float64Array,
  mix: number,
): Scored<ChapterId> {
  const mixed = Array.from(chapter, (p) => (1 - mix) * p);
  article.forEach((p, i) => {
    const c = table.articleChapter[i] ?? -1;
    if (c >= 0) mixed[c] = (mixed[c] ?? 0) + mix * p;
  });
  let best = 0;
  let mass = 0;
  mixed.forEach((p, i) => {
    mass += p;
    if (p > (mixed[best] ?? 0)) best = i;
  });
  return { id: table.chapterIds[best] ?? "II", score: (mixed[best] ?? 0) / (mass || 1) };
}

/** The guideline rule whose head phrase comes first in the need, if any. */
export function decidingRule(x: Parts): GuidelineRule | undefined {
  let first: Parts["rules"][number] | undefined;
  for (const r of x.rules) if (!first || r.position < first.position) first = r;
  return first?.rule;
}

/**
 * Whether the need sits on a contested edge of the guideline and the text asks for both sides:
 * the deciding rule files it under `best`, lists `other` among its contested groupings, and
 * `other` is the need's next request (a study visit to agree a cooperation protocol).
 */
export function isContested(
  rule: GuidelineRule | undefined,
  best: CategoryId,
  other: CategoryId | undefined,
): boolean {
  return (
    rule !== undefined &&
    other !== undefined &&
    rule.category === best &&
    rule.contestedWith.includes(other)
  );
}

/**
 * The secondary grouping (labelling guideline, principle "first-substantive-head"): the
 * grouping of the next request the need makes, i.e. the first cue, in text order, of another
 * grouping than the best; failing that, the runner-up when the model gives it `secondaryAt`.
 */
export function secondaryOf(
  categories: readonly Scored<CategoryId>[],
  cues: Parts["cues"],
  secondaryAt: number,
): Scored<CategoryId> | null {
  const [best, runnerUp] = categories;
  if (!best) return null;
  let next: Parts["cues"][number] | undefined;
  for (const h of cues)
    if (h.category !== best.id && (!next || h.position < next.position)) next = h;
  if (next) {
    const c = categories.find((x) => x.id === next.category);
    if (c) return { id: c.id, score: c.score };
  }
  return runnerUp && runnerUp.score >= secondaryAt
    ? { id: runnerUp.id, score: runnerUp.score }
    : null;
}
