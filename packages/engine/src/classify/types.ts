import { CATEGORY_IDS, CHAPTER_IDS } from "@tahub/domain";
import { z } from "zod";

/**
 * A need with the secretariat's labels: the format of the training data and of the evaluation
 * files (packages/engine/README.md, Evaluation protocol). The type is derived from the schema,
 * so the two cannot drift apart.
 */
export const ZLabelledNeedSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  category: z.enum(CATEGORY_IDS),
  /** Empty for a chapter-general need. */
  articles: z.array(z.number().int().min(1).max(71)).default([]),
  chapter: z.enum(CHAPTER_IDS),
  /** Other groupings the need also spans (training only: softens the target). */
  also: z.array(z.enum(CATEGORY_IDS)).optional(),
  /** Evaluation only: every grouping a careful annotator chose (contested needs have two or more). */
  accept: z.array(z.enum(CATEGORY_IDS)).optional(),
  /** Language of the text as written ("en", "fr", "es"), where known. */
  lang: z.string().optional(),
  /** Who wrote the text (a writer id): cross-validation and calibration group by it. */
  writer: z.string().optional(),
});
export type LabelledNeed = z.infer<typeof ZLabelledNeedSchema>;
