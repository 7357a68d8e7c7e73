/**
 * The secretariat's analyses, computed live from the records: figures I-VI of its note and the
 * needs-by-supply matrix. The secretariat's figures count every need (as the published figures
 * do); everyone else's count only the records their role may read, with small counts withheld
 * (`lib/disclosure.ts`).
 */
import {
  ARTICLES,
  CATEGORIES,
  CYCLE1_CATEGORIES,
  REGIONAL_GROUPS,
  getArticle,
  isSecretariat,
  readableTiers,
  ZAnalyticsQuerySchema,
  type Confidentiality,
  type TAnalyticsQuery,
} from "@tahub/domain";
import { analytics, crossTabs, needsBySupply } from "@tahub/db";
import { evaluationsFor, ZEvaluationsSchema } from "../services/evaluations.js";
import { ZEvaluationsQuerySchema } from "@tahub/domain";
import { z } from "zod";
import type { Context } from "../context.js";
import type { SessionUser } from "../auth/user.js";
import {
  disclose,
  discloseCrossTabs,
  showCount,
  SUPPRESS_BELOW,
  withhold,
  ZDisclosedSchema,
  ZCrossTabsSchema,
  ZFiguresSchema,
  type DisclosedCrossTabs,
  type DisclosedFigures,
} from "../lib/disclosure.js";
import { toCsv } from "../lib/tabular.js";
import { publicProcedure, router } from "../trpc.js";

const ZCellSchema = z.object({
  article: z.number(),
  region: z.string(),
  needs: ZDisclosedSchema,
  /** Offers open to the region, global offers included (see `needsBySupply`). */
  offers: ZDisclosedSchema,
  /** How many of `offers` are global (no region stated); the same in every region's cell. */
  globalOffers: ZDisclosedSchema,
});
type Cell = z.infer<typeof ZCellSchema>;

const ZMatrixSchema = z.object({
  disclosure: ZFiguresSchema.shape.disclosure,
  articles: z.array(z.object({ number: z.number(), title: z.string() })),
  regions: z.array(z.object({ id: z.string(), name: z.string() })),
  cells: z.array(ZCellSchema),
});

/**
 * Which records the caller's figures count, and below which count they are withheld: the
 * secretariat counts everything; everyone else counts what their role may read, small counts
 * withheld (issue 12: a restricted need must never move a public number).
 */
function scopeFor(user: SessionUser | null): {
  tiers: Confidentiality[] | undefined;
  below: number | null;
} {
  if (user && isSecretariat(user.role)) return { tiers: undefined, below: null };
  return { tiers: readableTiers(user?.role ?? "public"), below: SUPPRESS_BELOW };
}

function disclosureOf(user: SessionUser | null): DisclosedFigures["disclosure"] {
  const { below } = scopeFor(user);
  return { basis: below === null ? "all-records" : "readable-records", suppressedBelow: below };
}

/** What an analytics read needs: the database, the caller and the shared read cache. */
type AnalyticsCtx = Pick<Context, "db" | "user" | "services">;

/**
 * A figure, computed once per data version, visibility scope and question (as-at date, periods,
 * filters) and shared by every caller with the same scope (and by concurrent calls while it is
 * computed). Any write bumps the data version, so an entry is never served stale.
 */
async function cached<T>(ctx: AnalyticsCtx, what: string, compute: () => Promise<T>): Promise<T> {
  const { tiers } = scopeFor(ctx.user);
  const key = `analytics.${what}|${tiers ? tiers.join(",") : "all"}`;
  return ctx.services.reads.get(await ctx.services.dataVersion(ctx.db), key, compute);
}

function figuresFor(ctx: AnalyticsCtx, query: TAnalyticsQuery = {}): Promise<DisclosedFigures> {
  const { tiers, below } = scopeFor(ctx.user);
  return cached(ctx, `figures:${JSON.stringify(query)}`, async () =>
    disclose(await analytics(ctx.db, { ...query, tiers }), below),
  );
}

/** The cross-tabulations' question: the figures' without periods, and how groupings count. */
const ZCrossTabsInputSchema = ZAnalyticsQuerySchema.omit({
  periods: true,
  partiesAsAt: true,
}).extend({
  /** A need under its primary grouping (default) or under every grouping it spans. */
  grouping: z.enum(["primary", "any"]).default("primary"),
});
type CrossTabsInput = z.infer<typeof ZCrossTabsInputSchema>;

function crossTabsFor(
  ctx: AnalyticsCtx,
  input: CrossTabsInput = { grouping: "primary" },
): Promise<DisclosedCrossTabs> {
  const { tiers, below } = scopeFor(ctx.user);
  return cached(ctx, `crossTabs:${JSON.stringify(input)}`, async () =>
    discloseCrossTabs(await crossTabs(ctx.db, { ...input, tiers }), below),
  );
}

function matrixFor(ctx: AnalyticsCtx, cycle: number): Promise<Cell[]> {
  const { tiers, below } = scopeFor(ctx.user);
  return cached(ctx, `matrix:${cycle}`, async () => {
    const cells = await needsBySupply(ctx.db, cycle, tiers);
    return cells.map((c) => ({
      ...c,
      needs: below === null ? c.needs : withhold(c.needs, below),
      offers: below === null ? c.offers : withhold(c.offers, below),
      globalOffers: below === null ? c.globalOffers : withhold(c.globalOffers, below),
    }));
  });
}

const FIGURES = [
  "I",
  "II",
  "III",
  "IV",
  "IV-any",
  "V",
  "VI",
  "matrix",
  "grouping-article",
  "region-article",
  "region-grouping",
] as const;
const CROSS_TAB_FIGURES = new Set<string>([
  "grouping-article",
  "region-article",
  "region-grouping",
]);

/** A count as the CSV prints it: absent is 0, withheld stays withheld. */
const shown = (n: number | null | undefined) => showCount(n === undefined ? 0 : n);

type Cycle2 = DisclosedFigures["cycle2"];

/** Figure II: needs by chapter at the end of each period. */
function periodsCsv(c2: Cycle2): string {
  const periods = Object.keys(c2.byPeriod).sort();
  const chapters = ["II", "V"];
  return toCsv(
    ["chapter", ...periods],
    chapters.map((ch) => [ch, ...periods.map((p) => shown(c2.byPeriod[p]?.byChapter[ch]?.needs))]),
  );
}

/** Figure III: States and needs by regional group. */
function regionsCsv(c2: Cycle2): string {
  return toCsv(
    ["region", "states", "statesWithSummaries", "statesWithNeeds", "needs"],
    REGIONAL_GROUPS.map((g) => {
      const r = c2.byRegion[g.id];
      return [
        g.name,
        r?.states ?? 0,
        r?.statesWithSummaries ?? 0,
        shown(r?.statesWithNeeds),
        shown(r?.needs),
      ];
    }),
  );
}

/** Figures V and VI: needs and States by article of chapter II (V) or chapter V (VI). */
function articlesCsv(c2: Cycle2, figure: "V" | "VI"): string {
  const keys = Object.keys(c2.byArticle).filter((k) =>
    figure === "V" ? isChapter(k, "II") : isChapter(k, "V"),
  );
  return toCsv(
    ["article", "needs", "states"],
    keys.map((k) => [k, shown(c2.byArticle[k]?.needs), shown(c2.byArticle[k]?.states)]),
  );
}

/** The needs-by-supply matrix, a row per article and region. */
function matrixCsv(cells: Cell[]): string {
  return toCsv(
    ["article", "title", "region", "needs", "offers", "globalOffers"],
    cells.map((c) => [
      c.article,
      getArticle(c.article)?.title ?? "",
      c.region,
      shown(c.needs),
      shown(c.offers),
      shown(c.globalOffers),
    ]),
  );
}

/** One figure as CSV rows, the way the note's charts read. */
function figureCsv(
  figure: (typeof FIGURES)[number],
  a: DisclosedFigures,
  cells: Cell[],
  x?: DisclosedCrossTabs,
): string {
  const c2 = a.cycle2;
  switch (figure) {
    case "I":
      return toCsv(
        ["category", "needs"],
        CYCLE1_CATEGORIES.map((c) => [c.name, shown(a.cycle1.byCategory[c.id])]),
      );
    case "II":
      return periodsCsv(c2);
    case "III":
      return regionsCsv(c2);
    case "IV":
      return toCsv(
        ["category", "needs"],
        CATEGORIES.map((c) => [c.name, shown(c2.byCategory[c.id])]),
      );
    case "IV-any":
      return toCsv(
        ["category", "needs (any grouping)"],
        CATEGORIES.map((c) => [c.name, shown(c2.byCategoryAny[c.id])]),
      );
    case "grouping-article":
    case "region-article":
    case "region-grouping": {
      const [rows, columns] = figure.split("-") as [string, string];
      return toCsv(
        [rows, columns, "needs", "states"],
        (x?.tabs[figure] ?? []).map((c) => [c.row, c.column, shown(c.needs), shown(c.states)]),
      );
    }
    case "V":
    case "VI":
      return articlesCsv(c2, figure);
    case "matrix":
      return matrixCsv(cells);
  }
}

function isChapter(key: string, chapter: string): boolean {
  if (key === `${chapter}-general`) return true;
  const n = Number(key);
  return Number.isInteger(n) && getArticle(n)?.chapter === chapter;
}

const ZFiguresInputSchema = ZAnalyticsQuerySchema.optional();

export const analyticsRouter = router({
  /** Figures I-VI, as at a day, for any periods, within filters (all optional). */
  figures: publicProcedure
    .input(ZFiguresInputSchema)
    .output(ZFiguresSchema)
    .query(({ ctx, input }) => figuresFor(ctx, input)),

  /** Grouping x article, region x article and region x grouping, same question and rules. */
  crossTabs: publicProcedure
    .input(ZCrossTabsInputSchema.optional())
    .output(ZCrossTabsSchema)
    .query(({ ctx, input }) => crossTabsFor(ctx, input)),

  supplyMatrix: publicProcedure
    .input(
      z.object({ cycle: z.union([z.literal(1), z.literal(2)]).default(2) }).default({ cycle: 2 }),
    )
    .output(ZMatrixSchema)
    .query(async ({ ctx, input }) => {
      const cells = await matrixFor(ctx, input.cycle);
      const used = new Set(cells.map((c) => c.article));
      return {
        disclosure: disclosureOf(ctx.user),
        articles: ARTICLES.filter((a) => used.has(a.number)).map((a) => ({
          number: a.number,
          title: a.title,
        })),
        regions: REGIONAL_GROUPS.map((g) => ({ id: g.id, name: g.name })),
        cells,
      };
    }),

  // donors (issue 15, deliverable 5): OECD-DAC evaluations, provider-rated and State-rated.
  evaluations: publicProcedure
    .input(ZEvaluationsQuerySchema.optional())
    .output(ZEvaluationsSchema)
    .query(({ ctx, input }) =>
      cached(ctx, `evaluations:${JSON.stringify(input ?? {})}`, () =>
        evaluationsFor(ctx, input ?? {}, scopeFor(ctx.user), disclosureOf(ctx.user)),
      ),
    ),
  // end donors

  csv: publicProcedure
    .input(
      z.object({
        figure: z.enum(FIGURES),
        query: ZAnalyticsQuerySchema.optional(),
        grouping: z.enum(["primary", "any"]).optional(),
      }),
    )
    .output(z.object({ filename: z.string(), csv: z.string() }))
    .query(async ({ ctx, input }) => {
      const { periods: _periods, partiesAsAt: _parties, ...crossQuery } = input.query ?? {};
      const [a, cells, x] = await Promise.all([
        figuresFor(ctx, input.query),
        input.figure === "matrix" ? matrixFor(ctx, 2) : Promise.resolve([]),
        CROSS_TAB_FIGURES.has(input.figure)
          ? crossTabsFor(ctx, { ...crossQuery, grouping: input.grouping ?? "primary" })
          : Promise.resolve(undefined),
      ]);
      return {
        filename: `tahub-figure-${input.figure}.csv`,
        csv: figureCsv(input.figure, a, cells, x),
      };
    }),
});
