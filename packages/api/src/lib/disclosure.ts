/**
 * Statistical disclosure control for the figures shown outside the secretariat (issue 12).
 *
 * Two rules, applied together:
 * 1. The figures count only records the caller's role may read (`readableTiers`): a restricted
 *    need never moves a public number, so adding one cannot be noticed from outside.
 * 2. Counts of records between 1 and SUPPRESS_BELOW - 1 are withheld (null, shown as "<3"), so a
 *    small cell does not point at one State's one need. Zero stays zero, and counts that are
 *    reference facts rather than record counts (States parties per region, States whose
 *    executive summary is finalised) are published as they are.
 *
 * The secretariat sees every record and every count.
 */
import { CROSS_TABS, ZAnalyticsFiltersSchema } from "@tahub/domain";
import type { Analytics, CrossTabs } from "@tahub/db";
import { z } from "zod";

export const SUPPRESS_BELOW = 3;

/** A count, or null where it is withheld because it is under SUPPRESS_BELOW. */
export type Disclosed = number | null;

export const ZDisclosedSchema = z.number().nullable();
const ZCountSchema = z.object({ needs: ZDisclosedSchema, states: ZDisclosedSchema });
const ZCountsSchema = z.record(z.string(), ZCountSchema);
const ZPeriodSchema = z.object({
  needs: ZDisclosedSchema,
  states: ZDisclosedSchema,
  statesWithSummaries: z.number(),
  byChapter: ZCountsSchema,
  byArticle: ZCountsSchema,
});
/**
 * The figures as the caller may see them (`DisclosedFigures`): the same JSON as
 * `tahub analytics --json` for the secretariat; for everyone else, counted from the records they
 * may read, with small counts withheld as null.
 */
const ZDisclosureSchema = z.object({
  basis: z.enum(["all-records", "readable-records"]),
  suppressedBelow: z.number().nullable(),
});
export const ZFiguresSchema = z.object({
  disclosure: ZDisclosureSchema,
  /** What was counted: the as-at day (null: every need), the periods and the filters. */
  query: z.object({
    asAt: z.string().nullable(),
    partiesAsAt: z.string().nullable(),
    periods: z.array(z.string()),
    filters: ZAnalyticsFiltersSchema,
  }),
  cycle2: z.object({
    needs: ZDisclosedSchema,
    statesWithSummaries: z.number(),
    statesWithNeeds: ZDisclosedSchema,
    byChapter: ZCountsSchema,
    byCategory: z.record(z.string(), ZDisclosedSchema),
    byCategoryStates: z.record(z.string(), ZDisclosedSchema),
    /** By every grouping a need spans: a need spanning several counts under each. */
    byCategoryAny: z.record(z.string(), ZDisclosedSchema),
    byCategoryAnyStates: z.record(z.string(), ZDisclosedSchema),
    byArticle: ZCountsSchema,
    byRegion: z.record(
      z.string(),
      z.object({
        states: z.number(),
        statesWithSummaries: z.number(),
        statesWithNeeds: ZDisclosedSchema,
        needs: ZDisclosedSchema,
      }),
    ),
    byPeriod: z.record(z.string(), ZPeriodSchema),
  }),
  cycle1: z.object({
    needs: ZDisclosedSchema,
    states: ZDisclosedSchema,
    statesWithSummaries: z.number(),
    byCategory: z.record(z.string(), ZDisclosedSchema),
    byChapter: z.record(z.string(), ZDisclosedSchema),
  }),
});

/** The figures as a caller sees them; the type is the schema's, so the two cannot drift. */
export type DisclosedFigures = z.infer<typeof ZFiguresSchema>;
type DisclosedCount = z.infer<typeof ZCountSchema>;

/** `n`, or null when it is a small, non-zero count that would single out records. */
export function withhold(n: number, below: number): Disclosed {
  return n > 0 && n < below ? null : n;
}

const mapValues = <A, B>(r: Record<string, A>, f: (a: A) => B): Record<string, B> =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v)]));

/**
 * The figures as a caller may see them: everything for the secretariat (`below` = null), small
 * counts withheld for everyone else. Pure: the caller chose which records `a` counts.
 */
export function disclose(a: Analytics, below: number | null): DisclosedFigures {
  const w = (n: number): Disclosed => (below === null ? n : withhold(n, below));
  const count = (c: { needs: number; states: number }): DisclosedCount => ({
    needs: w(c.needs),
    states: w(c.states),
  });
  const c2 = a.cycle2;
  return {
    disclosure: {
      basis: below === null ? "all-records" : "readable-records",
      suppressedBelow: below,
    },
    query: a.query,
    cycle2: {
      needs: w(c2.needs),
      statesWithSummaries: c2.statesWithSummaries,
      statesWithNeeds: w(c2.statesWithNeeds),
      byChapter: mapValues(c2.byChapter, count),
      byCategory: mapValues(c2.byCategory, w),
      byCategoryStates: mapValues(c2.byCategoryStates, w),
      byCategoryAny: mapValues(c2.byCategoryAny, w),
      byCategoryAnyStates: mapValues(c2.byCategoryAnyStates, w),
      byArticle: mapValues(c2.byArticle, count),
      byRegion: mapValues(c2.byRegion, (r) => ({
        states: r.states,
        statesWithSummaries: r.statesWithSummaries,
        statesWithNeeds: w(r.statesWithNeeds),
        needs: w(r.needs),
      })),
      byPeriod: mapValues(c2.byPeriod, (p) => ({
        needs: w(p.needs),
        states: w(p.states),
        statesWithSummaries: p.statesWithSummaries,
        byChapter: mapValues(p.byChapter, count),
        byArticle: mapValues(p.byArticle, count),
      })),
    },
    cycle1: {
      needs: w(a.cycle1.needs),
      states: w(a.cycle1.states),
      statesWithSummaries: a.cycle1.statesWithSummaries,
      byCategory: mapValues(a.cycle1.byCategory, w),
      byChapter: mapValues(a.cycle1.byChapter, w),
    },
  };
}

const ZCrossCellSchema = z.object({
  row: z.string(),
  column: z.string(),
  needs: ZDisclosedSchema,
  states: ZDisclosedSchema,
});
/** The cross-tabulations as the caller may see them (same rules as the figures). */
export const ZCrossTabsSchema = z.object({
  disclosure: ZDisclosureSchema,
  cycle: z.number(),
  grouping: z.enum(["primary", "any"]),
  tabs: z.object(
    Object.fromEntries(CROSS_TABS.map((id) => [id, z.array(ZCrossCellSchema)])) as Record<
      (typeof CROSS_TABS)[number],
      z.ZodArray<typeof ZCrossCellSchema>
    >,
  ),
});
export type DisclosedCrossTabs = z.infer<typeof ZCrossTabsSchema>;

export function discloseCrossTabs(x: CrossTabs, below: number | null): DisclosedCrossTabs {
  const w = (n: number): Disclosed => (below === null ? n : withhold(n, below));
  return {
    disclosure: {
      basis: below === null ? "all-records" : "readable-records",
      suppressedBelow: below,
    },
    cycle: x.cycle,
    grouping: x.grouping,
    tabs: Object.fromEntries(
      CROSS_TABS.map((id) => [
        id,
        x.tabs[id].map((c) => ({ ...c, needs: w(c.needs), states: w(c.states) })),
      ]),
    ) as DisclosedCrossTabs["tabs"],
  };
}

/** A withheld count as the figures' CSV and tables print it. */
export function showCount(n: Disclosed, below: number = SUPPRESS_BELOW): string | number {
  return n === null ? `<${below}` : n;
}
