/**
 * The published figures the demo data set reproduces, from the secretariat's note on technical
 * assistance needs as at 15 September 2023 (CAC/COSP/2023 note on TA needs, paras 8-47 and
 * figures I-VI). Where the text and a chart disagree, the chart's data label is the published
 * record (docs/figures.md lists every disagreement). Numbers the note does not publish are marked
 * "chosen"; each is consistent with every published number.
 */
import {
  CYCLE2_CATEGORY_NEEDS,
  type CategoryId,
  type Cycle1CategoryId,
  type RegionalGroupId,
} from "@tahub/domain";

/** Cycle 2, as at September 2023. */
export const CYCLE2 = {
  statesWithSummaries: 82, // para 7, 12; figure III
  statesWithNeeds: 54, // para 12; figure III
  needs: 527, // para 12
  /**
   * By the need's own chapter. Chapter V: para 33. Chapter II: 527 - 190; the two needs naming
   * article 14 with article 52 or 58 are chapter V needs (see JOINT_NEEDS), so the 345 article
   * counts of figure V less 6 joint 5-and-6 needs and those 2 give 337 ("nearly 65 per cent").
   */
  chapterII: { needs: 337, states: 47 }, // para 17
  chapterV: { needs: 190, states: 49 }, // para 33
  /** Summaries finalised by September 2021 (figure II), and the 25 after (para 12). */
  sept2021: { summaries: 57, statesWithNeeds: 39, needs: 457 },
  later: { summaries: 25, statesWithNeeds: 15, needs: 70 },
} as const;

/** Figure IV and para 16: needs per confirmed category; capacity-building by 49 States. */
export const CYCLE2_CATEGORIES: Readonly<Record<CategoryId, number>> = CYCLE2_CATEGORY_NEEDS;
export const CAPACITY_BUILDING_STATES = 49;

export interface ArticleFigure {
  /** Needs naming the article (figures V and VI). */
  needs: number;
  /** States with a need naming the article (figures V and VI). */
  states: number;
  /** Needs naming it as at September 2021 (figure II, first series; the second is the increase). */
  sept2021: number;
}

/**
 * Figures V and VI (needs and States per article) and figure II (the September 2021 count per
 * article; the increase to September 2023 is `needs - sept2021`). Keys are articles or
 * "II-general". Every value is a chart data label. Article 51 includes the general chapter V
 * needs (figure VI, note a): the demo records those under article 51, as the note counts them.
 */
export const CYCLE2_ARTICLES: Readonly<Record<string, ArticleFigure>> = {
  "5": { needs: 55, states: 23, sept2021: 46 },
  "6": { needs: 41, states: 31, sept2021: 37 },
  "7": { needs: 38, states: 23, sept2021: 35 },
  "8": { needs: 32, states: 20, sept2021: 25 },
  "9": { needs: 35, states: 18, sept2021: 33 },
  "10": { needs: 25, states: 14, sept2021: 23 },
  "11": { needs: 23, states: 11, sept2021: 22 },
  "12": { needs: 16, states: 10, sept2021: 12 },
  "13": { needs: 31, states: 15, sept2021: 30 },
  "14": { needs: 28, states: 18, sept2021: 26 },
  "II-general": { needs: 21, states: 12, sept2021: 6 },
  "51": { needs: 48, states: 28, sept2021: 37 },
  "52": { needs: 24, states: 16, sept2021: 20 },
  "53": { needs: 15, states: 13, sept2021: 14 },
  "54": { needs: 36, states: 23, sept2021: 32 },
  "55": { needs: 18, states: 12, sept2021: 18 },
  "56": { needs: 12, states: 9, sept2021: 10 },
  "57": { needs: 19, states: 15, sept2021: 17 },
  "58": { needs: 13, states: 8, sept2021: 13 },
  "59": { needs: 6, states: 4, sept2021: 6 },
};

/**
 * Needs naming two articles. The per-article labels sum to 536 for 527 needs (462 for 457 as at
 * September 2021, 74 for the 70 later needs), so 9 needs name two articles. The note's sums say
 * which: arts 5 and 6, 96 labels for 90 needs (para 18): 6; arts 54 and 55, 54 for 53 (para 44):
 * 1; arts 14, 52 and 58, 65 for 63 (figure VI): 2, and since chapter V has 190 needs (para 33)
 * for 191 labels, those two name article 14 and are chapter V needs. Articles 55 and 58 gained
 * no need after September 2021 (figure II), so their joint needs are early; the split of the
 * others between the periods is chosen (4 later joint needs: 74 - 70).
 */
export const JOINT_NEEDS: readonly {
  key: string;
  articles: readonly [number, number];
  chapter: "II" | "V";
  early: number;
  late: number;
}[] = [
  { key: "5&6", articles: [5, 6], chapter: "II", early: 3, late: 3 },
  { key: "54&55", articles: [54, 55], chapter: "V", early: 1, late: 0 },
  { key: "14&58", articles: [14, 58], chapter: "V", early: 1, late: 0 },
  { key: "14&52", articles: [14, 52], chapter: "V", early: 0, late: 1 },
];

/**
 * Distinct needs and States naming any of the articles. "14+52+58" is figure VI's combined
 * column; the others are the text's. Para 18 says 30 States for arts 5 and 6, but article 6
 * alone has 31 (para 20, figure V): the demo has the smallest possible union, 31. Para 21 says
 * 74 needs for arts 7 and 8, but figure V gives 38 + 32 = 70, the most the union can hold: 70.
 */
export const CYCLE2_AGGREGATES: Readonly<Record<string, { needs: number; states: number }>> = {
  "5+6": { needs: 90, states: 31 }, // para 18 (needs); States: see above
  "7+8": { needs: 70, states: 29 }, // para 21 (States); needs: figure V, see above
  "10+13": { needs: 56, states: 22 }, // para 28
  "54+55": { needs: 53, states: 24 }, // para 44
  "14+52+58": { needs: 63, states: 24 }, // figure VI, para 39
};

/** Para 43: a third of the article 53 needs are legislative; paras 44-45: 54+55 ~60% CB, ~1/5 LA. */
export const ARTICLE_CATEGORY_FIGURES = {
  "53": { "legislative-assistance": 5 },
  "54+55": { "capacity-building": 32, "legislative-assistance": 11 },
} as const;

/**
 * States with a need naming each article among the 15 States whose summaries came after
 * September 2021 (chosen). Each is at most the article's later needs (figure II's increase), so
 * articles 55, 58 and 59, which gained none, have none.
 */
export const LATE_ARTICLE_STATES: Readonly<Record<string, number>> = {
  "5": 3,
  "6": 3,
  "7": 2,
  "8": 4,
  "9": 1,
  "10": 1,
  "11": 1,
  "12": 2,
  "13": 1,
  "14": 1,
  "II-general": 7,
  "51": 7,
  "52": 2,
  "53": 1,
  "54": 2,
  "55": 0,
  "56": 1,
  "57": 2,
  "58": 0,
  "59": 0,
};

/** Of each aggregate's States, those whose summaries came after September 2021 (chosen). */
export const LATE_AGGREGATE_STATES: Readonly<Record<string, number>> = {
  "5+6": 3,
  "7+8": 5,
  "10+13": 2,
  "54+55": 2,
  "14+52+58": 2,
};

export interface RegionFigure {
  /** States parties of the group (figure III, first series). */
  states: number;
  /** States with finalised summaries (figure III). */
  summaries: number;
  /** States identifying needs (figure III). */
  statesWithNeeds: number;
  /** Needs (para 14; see CYCLE2_REGIONS). */
  needs: number;
  /** Of them, finalised after September 2021 (chosen; totals per para 12). */
  late: { summaries: number; statesWithNeeds: number; needs: number };
}

/**
 * Figure III (States parties, finalised summaries, States identifying needs per regional group)
 * and para 14 (needs). Para 14 gives Asia-Pacific 142 needs and African 59 per cent of 527
 * (309-313), Eastern European and Latin American and Caribbean each under 7 per cent (at most
 * 36); Western European and other States identified none (figure III). With 527 in all,
 * African + Eastern European + Latin American = 385, which only 313 + 36 + 36 meets. The split
 * before and after September 2021 is chosen.
 */
export const CYCLE2_REGIONS: Readonly<Record<RegionalGroupId, RegionFigure>> = {
  african: {
    states: 53,
    summaries: 23,
    statesWithNeeds: 21,
    needs: 313,
    late: { summaries: 7, statesWithNeeds: 6, needs: 30 },
  },
  "asia-pacific": {
    states: 55,
    summaries: 25,
    statesWithNeeds: 19,
    needs: 142,
    late: { summaries: 8, statesWithNeeds: 5, needs: 25 },
  },
  "eastern-european": {
    states: 23,
    summaries: 9,
    statesWithNeeds: 6,
    needs: 36,
    late: { summaries: 3, statesWithNeeds: 2, needs: 7 },
  },
  "latin-american-caribbean": {
    states: 29,
    summaries: 11,
    statesWithNeeds: 8,
    needs: 36,
    late: { summaries: 4, statesWithNeeds: 2, needs: 8 },
  },
  "western-european-other": {
    states: 26,
    summaries: 14,
    statesWithNeeds: 0,
    needs: 0,
    late: { summaries: 3, statesWithNeeds: 0, needs: 0 },
  },
};

/** Cycle 1 (paras 8-11, figure I). */
export const CYCLE1 = {
  statesWithSummaries: 175,
  statesWithNeeds: 120,
  needs: 3829,
  byChapter: { III: 2734, IV: 1095 },
} as const;

/**
 * Figure I's data labels: cycle-1 needs per predetermined category (sum 3,829; drafting + model
 * legislation = 1,038, para 11).
 */
export const CYCLE1_CATEGORIES: Readonly<Record<Cycle1CategoryId, number>> = {
  "legislative-drafting": 723,
  "model-legislation": 315,
  "action-plan": 311,
  "good-practices": 839,
  "model-treaties": 165,
  "capacity-building-programmes": 697,
  "on-site-expert": 456,
  "technological-assistance": 155,
  other: 168,
};

/** Summary dates: cycle 2 before/after the previous note (Sept 2021) and the as-at date. */
export const SEPT_2021 = "2021-09-30";
export const AS_AT = "2023-09-15";

/**
 * The question figures I-VI of the note answer: as at its day, September 2021 against September
 * 2023. Figure III's first series (53, 55, 23, 29, 26 States parties) is the ratification record
 * as at 30 September 2021, not as at the note's day (which gives 31 in the Latin American and
 * Caribbean group): the chart's other series are as at September 2023 (docs/figures.md).
 */
export const NOTE_2023_QUERY: { asAt: string; periods: string[]; partiesAsAt: string } = {
  asAt: AS_AT,
  periods: ["2021-09", "2023-09"],
  partiesAsAt: SEPT_2021,
};
