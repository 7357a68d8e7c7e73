/**
 * The published figures the demo data set reproduces, from the secretariat's note on technical
 * assistance needs as at 15 September 2023 (CAC/COSP/2023 note on TA needs, paragraphs 8-47). Figures the text does
 * not give are marked "chosen" and are consistent with every figure it does give.
 */
import {
  CYCLE2_CATEGORY_NEEDS,
  type CategoryId,
  type Cycle1CategoryId,
  type RegionalGroupId,
} from "@tahub/domain";

/** Cycle 2, as at September 2023. */
export const CYCLE2 = {
  statesWithSummaries: 82, // para 7, 12
  statesWithNeeds: 54, // para 12
  needs: 527, // para 12
  chapterII: { needs: 337, states: 47 }, // para 17 ("nearly 65 per cent", 47 States)
  chapterV: { needs: 190, states: 49 }, // para 33
  /** Summaries finalised by September 2021 (figure II), and the 25 after (para 12). */
  sept2021: { summaries: 57, statesWithNeeds: 39, needs: 457 },
  later: { summaries: 25, statesWithNeeds: 15, needs: 70 },
} as const;

/** Figure IV and para 16: needs per confirmed category; capacity-building by 49 States. */
export const CYCLE2_CATEGORIES: Readonly<Record<CategoryId, number>> = CYCLE2_CATEGORY_NEEDS;
export const CAPACITY_BUILDING_STATES = 49;

/**
 * Figures V and VI: needs and States per article. Keys are articles or "<chapter>-general".
 * Article 14 is counted in chapter II (para 17: 337 = 65 per cent of 527).
 */
export const CYCLE2_ARTICLES: Readonly<Record<string, { needs: number; states: number }>> = {
  "5": { needs: 55, states: 23 }, // para 17, 19
  "6": { needs: 41, states: 31 }, // para 17, 20
  "7": { needs: 38, states: 23 }, // para 17
  "8": { needs: 36, states: 20 }, // 74 - 38 (para 21); States chosen
  "9": { needs: 35, states: 18 }, // para 26
  "10": { needs: 25, states: 14 }, // para 29
  "11": { needs: 23, states: 11 }, // para 25
  "12": { needs: 16, states: 10 }, // para 31
  "13": { needs: 31, states: 15 }, // para 30
  "14": { needs: 26, states: 14 }, // 63 - 24 - 13 (para 39); States chosen
  // 337 - the articles above, counting the 6 needs that name both 5 and 6 once (see JOINT_5_6).
  "II-general": { needs: 17, states: 7 }, // chosen
  "51": { needs: 48, states: 28 }, // para 35, 36: including general chapter V needs
  "52": { needs: 24, states: 16 }, // para 35
  "53": { needs: 15, states: 13 }, // para 43
  "54": { needs: 36, states: 23 }, // para 35
  "55": { needs: 17, states: 10 }, // 53 - 36 (para 44); States chosen
  "56": { needs: 12, states: 9 }, // para 37
  "57": { needs: 19, states: 15 }, // para 46
  "58": { needs: 13, states: 9 }, // 63 - 26 - 24 (para 39); needs and States chosen
  "59": { needs: 6, states: 4 }, // para 38
};

/**
 * Para 18 reports 90 needs by 30 States for articles 5 and 6 together, while paras 19-20 give
 * 55 + 41 = 96 needs. Six needs naming both articles reconcile the needs (96 - 6 = 90). The
 * 30 States cannot be reproduced: article 6 alone has 31 (para 20), so the union has at least
 * 31; the demo set has exactly 31 (every article-5 State also has an article-6 need).
 */
export const JOINT_5_6 = { needs: 6, states: 4 };

/** Aggregates the text gives for clusters: distinct needs and States naming any of the articles. */
export const CYCLE2_AGGREGATES: Readonly<Record<string, { needs: number; states: number }>> = {
  "5+6": { needs: 90, states: 31 }, // para 18 says 30 States: impossible, see JOINT_5_6
  "7+8": { needs: 74, states: 29 }, // para 21
  "10+13": { needs: 56, states: 22 }, // para 28
  "54+55": { needs: 53, states: 24 }, // para 44
  "14+52+58": { needs: 63, states: 24 }, // para 39
};

/** Para 43: a third of the article 53 needs are legislative; para 44-45: 54+55 ~60% CB, ~1/5 LA. */
export const ARTICLE_CATEGORY_FIGURES = {
  "53": { "legislative-assistance": 5 },
  "54+55": { "capacity-building": 32, "legislative-assistance": 11 },
} as const;

export interface RegionFigure {
  /** States with finalised summaries (figure III). */
  summaries: number;
  statesWithNeeds: number;
  needs: number;
  /** Of them, finalised after September 2021 (chosen; totals per para 12). */
  late: { summaries: number; statesWithNeeds: number; needs: number };
}

/**
 * Figure III and para 14: African 28% of summaries and 59% of needs; Asia-Pacific 30% and 142
 * needs (27%); Eastern European almost 11%, Latin American and Caribbean over 13%, each < 7% of
 * needs. The counts of States with needs per group and the late split are chosen.
 */
export const CYCLE2_REGIONS: Readonly<Record<RegionalGroupId, RegionFigure>> = {
  african: {
    summaries: 23,
    statesWithNeeds: 21,
    needs: 311,
    late: { summaries: 7, statesWithNeeds: 6, needs: 30 },
  },
  "asia-pacific": {
    summaries: 25,
    statesWithNeeds: 18,
    needs: 142,
    late: { summaries: 8, statesWithNeeds: 5, needs: 25 },
  },
  "eastern-european": {
    summaries: 9,
    statesWithNeeds: 6,
    needs: 30,
    late: { summaries: 3, statesWithNeeds: 2, needs: 7 },
  },
  "latin-american-caribbean": {
    summaries: 11,
    statesWithNeeds: 6,
    needs: 34,
    late: { summaries: 4, statesWithNeeds: 2, needs: 8 },
  },
  "western-european-other": {
    summaries: 14,
    statesWithNeeds: 3,
    needs: 10,
    late: { summaries: 3, statesWithNeeds: 0, needs: 0 },
  },
};

/** Cycle 1 (para 8-11, figure I). */
export const CYCLE1 = {
  statesWithSummaries: 175,
  statesWithNeeds: 120,
  needs: 3829,
  byChapter: { III: 2734, IV: 1095 },
} as const;

/**
 * Figure I shares (para 10-11): the three largest 18-22% each and ~60% together; the next three
 * 8-12% each and ~30%; the last three equal, ~12%; drafting + model legislation = 1,038.
 */
export const CYCLE1_CATEGORIES: Readonly<Record<Cycle1CategoryId, number>> = {
  "good-practices": 830,
  "legislative-drafting": 730,
  "capacity-building-programmes": 700,
  "action-plan": 420,
  "on-site-expert": 400,
  "model-legislation": 308,
  "model-treaties": 147,
  "technological-assistance": 147,
  other: 147,
};

/** Summary dates: cycle 2 before/after the previous note (Sept 2021) and the as-at date. */
export const SEPT_2021 = "2021-09-30";
export const AS_AT = "2023-09-15";
