export { splitSummary, type SplitNeed, type SplitOptions, type ArticleSource } from "./split.js";
export { logicalLines, isNoiseLine, cleanText } from "./lines.js";
export { sentences, inlineEnumeration, splitClause, isLeadIn } from "./sentences.js";
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
} from "./evaluate.js";
