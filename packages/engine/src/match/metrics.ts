/**
 * Ranking metrics over graded judgements (0-3). Unjudged documents count as 0.
 *
 * - nDCG@10 with gain 2^rel - 1 and log2 discount, ideal from all judged documents of the query;
 * - MRR: 1 / rank of the first document judged 2 or 3 (0 if none in the ranking);
 * - recall@10: share of the documents judged 2 or 3 found in the top 10.
 * Queries with no document judged >= 1 (nDCG) or >= 2 (MRR, recall) are skipped for that metric.
 */
export interface RankingMetrics {
  queries: number;
  ndcg10: number;
  mrr: number;
  recall10: number;
}

export type Judgements = ReadonlyMap<string, ReadonlyMap<string, number>>;

export function dcg(gains: readonly number[]): number {
  let s = 0;
  gains.forEach((g, i) => (s += (2 ** g - 1) / Math.log2(i + 2)));
  return s;
}

export function rankingMetrics(
  rankings: ReadonlyMap<string, readonly string[]>,
  qrels: Judgements,
  k = 10,
): RankingMetrics {
  let ndcg = 0;
  let ndcgN = 0;
  let mrr = 0;
  let recall = 0;
  let relN = 0;
  for (const [q, ranked] of rankings) {
    const judged = qrels.get(q) ?? new Map<string, number>();
    const gains = ranked.slice(0, k).map((id) => judged.get(id) ?? 0);
    const ideal = [...judged.values()].sort((a, b) => b - a).slice(0, k);
    const idcg = dcg(ideal);
    if (idcg > 0) {
      ndcg += dcg(gains) / idcg;
      ndcgN++;
    }
    const relevant = [...judged].filter(([, r]) => r >= 2).map(([id]) => id);
    if (relevant.length > 0) {
      relN++;
      const first = ranked.findIndex((id) => (judged.get(id) ?? 0) >= 2);
      if (first >= 0) mrr += 1 / (first + 1);
      const top = new Set(ranked.slice(0, k));
      recall += relevant.filter((id) => top.has(id)).length / relevant.length;
    }
  }
  const r = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    queries: rankings.size,
    ndcg10: r(ndcgN ? ndcg / ndcgN : 0),
    mrr: r(relN ? mrr / relN : 0),
    recall10: r(relN ? recall / relN : 0),
  };
}

/** p-th percentile (0-100) of durations in ms, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[i] ?? 0) * 1000) / 1000;
}
