/**
 * Every weight the matcher uses, in one object. A score is a weighted sum of features each in
 * [0, 1], so a weight reads as "how many points this feature is worth at most". Defaults were
 * tuned on `eval/match/` (see the engine README for the figures and the command); override any
 * of them per call with `{ weights: { region: 0 } }`.
 */
export interface MatchWeights {
  /** BM25 over stems, bigrams and concept ids, divided by the best BM25 of the query. Default 0.8. */
  text: number;
  /** Same article as the need (1), same executive-summary cluster (0.6), same chapter (0.25). Default 2.5. */
  article: number;
  /** Shared domain concepts (whistle-blower ~ reporting person), share of the query's concepts. Default 0.2. */
  concept: number;
  /** The candidate's form of assistance fits the need's category (via `MODALITY_CATEGORIES`). Default 1.0. */
  category: number;
  /** The provider serves the need's regional group (1) or is in the same subregion (bonus). Default 0.15. */
  region: number;
  /** Shared working language between the State (or need) and the provider. Default 0.15. */
  language: number;
  /**
   * South-South fit (provider from a developing State, or a declared South-South offer, for a
   * developing State). Default 0.1; `preferSouthSouth` multiplies it by `southSouthBoost`.
   */
  southSouth: number;
  /** Multiplier on `southSouth` when the caller asks for South-South first. Default 6. */
  southSouthBoost: number;
  /** Equity: needs with no support yet (1), decaying with 1/(1+supportCount). Default 0.25. */
  equity: number;
  /** Capacity left: a provider that stated 0 capacity loses this much. Default 0.3. */
  capacity: number;
  /** BM25 k1 (term-frequency saturation). Default 1.2. */
  k1: number;
  /** BM25 b (length normalisation). Default 0.75. */
  b: number;
  /** Weight of a bigram posting relative to a stem. Default 0.6. */
  bigram: number;
  /** Weight of a concept-id posting relative to a stem. Default 1.5. */
  conceptTerm: number;
}

export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  text: 0.8,
  article: 2.5,
  concept: 0.2,
  category: 1.0,
  region: 0.15,
  language: 0.15,
  southSouth: 0.1,
  southSouthBoost: 6,
  equity: 0.25,
  capacity: 0.3,
  k1: 1.2,
  b: 0.75,
  bigram: 0.6,
  conceptTerm: 1.5,
});

export function resolveWeights(w?: Partial<MatchWeights>): MatchWeights {
  return { ...DEFAULT_WEIGHTS, ...w };
}
