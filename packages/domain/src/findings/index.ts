/**
 * Reviewers' findings (issue 14, part 6): per State, article and review cycle, how many
 * challenges in implementation and how many recommendations the country review made. The
 * secretariat's notes set the needs identified under an article beside them ("222 challenges
 * across 75 States" under art. 12: CAC/COSP/2023 note, paras 22, 32, 35, 46). One schema
 * validates the API's input, each row of an import and the portal's form.
 */
import { z } from "zod";
import { chapterOf, REVIEW_CYCLES, type ChapterId } from "../convention/index.js";
import {
  ZArticleSchema,
  ZChapterSchema,
  ZCycleSchema,
  ZIso3Schema,
  ZRegionalGroupSchema,
} from "../schemas/common.js";
import { MAX_SOURCE_REF, tooLong } from "../schemas/limits.js";
import { ZAnalyticsQuerySchema } from "../schemas/analytics.js";
import { getState } from "../states/index.js";

/**
 * Challenges or recommendations of one review under one article. A review names a handful per
 * article (the 2023 note counts 222 challenges under art. 12 across 75 States, three each); a
 * thousand is far past any review and catches a mistyped cell.
 */
export const MAX_FINDING_COUNT = 1_000;

/** The chapters a cycle reviews: cycle 1 chapters III and IV, cycle 2 chapters II and V. */
export function reviewedChapters(cycle: 1 | 2): readonly ChapterId[] {
  const found = REVIEW_CYCLES.find((c) => c.id === cycle);
  if (!found) throw new Error(`no review cycle ${String(cycle)}`);
  return found.chapters;
}

/** Whether the reviews of `cycle` look at `article` (so a finding under it can exist). */
export function isReviewedIn(article: number, cycle: 1 | 2): boolean {
  return reviewedChapters(cycle).includes(chapterOf(article));
}

const COUNT_MESSAGE = `must be a whole number from 0 to ${MAX_FINDING_COUNT.toLocaleString("en-US")}`;
const ZFindingCountSchema = z
  .number({ message: COUNT_MESSAGE })
  .int(COUNT_MESSAGE)
  .min(0, COUNT_MESSAGE)
  .max(MAX_FINDING_COUNT, COUNT_MESSAGE);

const notReviewed = (article: number, cycle: 1 | 2) =>
  `article ${article} is not reviewed in cycle ${cycle} (cycle ${cycle} reviews chapters ${reviewedChapters(cycle).join(" and ")})`;

/** One State's findings under one article in one cycle, as recorded (a later record replaces it). */
export const ZReviewFindingInputSchema = z
  .object({
    state: ZIso3Schema.refine((s) => getState(s) !== undefined, "is not a State party to UNCAC"),
    cycle: ZCycleSchema.default(2),
    article: ZArticleSchema,
    challenges: ZFindingCountSchema,
    recommendations: ZFindingCountSchema,
    /** Where the numbers come from, e.g. the executive summary's symbol. */
    source: z.string().trim().max(MAX_SOURCE_REF, tooLong("the source", MAX_SOURCE_REF)).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    // zod runs this even when a field failed: check only a real article in a real cycle.
    const known = Number.isInteger(f.article) && f.article >= 1 && f.article <= 71;
    if (known && (f.cycle === 1 || f.cycle === 2) && !isReviewedIn(f.article, f.cycle))
      ctx.addIssue({
        code: "custom",
        path: ["article"],
        message: notReviewed(f.article, f.cycle),
        params: { reason: "not-reviewed" },
      });
  });
export type TReviewFindingInput = z.infer<typeof ZReviewFindingInputSchema>;

/**
 * Why a finding was refused, one word per kind of mistake: the API sends it with each bad row
 * (and the field), and the portal words it in the reader's language.
 */
export const FINDING_ERROR_REASONS = [
  "state",
  "cycle",
  "article",
  "not-reviewed",
  "count",
  "source",
  "duplicate",
  "row",
] as const;
export type FindingErrorReason = (typeof FINDING_ERROR_REASONS)[number];

/** The reason for one zod issue of `ZReviewFindingInputSchema`. */
export function findingIssueReason(issue: {
  path: readonly PropertyKey[];
  code?: string;
  params?: unknown;
}): FindingErrorReason {
  const field = String(issue.path[0] ?? "");
  if (field === "article")
    return (issue.params as { reason?: string } | undefined)?.reason === "not-reviewed"
      ? "not-reviewed"
      : "article";
  if (field === "challenges" || field === "recommendations") return "count";
  if (field === "state" || field === "cycle" || field === "source") return field;
  return "row";
}

/** What the comparison of needs with findings is asked for. */
export const ZFindingsQuerySchema = z
  .object({
    cycle: ZCycleSchema.default(2),
    /** Only the articles of this chapter (one the cycle reviews). */
    chapter: ZChapterSchema.optional(),
    /** Only the States of this regional group. */
    region: ZRegionalGroupSchema.optional(),
    /**
     * Compare as at this day, as the figures count (the CAC/COSP/2023 note on TA needs analyses the
     * information "available as at 15 September 2023", summary): only
     * States whose review of the cycle was finalised by then, needs and findings alike, and a
     * need its State withdrew only before its withdrawal. Default: today's records.
     */
    asAt: ZAnalyticsQuerySchema.shape.asAt,
  })
  .strict()
  .superRefine((q, ctx) => {
    if (
      (q.cycle === 1 || q.cycle === 2) &&
      q.chapter &&
      !reviewedChapters(q.cycle).includes(q.chapter)
    )
      ctx.addIssue({
        code: "custom",
        path: ["chapter"],
        message: `chapter ${q.chapter} is not reviewed in cycle ${q.cycle} (it reviews chapters ${reviewedChapters(q.cycle).join(" and ")})`,
      });
  });
export type TFindingsQuery = z.infer<typeof ZFindingsQuerySchema>;
