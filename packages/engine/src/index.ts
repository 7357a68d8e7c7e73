export * from "./text/index.js";
