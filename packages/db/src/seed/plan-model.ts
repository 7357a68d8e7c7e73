/**
 * The shapes the demo planner works with (plan.ts): planned summaries and needs, the States as
 * the planner sees them, the figure keys of chapters II and V, and the published per-period
 * counts it reads.
 */
import type { CategoryId, Cycle1CategoryId, RegionalGroupId } from "@tahub/domain";
import { must } from "../util/at.js";
import {
  CYCLE2_AGGREGATES,
  CYCLE2_ARTICLES,
  LATE_AGGREGATE_STATES,
  LATE_ARTICLE_STATES,
} from "./figures.js";

export interface PlannedSummary {
  state: string;
  group: RegionalGroupId;
  late: boolean;
}

export interface PlannedNeed {
  state: string;
  cycle: 1 | 2;
  chapter: "II" | "V" | "III" | "IV";
  /** Articles named; empty for a chapter-general need. */
  articles: number[];
  /** The figure key the need counts under ("5", "II-general", "5&6" for a joint need). */
  key: string;
  category: CategoryId | null;
  cycle1Category: Cycle1CategoryId | null;
}

export interface DemoPlan {
  seed: number;
  cycle2Summaries: PlannedSummary[];
  cycle1Summaries: string[];
  needs: PlannedNeed[];
}

export type Chapter = "II" | "V";
export type Period = "early" | "late";
export const PERIODS: readonly Period[] = ["early", "late"];

export const II_KEYS = ["5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "II-general"];
export const V_KEYS = ["51", "52", "53", "54", "55", "56", "57", "58", "59"];
/** Keys without a union to keep: the coverage repair may swap States in them. */
export const FREE: Record<Chapter, string[]> = {
  II: ["9", "11", "12", "II-general"],
  V: ["51", "53", "56", "57", "59"],
};

export const keyChapter = (key: string): Chapter => (II_KEYS.includes(key) ? "II" : "V");
export const keyArticle = (key: string): number | null =>
  key.endsWith("-general") ? null : Number(key);

export interface StatePlan {
  iso3: string;
  group: RegionalGroupId;
  late: boolean;
  chapters: Set<Chapter>;
  /** Needs the State is meant to have (its share of its group's published total). */
  budget: number;
  /** Needs already given to it while planning. */
  used: number;
}

/** key -> States of one period naming it. */
export type Supports = Map<string, StatePlan[]>;

/** The States of a key in supports the planner built (every key of II_KEYS and V_KEYS). */
export const supportOf = (S: Supports, key: string): StatePlan[] =>
  must(S.get(key), `a support for key ${key}`);

export interface Placed {
  state: StatePlan;
  key: string;
}

export const periodOf = (s: { late: boolean }): Period => (s.late ? "late" : "early");
export const groupKey = (s: { group: RegionalGroupId; late: boolean }) =>
  `${s.group}:${periodOf(s)}`;

/** Needs naming a key in a period (figure II: September 2021 and the increase after it). */
export function periodNeeds(key: string, p: Period): number {
  const f = must(CYCLE2_ARTICLES[key], `a published figure for article ${key}`);
  return p === "early" ? f.sept2021 : f.needs - f.sept2021;
}

/** States naming a key (or an aggregate) in a period. */
export function periodStates(key: string, p: Period, aggregate = false): number {
  const total = aggregate
    ? must(CYCLE2_AGGREGATES[key], `a published figure for articles ${key}`).states
    : must(CYCLE2_ARTICLES[key], `a published figure for article ${key}`).states;
  const late = must(
    (aggregate ? LATE_AGGREGATE_STATES : LATE_ARTICLE_STATES)[key],
    `the later States of ${key}`,
  );
  return p === "late" ? late : total - late;
}
