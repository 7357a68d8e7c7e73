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
import type { Analytics } from "@tahub/db";

export const SUPPRESS_BELOW = 3;

/** A count, or null where it is withheld because it is under SUPPRESS_BELOW. */
export type Disclosed = number | null;

export interface DisclosedCount {
  needs: Disclosed;
  states: Disclosed;
}

export interface Disclosure {
  /** "all-records" for the secretariat; "readable-records" counts only what the caller may read. */
  basis: "all-records" | "readable-records";
  /** Counts from 1 up to this value minus one are withheld; null when nothing is withheld. */
  suppressedBelow: number | null;
}

export interface DisclosedFigures {
  disclosure: Disclosure;
  cycle2: {
    needs: Disclosed;
    statesWithSummaries: number;
    statesWithNeeds: Disclosed;
    byChapter: Record<string, DisclosedCount>;
    byCategory: Record<string, Disclosed>;
    byCategoryStates: Record<string, Disclosed>;
    byArticle: Record<string, DisclosedCount>;
    byRegion: Record<
      string,
      { states: number; statesWithSummaries: number; statesWithNeeds: Disclosed; needs: Disclosed }
    >;
    byPeriod: Record<
      string,
      {
        needs: Disclosed;
        states: Disclosed;
        statesWithSummaries: number;
        byChapter: Record<string, DisclosedCount>;
        byArticle: Record<string, DisclosedCount>;
      }
    >;
  };
  cycle1: {
    needs: Disclosed;
    states: Disclosed;
    statesWithSummaries: number;
    byCategory: Record<string, Disclosed>;
    byChapter: Record<string, Disclosed>;
  };
}

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
    cycle2: {
      needs: w(c2.needs),
      statesWithSummaries: c2.statesWithSummaries,
      statesWithNeeds: w(c2.statesWithNeeds),
      byChapter: mapValues(c2.byChapter, count),
      byCategory: mapValues(c2.byCategory, w),
      byCategoryStates: mapValues(c2.byCategoryStates, w),
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

/** A withheld count as the figures' CSV and tables print it. */
export function showCount(n: Disclosed, below: number = SUPPRESS_BELOW): string | number {
  return n === null ? `<${below}` : n;
}
