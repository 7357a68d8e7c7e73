export { splitSummary, type SplitNeed, type SplitOptions, type ArticleSource } from "./split.js";
export { logicalLines, isNoiseLine, cleanText } from "./lines.js";
export { sentences, inlineEnumeration, splitClause, isLeadIn } from "./sentences.js";
