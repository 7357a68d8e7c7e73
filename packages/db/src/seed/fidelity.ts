/**
 * Every data label of figures I-VI of the CAC/COSP/2023 note on TA needs, set against what the
 * analytics count from the records: `pnpm --filter @tahub/db figures` prints the comparison
 * (docs/figures.md). The labels are the ones in `figures.ts`; the tests in test/figures.test.ts
 * pin the same numbers written out by hand.
 */
import {
  CATEGORIES,
  CYCLE1_CATEGORIES as CYCLE1_CATEGORY_LIST,
  REGIONAL_GROUPS,
} from "@tahub/domain";
import type { Analytics } from "../analytics.js";
import { must } from "../util/at.js";
import {
  CYCLE1_CATEGORIES,
  CYCLE2_AGGREGATES,
  CYCLE2_ARTICLES,
  CYCLE2_CATEGORIES,
  CYCLE2_REGIONS,
} from "./figures.js";

export interface LabelCheck {
  figure: "I" | "II" | "III" | "IV" | "V" | "VI";
  /** The chart's series and category, e.g. "needs, art. 5". */
  label: string;
  published: number;
  /** What the analytics count; null when they have no such figure. */
  counted: number | null;
}

const II_KEYS = ["5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "II-general"];
const V_KEYS = ["51", "52", "53", "54", "55", "56", "57", "58", "59"];
const name = (key: string) =>
  key === "II-general" ? "general chapter II" : key.includes("+") ? `arts. ${key}` : `art. ${key}`;

/** One row per published data label of figures I-VI, in the charts' order. */
const published = (key: string) =>
  must(CYCLE2_ARTICLES[key], `a published figure for article ${key}`);

export function checkFigures(a: Analytics): LabelCheck[] {
  const rows: LabelCheck[] = [];
  const add = (
    figure: LabelCheck["figure"],
    label: string,
    published: number,
    counted: number | undefined | null,
  ) => rows.push({ figure, label, published, counted: counted ?? null });
  const c2 = a.cycle2;

  for (const c of CYCLE1_CATEGORY_LIST)
    add("I", c.name, CYCLE1_CATEGORIES[c.id], a.cycle1.byCategory[c.id] ?? 0);

  const before = c2.byPeriod["2021-09"]?.byArticle ?? {};
  const after = c2.byPeriod["2023-09"]?.byArticle ?? {};
  for (const k of [...II_KEYS, ...V_KEYS])
    add("II", `Sep-21, ${name(k)}`, published(k).sept2021, before[k]?.needs ?? 0);
  for (const k of [...II_KEYS, ...V_KEYS]) {
    const f = published(k);
    add(
      "II",
      `Sep-23 increase, ${name(k)}`,
      f.needs - f.sept2021,
      (after[k]?.needs ?? 0) - (before[k]?.needs ?? 0),
    );
  }

  const series = [
    ["States parties", "states"],
    ["finalised summaries", "statesWithSummaries"],
    ["States identifying needs", "statesWithNeeds"],
  ] as const;
  const publishedOf = {
    states: (g: keyof typeof CYCLE2_REGIONS) => CYCLE2_REGIONS[g].states,
    statesWithSummaries: (g: keyof typeof CYCLE2_REGIONS) => CYCLE2_REGIONS[g].summaries,
    statesWithNeeds: (g: keyof typeof CYCLE2_REGIONS) => CYCLE2_REGIONS[g].statesWithNeeds,
  };
  for (const [label, field] of series)
    for (const g of REGIONAL_GROUPS)
      add("III", `${label}, ${g.name}`, publishedOf[field](g.id), c2.byRegion[g.id]?.[field]);

  for (const c of CATEGORIES) add("IV", c.name, CYCLE2_CATEGORIES[c.id], c2.byCategory[c.id] ?? 0);

  for (const [figure, keys] of [
    ["V", II_KEYS],
    ["VI", [...V_KEYS, "14+52+58"]],
  ] as const) {
    const fig = (k: string) =>
      CYCLE2_ARTICLES[k] ?? must(CYCLE2_AGGREGATES[k], `a published figure for ${k}`);
    for (const k of keys)
      add(figure, `States, ${name(k)}`, fig(k).states, c2.byArticle[k]?.states ?? 0);
    for (const k of keys)
      add(figure, `needs, ${name(k)}`, fig(k).needs, c2.byArticle[k]?.needs ?? 0);
  }
  return rows;
}
