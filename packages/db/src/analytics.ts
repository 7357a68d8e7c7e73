/**
 * The secretariat's analyses, computed from the records with SQL (figures I-VI of the note on
 * technical assistance needs). By default every figure counts ALL needs whatever their status or
 * confidentiality, as the secretariat's published figures do. Given `tiers`, the figures count
 * only needs (and offers) of those confidentiality tiers: the API computes the public figures
 * from public records only (issue 12), so a restricted record never moves a public number.
 *
 * Conventions: a need counts under every article it names; a need naming no article counts
 * under "<chapter>-general"; the chapter is the need's own (article 14 is chapter II). Cluster
 * aggregates ("7+8", "14+52+58") count distinct needs and States naming any of their articles.
 * A period "YYYY-MM" counts the needs of States whose executive summary of the need's cycle was
 * finalised by the end of that month; an as-at date does the same at that day.
 *
 * Cost (issue 14, part 2): every figure is a GROUP BY over "NeedTally", the roll-up of Need that
 * triggers keep current on write (migration need_tally): one row per combination of the counted
 * columns with its number of needs. Each "until" date (the as-at date and each period) is one
 * query, so the cost follows the number of combinations and periods, not the number of needs.
 */
import {
  CHAPTERS,
  CLUSTERS,
  REGIONAL_GROUP_IDS,
  partiesPerGroup,
  type Confidentiality,
  type TAnalyticsFilters,
} from "@tahub/domain";
import type { PrismaClient } from "./generated/prisma/client.js";
import { ARTICLE_KEYS, SqlParams, tallyWhere, type TallyScope } from "./tally.js";

interface Count {
  needs: number;
  states: number;
}

interface PeriodFigures {
  needs: number;
  states: number;
  statesWithSummaries: number;
  byChapter: Record<string, Count>;
  byArticle: Record<string, Count>;
}

export interface Analytics {
  /** What was counted: the as-at day (null: every need), the periods and the filters. */
  query: {
    asAt: string | null;
    partiesAsAt: string | null;
    periods: string[];
    filters: TAnalyticsFilters;
  };
  cycle2: {
    needs: number;
    statesWithSummaries: number;
    statesWithNeeds: number;
    byChapter: Record<string, Count>;
    /** Needs by their primary grouping: each need once. */
    byCategory: Record<string, number>;
    byCategoryStates: Record<string, number>;
    /** Needs by every grouping they span: a need spanning three counts under each of the three. */
    byCategoryAny: Record<string, number>;
    byCategoryAnyStates: Record<string, number>;
    byArticle: Record<string, Count>;
    byRegion: Record<
      string,
      { states: number; statesWithSummaries: number; statesWithNeeds: number; needs: number }
    >;
    byPeriod: Record<string, PeriodFigures>;
  };
  cycle1: {
    needs: number;
    states: number;
    statesWithSummaries: number;
    byCategory: Record<string, number>;
    byChapter: Record<string, number>;
  };
}

/** Extra aggregates the note reports (paras 18, 21, 28, 44) besides the executive-summary clusters. */
const EXTRA_AGGREGATES = [
  [5, 6],
  [7, 8],
  [10, 13],
  [54, 55],
];

/** Cluster aggregates: the executive summaries' clusters of several articles, then the note's pairs. */
const AGGREGATES: readonly { key: string; articles: readonly number[] }[] = (() => {
  const out = new Map<string, readonly number[]>();
  for (const arts of [
    ...CLUSTERS.filter((c) => c.articles.length > 1).map((c) => [...c.articles]),
    ...EXTRA_AGGREGATES,
  ])
    if (!out.has(arts.join("+"))) out.set(arts.join("+"), arts);
  return [...out].map(([key, articles]) => ({ key, articles }));
})();

const n = (v: unknown) => Number(v ?? 0);

type Prisma = Pick<PrismaClient, "$queryRawUnsafe">;

export { SqlParams, tallyWhere, tierScope } from "./tally.js";

interface KeyRow {
  cycle: number;
  dim: string;
  key: string;
  needs: bigint | number;
  states: bigint | number;
}

/**
 * Every count of one scope in one pass: per cycle, the totals, chapters, article keys, cluster
 * aggregates, primary and any groupings, cycle-1 categories and regional groups, each with its
 * needs and distinct States.
 */
async function keyCounts(prisma: Prisma, scope: TallyScope): Promise<KeyRow[]> {
  const q = new SqlParams();
  const where = tallyWhere(scope, q);
  const aggregates = AGGREGATES.map(
    (g) => `('${g.key}', ARRAY[${g.articles.map((a) => Number(a)).join(",")}]::int[])`,
  ).join(", ");
  return prisma.$queryRawUnsafe<KeyRow[]>(
    `WITH t AS (
       SELECT t.*, st."group" AS region
         FROM "NeedTally" t JOIN "State" st ON st.iso3 = t."stateId"
        WHERE ${where}
     ), k AS (
       SELECT t.cycle, 'total' AS dim, '' AS key, t."stateId", t.needs FROM t
       UNION ALL
       SELECT t.cycle, 'chapter', coalesce(t."chapterId", 'none'), t."stateId", t.needs FROM t
       UNION ALL
       SELECT t.cycle, 'article', a.key, t."stateId", t.needs FROM t CROSS JOIN ${ARTICLE_KEYS} a
       UNION ALL
       SELECT t.cycle, 'aggregate', g.key, t."stateId", t.needs
         FROM t JOIN (VALUES ${aggregates}) AS g(key, arts) ON t."articles" && g.arts
       UNION ALL
       SELECT t.cycle, 'category', t.category, t."stateId", t.needs FROM t WHERE t.category IS NOT NULL
       UNION ALL
       SELECT t.cycle, 'categoryAny', c.key, t."stateId", t.needs
         FROM t CROSS JOIN LATERAL (SELECT DISTINCT x AS key FROM unnest(t.categories) x WHERE x IS NOT NULL) c
       UNION ALL
       SELECT t.cycle, 'cycle1Category', t."cycle1Category", t."stateId", t.needs FROM t WHERE t."cycle1Category" IS NOT NULL
       UNION ALL
       SELECT t.cycle, 'region', t.region, t."stateId", t.needs FROM t
     )
     SELECT cycle, dim, key, sum(needs) AS needs, count(DISTINCT "stateId") AS states
       FROM k GROUP BY 1, 2, 3`,
    ...q.values,
  );
}

/** Finalised executive summaries per cycle and regional group, by a day, within the filters' States. */
async function summaryCounts(
  prisma: Prisma,
  filters: TAnalyticsFilters,
  until: string | undefined,
): Promise<{ cycle: number; region: string; c: bigint | number }[]> {
  const q = new SqlParams();
  const where = ["TRUE"];
  if (until) where.push(`s."finalisedOn" <= ${q.p(until, "date")}`);
  if (filters.regions) where.push(`st."group" = ANY(${q.p(filters.regions, "text[]")})`);
  if (filters.states) where.push(`s."stateId" = ANY(${q.p(filters.states, "text[]")})`);
  return prisma.$queryRawUnsafe(
    `SELECT s.cycle, st."group" AS region, count(*) AS c
       FROM "StateSummary" s JOIN "State" st ON st.iso3 = s."stateId"
      WHERE ${where.join(" AND ")} GROUP BY 1, 2`,
    ...q.values,
  );
}

function sortKey(key: string): number {
  if (/^\d+$/.test(key)) return Number(key);
  const ch = CHAPTERS.find((c) => key.startsWith(`${c.id}-`));
  return ch ? ch.last + 0.5 : 1000;
}

/** Last day of a "YYYY-MM" month as yyyy-mm-dd. */
function endOfMonth(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The month `months` before (negative: after) a "YYYY-MM" month. */
function monthsBefore(period: string, months: number): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - months, 1));
  return d.toISOString().slice(0, 7);
}

/** The earlier of two yyyy-mm-dd days; undefined counts as "no limit". */
const earlier = (a: string, b: string | undefined) => (b !== undefined && b < a ? b : a);

/** The figures of one scope, read from `keyCounts` rows. */
function read(rows: KeyRow[], cycle: number) {
  const byArticle: Record<string, Count> = {};
  const byChapter: Record<string, Count> = {};
  const byCategory: [string, number, number][] = [];
  const byCategoryAny: [string, number, number][] = [];
  const byCycle1Category: [string, number][] = [];
  const byRegion: Record<string, Count> = {};
  const aggregate: Record<string, Count> = {};
  let total: Count = { needs: 0, states: 0 };
  for (const r of rows) {
    if (n(r.cycle) !== cycle) continue;
    const c = { needs: n(r.needs), states: n(r.states) };
    if (r.dim === "total") total = c;
    else if (r.dim === "chapter") byChapter[r.key] = c;
    else if (r.dim === "article") byArticle[r.key] = c;
    else if (r.dim === "aggregate") aggregate[r.key] = c;
    else if (r.dim === "category") byCategory.push([r.key, c.needs, c.states]);
    else if (r.dim === "categoryAny") byCategoryAny.push([r.key, c.needs, c.states]);
    else if (r.dim === "cycle1Category") byCycle1Category.push([r.key, c.needs]);
    else if (r.dim === "region") byRegion[r.key] = c;
  }
  const sortedArticles: Record<string, Count> = {};
  for (const [k, c] of Object.entries(byArticle).sort(([x], [y]) => sortKey(x) - sortKey(y)))
    sortedArticles[k] = c;
  for (const g of AGGREGATES) sortedArticles[g.key] = aggregate[g.key] ?? { needs: 0, states: 0 };
  const sortedChapters: Record<string, Count> = {};
  for (const [k, c] of Object.entries(byChapter).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
    sortedChapters[k] = c;
  const byNeeds = <T extends [string, number, ...unknown[]]>(xs: T[]) =>
    xs.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    total,
    byArticle: sortedArticles,
    byChapter: sortedChapters,
    byCategory: byNeeds(byCategory),
    byCategoryAny: byNeeds(byCategoryAny),
    byCycle1Category: byNeeds(byCycle1Category),
    byRegion,
  };
}

export interface AnalyticsOptions {
  /** Count as at this day (yyyy-mm-dd): needs of States whose summary was finalised by then. Default: every need. */
  asAt?: string;
  /**
   * Periods ("YYYY-MM") for figure II, each counted at the end of its month (never after
   * `asAt`). Default: the as-at month, else the month of the latest finalised cycle-2 summary,
   * and the same month two years earlier (the previous Conference session; for the demo data
   * 2023-09 and 2021-09).
   */
  periods?: string[];
  /**
   * Count each regional group's States parties (figure III) as at this day (yyyy-mm-dd).
   * Default: `asAt`, else every party of the reference list.
   */
  partiesAsAt?: string;
  /** Count only records of these confidentiality tiers (the public figures); default all. */
  tiers?: readonly Confidentiality[];
  /** Count only the needs that pass every filter given. */
  filters?: TAnalyticsFilters;
}

/** The default periods (see `AnalyticsOptions.periods`). */
export async function defaultPeriods(prisma: Prisma, asAt?: string): Promise<string[]> {
  let month = asAt?.slice(0, 7);
  if (!month) {
    const [r] = await prisma.$queryRawUnsafe<{ last: Date | string | null }[]>(
      `SELECT max("finalisedOn") AS last FROM "StateSummary" WHERE cycle = 2`,
    );
    const last = r?.last;
    month = last
      ? (last instanceof Date ? last.toISOString() : String(last)).slice(0, 7)
      : new Date().toISOString().slice(0, 7);
  }
  return [monthsBefore(month, 24), month];
}

type SummaryRows = { cycle: number; region: string; c: bigint | number }[];

/** Finalised summaries of a cycle (and a regional group) in the rows of one day. */
const summariesIn = (rows: SummaryRows | undefined, cycle: number, region?: string) =>
  (rows ?? [])
    .filter((r) => n(r.cycle) === cycle && (region === undefined || r.region === region))
    .reduce((s, r) => s + n(r.c), 0);

export async function analytics(prisma: Prisma, opts: AnalyticsOptions = {}): Promise<Analytics> {
  const filters = opts.filters ?? {};
  const asAt = opts.asAt;
  const partiesAsAt = opts.partiesAsAt ?? asAt;
  const periods = [...(opts.periods ?? (await defaultPeriods(prisma, asAt)))].sort();
  const scope = { tiers: opts.tiers, filters };
  const untils = [asAt, ...periods.map((p) => earlier(endOfMonth(p), asAt))];
  // One roll-up pass and one summaries count per day, all at once.
  const [counted, summaries] = await Promise.all([
    Promise.all(untils.map((until) => keyCounts(prisma, { ...scope, until }))),
    Promise.all(untils.map((until) => summaryCounts(prisma, filters, until))),
  ]);
  const c2 = read(counted[0] ?? [], 2);
  const c1 = read(counted[0] ?? [], 1);
  const byPeriod: Record<string, PeriodFigures> = {};
  periods.forEach((p, i) => {
    const f = read(counted[i + 1] ?? [], 2);
    byPeriod[p] = {
      needs: f.total.needs,
      states: f.total.states,
      statesWithSummaries: summariesIn(summaries[i + 1], 2),
      byChapter: f.byChapter,
      byArticle: f.byArticle,
    };
  });
  return {
    query: { asAt: asAt ?? null, partiesAsAt: partiesAsAt ?? null, periods, filters },
    cycle2: {
      needs: c2.total.needs,
      statesWithSummaries: summariesIn(summaries[0], 2),
      statesWithNeeds: c2.total.states,
      byChapter: c2.byChapter,
      byCategory: Object.fromEntries(c2.byCategory.map(([k, v]) => [k, v])),
      byCategoryStates: Object.fromEntries(c2.byCategory.map(([k, , s]) => [k, s])),
      byCategoryAny: Object.fromEntries(c2.byCategoryAny.map(([k, v]) => [k, v])),
      byCategoryAnyStates: Object.fromEntries(c2.byCategoryAny.map(([k, , s]) => [k, s])),
      byArticle: c2.byArticle,
      byRegion: regionFigures(filters, c2.byRegion, summaries[0], partiesAsAt),
      byPeriod,
    },
    cycle1: {
      needs: c1.total.needs,
      states: c1.total.states,
      statesWithSummaries: summariesIn(summaries[0], 1),
      byCategory: Object.fromEntries(c1.byCycle1Category),
      byChapter: Object.fromEntries(Object.entries(c1.byChapter).map(([k, v]) => [k, v.needs])),
    },
  };
}

/**
 * Figure III: per regional group (those the filters name), its States parties as at
 * `partiesAsAt`, its finalised summaries and its needs.
 */
function regionFigures(
  filters: TAnalyticsFilters,
  counts: Record<string, Count>,
  summaries: SummaryRows | undefined,
  partiesAsAt: string | undefined,
): Analytics["cycle2"]["byRegion"] {
  const parties = partiesPerGroup(partiesAsAt);
  const wanted = filters.regions;
  const regions = wanted
    ? REGIONAL_GROUP_IDS.filter((g) => wanted.includes(g))
    : REGIONAL_GROUP_IDS;
  const byRegion: Analytics["cycle2"]["byRegion"] = {};
  for (const g of regions)
    byRegion[g] = {
      states: parties[g],
      statesWithSummaries: summariesIn(summaries, 2, g),
      statesWithNeeds: counts[g]?.states ?? 0,
      needs: counts[g]?.needs ?? 0,
    };
  return byRegion;
}

export { needsBySupply, type SupplyCell } from "./coverage.js";
