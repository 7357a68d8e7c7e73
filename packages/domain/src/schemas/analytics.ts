/**
 * What an analytics question may ask (issue 14, part 2): an as-at date, the periods to compare
 * and filters. One schema for the API input, the CLI flags and the portal's controls.
 */
import { z } from "zod";
import { getState, STATES_PARTIES } from "../states/index.js";
import {
  ZArticleSchema,
  ZChapterSchema,
  ZCategorySchema,
  ZCycleSchema,
  ZIso3Schema,
  ZRegionalGroupSchema,
} from "./common.js";
import { MAX_ARTICLES, tooMany } from "./limits.js";

/** A figure II period: the month whose end the count is taken at. */
export const ZMonthSchema = z
  .string()
  .max(7, "a period is a month written yyyy-mm, e.g. 2023-09")
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a period is a month written yyyy-mm, e.g. 2023-09");

/**
 * At most 12 periods: a chart of more stacked series is unreadable, and each period is one more
 * pass over the roll-up.
 */
export const MAX_PERIODS = 12;

const DAY = "must be a calendar day written yyyy-mm-dd, e.g. 2023-09-15";
const ZDaySchema = z.iso.date({ message: DAY }).max(10, DAY);

export const ZAnalyticsFiltersSchema = z
  .object({
    /** Regional groups of the needs' States. */
    regions: z.array(ZRegionalGroupSchema).max(5, tooMany("regional groups", 5)).optional(),
    /** States parties (ISO 3166 alpha-3). */
    states: z
      .array(ZIso3Schema.refine((s) => getState(s) !== undefined, "is not a State party to UNCAC"))
      .max(STATES_PARTIES.length, tooMany("States", STATES_PARTIES.length))
      .optional(),
    /** The needs' own chapters (roman numerals). */
    chapters: z.array(ZChapterSchema).max(8, tooMany("chapters", 8)).optional(),
    /** Needs naming any of these articles. */
    articles: z
      .array(ZArticleSchema)
      .max(MAX_ARTICLES, tooMany("articles", MAX_ARTICLES))
      .optional(),
    /** Needs spanning any of these cycle-2 groupings (primary or not). */
    groupings: z.array(ZCategorySchema).max(6, tooMany("groupings", 6)).optional(),
    cycle: ZCycleSchema.optional(),
    /** Only the needs flagged gender-responsive (true) or only the others (false). */
    genderResponsive: z.boolean().optional(),
  })
  .strict();
export type TAnalyticsFilters = z.infer<typeof ZAnalyticsFiltersSchema>;

export const ZAnalyticsQuerySchema = z
  .object({
    /**
     * Count as at this day: the needs of States whose executive summary (of the need's cycle) was
     * finalised on or before it, as the notes count. Default: every need.
     */
    asAt: ZDaySchema.optional(),
    /**
     * Months to compare (figure II), each counted at its end (and never after `asAt`). Default:
     * the as-at month (else the month of the latest finalised cycle-2 summary) and the same month
     * two years earlier, the previous Conference session.
     */
    periods: z
      .array(ZMonthSchema)
      .max(MAX_PERIODS, tooMany("periods", MAX_PERIODS))
      .refine((p) => new Set(p).size === p.length, "names the same period twice")
      .optional(),
    /**
     * Count the States parties of each regional group (figure III's first series) as at this
     * day. Default: the as-at day, else every party. The CAC/COSP/2023 note's chart counts them
     * as at September 2021 while its other series are as at September 2023 (docs/figures.md).
     */
    partiesAsAt: ZDaySchema.optional(),
    filters: ZAnalyticsFiltersSchema.optional(),
  })
  .strict();
export type TAnalyticsQuery = z.infer<typeof ZAnalyticsQuerySchema>;

/** The cross-tabulations: rows x columns. */
export const CROSS_TABS = ["grouping-article", "region-article", "region-grouping"] as const;
export type CrossTabId = (typeof CROSS_TABS)[number];

// donors (issue 15, deliverable 5): the evaluations' aggregate takes the figures' question (as-at
// day and filters, no periods) and the providers to compare.
export const ZEvaluationsQuerySchema = ZAnalyticsQuerySchema.omit({
  periods: true,
  partiesAsAt: true,
})
  .extend({
    /** Only these providers' engagements (ids). */
    providers: z.array(z.string().min(1).max(64)).max(50, tooMany("providers", 50)).optional(),
  })
  .strict();
export type TEvaluationsQuery = z.infer<typeof ZEvaluationsQuerySchema>;
