export * from "./text/index.js";
export * from "./knowledge/index.js";
export * from "./classify/index.js";
export * from "./match/index.js";
export * from "./fuzzy/index.js";
export * from "./search/index.js";
export * from "./ingest/index.js";
// Long computations as steps a server runs in time slices (the API converts records this way).
export { runStepsInSlices, type Steps } from "./util/steps.js";
