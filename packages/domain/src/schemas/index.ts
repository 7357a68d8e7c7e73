export * from "./common.js";
export * from "./limits.js";
export * from "./records.js";
export * from "./ingest.js";
export * from "./analytics.js";
export * from "./messages.js";
export * from "./admin.js";
