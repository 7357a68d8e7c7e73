export * from "./text/index.js";
export * from "./match/index.js";
export * from "./fuzzy/index.js";
