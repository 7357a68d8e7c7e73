export * from "./text/index.js";
export * from "./knowledge/index.js";
export * from "./classify/index.js";
export * from "./match/index.js";
export * from "./fuzzy/index.js";
export * from "./search/index.js";
export * from "./ingest/index.js";
