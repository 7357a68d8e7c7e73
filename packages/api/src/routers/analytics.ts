/**
 * The secretariat's analyses, computed live from the records: figures I-VI of its note and the
 * needs-by-supply matrix. Aggregates count every need (as the published figures do); the
 * records behind a number are reached through `needs.list`, which applies visibility.
 */
import {
  ARTICLES,
  CATEGORIES,
  CYCLE1_CATEGORIES,
  REGIONAL_GROUPS,
  getArticle,
} from "@tahub/domain";
import { analytics, needsBySupply, type Analytics } from "@tahub/db";
import { z } from "zod";
import { toCsv } from "../domain/tabular.js";
import { publicProcedure, router } from "../trpc.js";

const ZCountSchema = z.object({ needs: z.number(), states: z.number() });
const ZCountsSchema = z.record(z.string(), ZCountSchema);
const ZPeriodSchema = z.object({
  needs: z.number(),
  states: z.number(),
  statesWithSummaries: z.number(),
  byChapter: ZCountsSchema,
  byArticle: ZCountsSchema,
});
/** Mirrors `Analytics` of @tahub/db: the same JSON as `tahub analytics --json`. */
export const ZFiguresSchema = z.object({
  cycle2: z.object({
    needs: z.number(),
    statesWithSummaries: z.number(),
    statesWithNeeds: z.number(),
    byChapter: ZCountsSchema,
    byCategory: z.record(z.string(), z.number()),
    byCategoryStates: z.record(z.string(), z.number()),
    byArticle: ZCountsSchema,
    byRegion: z.record(
      z.string(),
      z.object({
        states: z.number(),
        statesWithSummaries: z.number(),
        statesWithNeeds: z.number(),
        needs: z.number(),
      }),
    ),
    byPeriod: z.record(z.string(), ZPeriodSchema),
  }),
  cycle1: z.object({
    needs: z.number(),
    states: z.number(),
    statesWithSummaries: z.number(),
    byCategory: z.record(z.string(), z.number()),
    byChapter: z.record(z.string(), z.number()),
  }),
});

const ZMatrixSchema = z.object({
  articles: z.array(z.object({ number: z.number(), title: z.string() })),
  regions: z.array(z.object({ id: z.string(), name: z.string() })),
  cells: z.array(
    z.object({ article: z.number(), region: z.string(), needs: z.number(), offers: z.number() }),
  ),
});

const FIGURES = ["I", "II", "III", "IV", "V", "VI", "matrix"] as const;

/** One figure as CSV rows, the way the note's charts read. */
export function figureCsv(
  figure: (typeof FIGURES)[number],
  a: Analytics,
  cells: { article: number; region: string; needs: number; offers: number }[],
): string {
  const c2 = a.cycle2;
  switch (figure) {
    case "I":
      return toCsv(
        ["category", "needs"],
        CYCLE1_CATEGORIES.map((c) => [c.name, a.cycle1.byCategory[c.id] ?? 0]),
      );
    case "II": {
      const periods = Object.keys(c2.byPeriod).sort();
      const chapters = ["II", "V"];
      return toCsv(
        ["chapter", ...periods],
        chapters.map((ch) => [
          ch,
          ...periods.map((p) => c2.byPeriod[p]?.byChapter[ch]?.needs ?? 0),
        ]),
      );
    }
    case "III":
      return toCsv(
        ["region", "states", "statesWithSummaries", "statesWithNeeds", "needs"],
        REGIONAL_GROUPS.map((g) => {
          const r = c2.byRegion[g.id];
          return [
            g.name,
            r?.states ?? 0,
            r?.statesWithSummaries ?? 0,
            r?.statesWithNeeds ?? 0,
            r?.needs ?? 0,
          ];
        }),
      );
    case "IV":
      return toCsv(
        ["category", "needs"],
        CATEGORIES.map((c) => [c.name, c2.byCategory[c.id] ?? 0]),
      );
    case "V":
    case "VI": {
      const keys = Object.keys(c2.byArticle).filter((k) =>
        figure === "V" ? isChapter(k, "II") : isChapter(k, "V"),
      );
      return toCsv(
        ["article", "needs", "states"],
        keys.map((k) => [k, c2.byArticle[k]!.needs, c2.byArticle[k]!.states]),
      );
    }
    case "matrix":
      return toCsv(
        ["article", "title", "region", "needs", "offers"],
        cells.map((c) => [
          c.article,
          getArticle(c.article)?.title ?? "",
          c.region,
          c.needs,
          c.offers,
        ]),
      );
  }
}

function isChapter(key: string, chapter: string): boolean {
  if (key === `${chapter}-general`) return true;
  const n = Number(key);
  return Number.isInteger(n) && getArticle(n)?.chapter === chapter;
}

export const analyticsRouter = router({
  figures: publicProcedure.output(ZFiguresSchema).query(({ ctx }) => analytics(ctx.db)),

  supplyMatrix: publicProcedure
    .input(
      z.object({ cycle: z.union([z.literal(1), z.literal(2)]).default(2) }).default({ cycle: 2 }),
    )
    .output(ZMatrixSchema)
    .query(async ({ ctx, input }) => {
      const cells = await needsBySupply(ctx.db, input.cycle);
      const used = new Set(cells.map((c) => c.article));
      return {
        articles: ARTICLES.filter((a) => used.has(a.number)).map((a) => ({
          number: a.number,
          title: a.title,
        })),
        regions: REGIONAL_GROUPS.map((g) => ({ id: g.id, name: g.name })),
        cells,
      };
    }),

  csv: publicProcedure
    .input(z.object({ figure: z.enum(FIGURES) }))
    .output(z.object({ filename: z.string(), csv: z.string() }))
    .query(async ({ ctx, input }) => {
      const [a, cells] = await Promise.all([
        analytics(ctx.db),
        input.figure === "matrix" ? needsBySupply(ctx.db, 2) : Promise.resolve([]),
      ]);
      return {
        filename: `tahub-figure-${input.figure}.csv`,
        csv: figureCsv(input.figure, a, cells),
      };
    }),
});
