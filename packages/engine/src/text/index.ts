export * from "./analyse.js";
export * from "./language.js";
export * from "./normalise.js";
export { isStopword } from "./stopwords.js";
