export * from "./access/index.js";
export * from "./convention/index.js";
export * from "./lifecycle/index.js";
export * from "./providers/index.js";
export * from "./questionnaire/index.js";
export * from "./schemas/index.js";
export * from "./states/index.js";
export * from "./taxonomy/index.js";
