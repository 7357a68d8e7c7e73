/**
 * `@tahub/engine/eval`: what measures the engine rather than runs it — evaluation metrics,
 * cross-validation, the peer systems it is compared with (natural's classifiers, fuse.js,
 * MiniSearch), synthetic data for benchmarks, the training set generator, and the parsers of the
 * evaluation files. The runtime (`@tahub/engine`) never imports this; the CLI's `eval` and
 * `bench` commands and the engine's own tests and scripts do.
 */
export * from "./classify/evaluate.js";
export { crossValidate, crossValidateByWriter } from "./classify/crossvalidate.js";
export * from "./classify/peers.js";
export { trainingSet, generateTrainingSet, seededRandom } from "./classify/training/index.js";
export * from "./match/files.js";
export * from "./match/metrics.js";
export * from "./match/peers.js";
export * from "./match/synthetic.js";
export {
  addCounts,
  countBoundaries,
  foldedWords,
  matchSplits,
  scoresOf,
  tokenF1,
  MATCH_F1,
  ZERO_COUNTS,
  type BoundaryCounts,
  type BoundaryScores,
  type SplitLike,
} from "./ingest/evaluate.js";
