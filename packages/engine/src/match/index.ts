export * from "./bm25.js";
export {
  AnalysisCache,
  buildMatchIndex,
  buildMatchIndexInSlices,
  type BuildOptions,
  type MatchIndex,
  type RecordAnalysis,
} from "./build.js";
export * from "./concepts.js";
export { LEGAL_TRADITIONS, legalTradition, type LegalTradition } from "./features.js";
export * from "./filters.js";
export * from "./match.js";
export * from "./partners.js";
export * from "./reasons.js";
export * from "./similar.js";
export * from "./types.js";
export * from "./waiting.js";
export * from "./weights.js";
export { epochDay } from "./build.js";
export { waitingBonus } from "./score.js";
