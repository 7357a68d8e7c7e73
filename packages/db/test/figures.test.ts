/**
 * The demo data set reproduces every data label of figures I-VI of the secretariat's note on
 * technical assistance needs as at 15 September 2023 (CAC/COSP/2023 note on TA needs), counted
 * from the records by the analytics (the same SQL `tahub analytics` and the portal use).
 *
 * The numbers below are the note's, written out here on purpose rather than read from
 * `seed/figures.ts`: a wrong number there would otherwise plan the demo to it and still pass.
 * Where the note's text and a chart disagree, the chart is kept (docs/figures.md).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analytics, type Analytics } from "../src/analytics.js";
import type { Db } from "../src/client.js";
import { migrate } from "../src/migrate.js";
import { seedDemo } from "../src/seed/index.js";
import { must } from "../src/util/at.js";
import { backends } from "./backends.js";

/** `{ key: [needs, States] }` read from the analytics' per-article counts. */
function perArticle(a: Analytics["cycle2"]["byArticle"], keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, [a[k]?.needs, a[k]?.states]]));
}

/** Figure II's two stacked series (chapter II articles, then chapter V): needs by September 2021. */
const FIGURE_II_SEPT_2021 = {
  "5": 46,
  "6": 37,
  "7": 35,
  "8": 25,
  "9": 33,
  "10": 23,
  "11": 22,
  "12": 12,
  "13": 30,
  "14": 26,
  "II-general": 6,
  "51": 37,
  "52": 20,
  "53": 14,
  "54": 32,
  "55": 18,
  "56": 10,
  "57": 17,
  "58": 13,
  "59": 6,
};

/** Figure II: the increase in needs per article from September 2021 to September 2023. */
const FIGURE_II_INCREASE = {
  "5": 9,
  "6": 4,
  "7": 3,
  "8": 7,
  "9": 2,
  "10": 2,
  "11": 1,
  "12": 4,
  "13": 1,
  "14": 2,
  "II-general": 15,
  "51": 11,
  "52": 4,
  "53": 1,
  "54": 4,
  "55": 0,
  "56": 2,
  "57": 2,
  "58": 0,
  "59": 0,
};

for (const backend of backends()) {
  // Listed even when skipped (no server for the PostgreSQL backend).
  describe.skipIf(!backend.available)(
    `${backend.name}: the demo reproduces figures I-VI of the CAC/COSP/2023 note on TA needs`,
    () => {
      let db: Db;
      let a: Analytics;
      beforeAll(async () => {
        db = await backend.open();
        await migrate(db);
        await seedDemo(db.prisma);
        // The note's question, written out here too (not NOTE_2023_QUERY) for the reason above.
        a = await analytics(db.prisma, {
          asAt: "2023-09-15",
          periods: ["2021-09", "2023-09"],
          partiesAsAt: "2021-09-30",
        });
      }, 300_000);
      afterAll(async () => {
        await db?.close();
        await backend.cleanup();
      });

      it("figure I: cycle-1 needs per category, 3,829 needs from 120 of 175 States (paras 8-11)", () => {
        const c1 = a.cycle1;
        expect(c1.byCategory).toEqual({
          "legislative-drafting": 723,
          "model-legislation": 315,
          "action-plan": 311,
          "good-practices": 839,
          "model-treaties": 165,
          "capacity-building-programmes": 697,
          "on-site-expert": 456,
          "technological-assistance": 155,
          other: 168,
        });
        // para 8: totals and chapters; para 11: drafting + model legislation = 1,038
        expect([c1.needs, c1.states, c1.statesWithSummaries]).toEqual([3829, 120, 175]);
        expect(c1.byChapter).toEqual({ III: 2734, IV: 1095 });
        expect(
          (c1.byCategory["legislative-drafting"] ?? 0) + (c1.byCategory["model-legislation"] ?? 0),
        ).toBe(1038);
      });

      it("figure II: needs per article as at September 2021 and the increase to September 2023", () => {
        const sept2021 = must(a.cycle2.byPeriod["2021-09"], "the September 2021 figures");
        const sept2023 = must(a.cycle2.byPeriod["2023-09"], "the September 2023 figures");
        const keys = ["5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "II-general"];
        keys.push("51", "52", "53", "54", "55", "56", "57", "58", "59");
        const before = Object.fromEntries(keys.map((k) => [k, sept2021.byArticle[k]?.needs ?? 0]));
        const increase = Object.fromEntries(
          keys.map((k) => [k, (sept2023.byArticle[k]?.needs ?? 0) - (before[k] ?? 0)]),
        );
        // The chart's two stacked series, chapter II articles then chapter V articles.
        expect(before).toEqual(FIGURE_II_SEPT_2021);
        expect(increase).toEqual(FIGURE_II_INCREASE);
        // para 12: 25 summaries after September 2021, 15 of them with 70 needs; the labels sum to
        // 462 and 74 because 5 earlier and 4 later needs name two articles.
        expect([sept2021.needs, sept2021.states, sept2021.statesWithSummaries]).toEqual([
          457, 39, 57,
        ]);
        expect([sept2023.needs, sept2023.states, sept2023.statesWithSummaries]).toEqual([
          527, 54, 82,
        ]);
      });

      it("figure III: States parties, finalised summaries and States identifying needs per regional group", () => {
        const r = a.cycle2.byRegion;
        const series = (f: "states" | "statesWithSummaries" | "statesWithNeeds" | "needs") =>
          Object.fromEntries(Object.entries(r).map(([g, v]) => [g, v[f]]));
        expect(series("statesWithSummaries")).toEqual({
          african: 23,
          "asia-pacific": 25,
          "eastern-european": 9,
          "latin-american-caribbean": 11,
          "western-european-other": 14,
        });
        expect(series("statesWithNeeds")).toEqual({
          african: 21,
          "asia-pacific": 19,
          "eastern-european": 6,
          "latin-american-caribbean": 8,
          "western-european-other": 0,
        });
        // The chart's first series: the members of each group that were parties on 30 September
        // 2021 (Somalia in; Suriname and later joiners out; the Holy See observes WEOG). As at
        // the note's own day the Latin American and Caribbean group counted 31 (docs/figures.md).
        expect(series("states")).toEqual({
          african: 53,
          "asia-pacific": 55,
          "eastern-european": 23,
          "latin-american-caribbean": 29,
          "western-european-other": 26,
        });
        // para 14 (text): Asia-Pacific 142 needs; African 59 per cent; the two smallest groups
        // under 7 per cent each; with 527 in all only 313 + 36 + 36 meets all three.
        expect(series("needs")).toEqual({
          african: 313,
          "asia-pacific": 142,
          "eastern-european": 36,
          "latin-american-caribbean": 36,
          "western-european-other": 0,
        });
      });

      it("figure IV: cycle-2 needs per category, capacity-building by 49 States (paras 15-16)", () => {
        expect(a.cycle2.byCategory).toEqual({
          "capacity-building": 259,
          "legislative-assistance": 87,
          "institution-building": 66,
          "international-cooperation": 26,
          "research-data": 49,
          policymaking: 40,
        });
        expect(a.cycle2.byCategoryStates["capacity-building"]).toBe(49);
        expect([a.cycle2.needs, a.cycle2.statesWithNeeds]).toEqual([527, 54]);
      });

      it("figure V: needs and States per article of chapter II", () => {
        const keys = ["5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "II-general"];
        expect(perArticle(a.cycle2.byArticle, keys)).toEqual({
          "5": [55, 23],
          "6": [41, 31],
          "7": [38, 23],
          "8": [32, 20],
          "9": [35, 18],
          "10": [25, 14],
          "11": [23, 11],
          "12": [16, 10],
          "13": [31, 15],
          "14": [28, 18],
          "II-general": [21, 12],
        });
        // Distinct needs: six needs name both 5 and 6 (96 labels, 90 needs, para 18); 7 and 8
        // share none (70, the most figure V allows; para 21 says 74); 10 and 13 (para 28).
        expect(perArticle(a.cycle2.byArticle, ["5+6", "7+8", "10+13"])).toEqual({
          "5+6": [90, 31],
          "7+8": [70, 29],
          "10+13": [56, 22],
        });
        // para 17: chapter II needs by 47 States (the two needs naming 14 with 52 or 58 are chapter V)
        expect(a.cycle2.byChapter.II).toEqual({ needs: 337, states: 47 });
      });

      it("figure VI: needs and States per article of chapter V, and 14, 52 and 58 combined", () => {
        const keys = ["51", "52", "53", "54", "55", "56", "57", "58", "59", "14+52+58"];
        expect(perArticle(a.cycle2.byArticle, keys)).toEqual({
          "51": [48, 28], // including the general chapter V needs (note a)
          "52": [24, 16],
          "53": [15, 13],
          "54": [36, 23],
          "55": [18, 12],
          "56": [12, 9],
          "57": [19, 15],
          "58": [13, 8],
          "59": [6, 4],
          // 28 + 24 + 13 = 65 labels for 63 needs: two needs name article 14 with 52 or 58
          "14+52+58": [63, 24],
        });
        // para 44: 36 + 18 = 54 labels for 53 needs (one names both); para 33: 190 needs, 49 States
        expect(perArticle(a.cycle2.byArticle, ["54+55"])).toEqual({ "54+55": [53, 24] });
        expect(a.cycle2.byChapter.V).toEqual({ needs: 190, states: 49 });
      });

      it("stores the needs that name two articles as one record each (9 of them)", async () => {
        const rows = await db.prisma.$queryRawUnsafe<{ articles: number[]; n: bigint }[]>(
          `SELECT articles, count(*) AS n FROM "Need" WHERE cycle = 2 AND cardinality(articles) > 1
          GROUP BY 1 ORDER BY 1`,
        );
        expect(rows.map((r) => [r.articles, Number(r.n)])).toEqual([
          [[5, 6], 6],
          [[14, 52], 1],
          [[14, 58], 1],
          [[54, 55], 1],
        ]);
      });
    },
  );
}
