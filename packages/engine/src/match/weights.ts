/**
 * Every weight the matcher uses, in one object. A score is a weighted sum of features each in
 * [0, 1], so a weight reads as "how many points this feature is worth at most". Defaults were
 * tuned on the dev half of `eval/match2/` (independently judged, EN/FR/ES; the engine README's
 * "Matching evaluation" gives the figures, what each change moved, and the command), taking a
 * middle point of a flat plateau; override any of them per call with `{ weights: { region: 0 } }`.
 * Build-time weights (k1, b, bigram, conceptTerm, neutralConcept, pivot) apply when the index is built.
 */
export interface MatchWeights {
  /** BM25 over stems, bigrams and concept ids, divided by the best BM25 of the query. Default 0.2: same-language words only, the language-neutral index below carries most of the text. */
  text: number;
  /** Same article as the need (1), same executive-summary cluster (0.6), same chapter (0.25), gated by `articleGate`. Default 2. */
  article: number;
  /**
   * The article prior reaches its full weight for records with at least this share of the
   * query's best text evidence, and shrinks linearly below (0 = not gated). Default 0.5.
   */
  articleGate: number;
  /** BM25 over cognate keys and concept ids (`crosslang.ts`), divided by the best of the query. Default 1.5. */
  cognate: number;
  /** Shared domain concepts (whistle-blower ~ reporting person), share of the query's concepts. Default 0.6. */
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
  /**
   * Waiting bonus: a need that no engagement supports has its text and concept evidence
   * multiplied by up to 1 + `waiting` (reached at `waitingFullDays` of waiting, linear before,
   * capped after). Default 0.15. A policy choice (equity, issue 13), not tuned: it multiplies
   * the evidence, so a need with none gains nothing, and it adds at most 15% of it.
   */
  waiting: number;
  /** Days of waiting at which the waiting bonus is full. Default 365. */
  waitingFullDays: number;
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
  /** Weight of a concept-id posting relative to a cognate key in the language-neutral index. Default 1.5. */
  neutralConcept: number;
  /** Weight of a glossary pivot posting (`../knowledge/glossary.ts`) relative to a cognate key in the language-neutral index. Default 1.5. */
  pivot: number;
}

export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  text: 0.2,
  article: 2,
  concept: 0.6,
  articleGate: 0.5,
  cognate: 1.5,
  category: 1.0,
  region: 0.15,
  language: 0.15,
  southSouth: 0.1,
  southSouthBoost: 6,
  equity: 0.25,
  waiting: 0.15,
  waitingFullDays: 365,
  capacity: 0.3,
  k1: 1.2,
  b: 0.75,
  bigram: 0.6,
  conceptTerm: 1.5,
  neutralConcept: 1.5,
  pivot: 1.5,
});

export function resolveWeights(w?: Partial<MatchWeights>): MatchWeights {
  return { ...DEFAULT_WEIGHTS, ...w };
}
