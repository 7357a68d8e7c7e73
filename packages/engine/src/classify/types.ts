import type { CategoryId, ChapterId } from "@tahub/domain";

/** A need with the secretariat's labels, the format of the evaluation files (packages/engine/README.md, Evaluation protocol). */
export interface LabelledNeed {
  id: string;
  text: string;
  category: CategoryId;
  /** Empty for a chapter-general need. */
  articles: number[];
  chapter: ChapterId;
  /** Other groupings the need also spans (training only: softens the target). */
  also?: CategoryId[];
  /** Evaluation only: every grouping a careful annotator chose (contested needs have two or more). */
  accept?: CategoryId[];
  /** Language of the text as written ("en", "fr", "es"), where known. */
  lang?: string;
  /** Who wrote the text (a writer id): cross-validation and calibration group by it. */
  writer?: string;
}
