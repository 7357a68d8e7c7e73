export * from "./classifier.js";
export {
  ClassifierModel,
  trainModel,
  retrainModel,
  ARTICLE_LABELS,
  CHAPTER_LABELS,
  type Correction,
  type TrainModelOptions,
  type ModelJSON,
} from "./model.js";
export { extract, MAX_ANALYSED_CHARS as MAX_CLASSIFIED_CHARS } from "./features.js";
export type { LabelledNeed } from "./types.js";
export { expectedCalibrationError, fitTemperature } from "../calibrate/index.js";
