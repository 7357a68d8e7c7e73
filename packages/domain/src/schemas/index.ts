export * from "./common.js";
export * from "./records.js";
