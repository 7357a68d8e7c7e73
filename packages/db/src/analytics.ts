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
  CONFIDENTIALITY_TIERS,
  REGIONAL_GROUP_IDS,
  STATES_PARTIES,
  type Confidentiality,
  type TAnalyticsFilters,
} from "@tahub/domain";
import type { PrismaClient } from "./generated/prisma/client.js";

export interface Count {
  needs: number;
  states: number;
}

export interface PeriodFigures {
  needs: number;
  states: number;
  statesWithSummaries: number;
  byChapter: Record<string, Count>;
  byArticle: Record<string, Count>;
}

export interface Analytics {
  /** What was counted: the as-at day (null: every need), the periods and the filters. */
  query: { asAt: string | null; periods: string[]; filters: TAnalyticsFilters };
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
export const AGGREGATES: readonly { key: string; articles: readonly number[] }[] = (() => {
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

/**
 * An SQL condition restricting `alias` (a Need, NeedTally or Offer row) to the given
 * confidentiality tiers, or "TRUE" for all. The tiers are checked against the closed list before
 * they are inlined, so the fragment cannot carry anything but those literals.
 */
export function tierScope(alias: string, tiers?: readonly Confidentiality[]): string {
  if (!tiers) return "TRUE";
  for (const t of tiers)
    if (!(CONFIDENTIALITY_TIERS as readonly string[]).includes(t))
      throw new Error(`Unknown confidentiality tier: ${t}`);
  if (tiers.length === 0) return "FALSE";
  return `${alias}."confidentiality" IN (${tiers.map((t) => `'${t}'`).join(", ")})`;
}

/** Query parameters collected while the SQL is written: `p(value, "text[]")` gives `$n::text[]`. */
export class SqlParams {
  readonly values: unknown[] = [];
  p(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

export interface TallyScope {
  tiers?: readonly Confidentiality[];
  filters?: TAnalyticsFilters;
  /** Count only needs of States whose summary of the need's cycle was finalised by this day. */
  until?: string;
}

/**
 * The WHERE condition for a roll-up row `t` joined to its State `st`: tiers, filters and the
 * as-at day. Every value goes in as a parameter.
 */
export function tallyWhere(scope: TallyScope, q: SqlParams): string {
  const f = scope.filters ?? {};
  const where = [tierScope("t", scope.tiers)];
  if (f.cycle !== undefined) where.push(`t."cycle" = ${q.p(f.cycle, "int")}`);
  if (f.regions) where.push(`st."group" = ANY(${q.p(f.regions, "text[]")})`);
  if (f.states) where.push(`t."stateId" = ANY(${q.p(f.states, "text[]")})`);
  if (f.chapters) where.push(`t."chapterId" = ANY(${q.p(f.chapters, "text[]")})`);
  if (f.articles) where.push(`t."articles" && ${q.p(f.articles, "int[]")}`);
  if (f.groupings) where.push(`t."categories" && ${q.p(f.groupings, "text[]")}`);
  if (f.genderResponsive !== undefined)
    where.push(`t."genderResponsive" = ${q.p(f.genderResponsive, "boolean")}`);
  if (scope.until)
    where.push(
      `EXISTS (SELECT 1 FROM "StateSummary" s WHERE s."stateId" = t."stateId" AND s."cycle" = t."cycle" AND s."finalisedOn" <= ${q.p(scope.until, "date")})`,
    );
  // A need its State withdrew (docs/states.md) counts as at the days before its withdrawal only;
  // without an as-at day the figures describe today, so it no longer counts.
  where.push(
    scope.until
      ? `(t."withdrawnOn" IS NULL OR t."withdrawnOn" > ${q.p(scope.until, "date")})`
      : `t."withdrawnOn" IS NULL`,
  );
  return where.join(" AND ");
}

/**
 * The article keys of a roll-up row `t`, each once: its articles, or "<chapter>-general" when it
 * names none. A LATERAL subquery yielding `key`.
 */
export const ARTICLE_KEYS = `LATERAL (
  SELECT DISTINCT x::text AS key FROM unnest(coalesce(t."articles", '{}')) x
  UNION ALL
  SELECT coalesce(t."chapterId", '?') || '-general' WHERE cardinality(coalesce(t."articles", '{}')) = 0
)`;

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
export function endOfMonth(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The month `months` before (negative: after) a "YYYY-MM" month. */
export function monthsBefore(period: string, months: number): string {
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
  for (const k of Object.keys(byArticle).sort((x, y) => sortKey(x) - sortKey(y)))
    sortedArticles[k] = byArticle[k]!;
  for (const g of AGGREGATES) sortedArticles[g.key] = aggregate[g.key] ?? { needs: 0, states: 0 };
  const sortedChapters: Record<string, Count> = {};
  for (const k of Object.keys(byChapter).sort()) sortedChapters[k] = byChapter[k]!;
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

export async function analytics(prisma: Prisma, opts: AnalyticsOptions = {}): Promise<Analytics> {
  const filters = opts.filters ?? {};
  const asAt = opts.asAt;
  const periods = [...(opts.periods ?? (await defaultPeriods(prisma, asAt)))].sort();
  const scope = { tiers: opts.tiers, filters };
  const untils = [asAt, ...periods.map((p) => earlier(endOfMonth(p), asAt))];
  // One roll-up pass and one summaries count per day, all at once.
  const [counted, summaries] = await Promise.all([
    Promise.all(untils.map((until) => keyCounts(prisma, { ...scope, until }))),
    Promise.all(untils.map((until) => summaryCounts(prisma, filters, until))),
  ]);
  const summariesOf = (i: number, cycle: number, region?: string) =>
    (summaries[i] ?? [])
      .filter((r) => n(r.cycle) === cycle && (region === undefined || r.region === region))
      .reduce((s, r) => s + n(r.c), 0);

  const c2 = read(counted[0] ?? [], 2);
  const c1 = read(counted[0] ?? [], 1);
  const regions = filters.regions
    ? REGIONAL_GROUP_IDS.filter((g) => filters.regions!.includes(g))
    : REGIONAL_GROUP_IDS;
  const byRegion: Analytics["cycle2"]["byRegion"] = {};
  for (const g of regions)
    byRegion[g] = {
      states: STATES_PARTIES.filter((s) => s.group === g).length,
      statesWithSummaries: summariesOf(0, 2, g),
      statesWithNeeds: c2.byRegion[g]?.states ?? 0,
      needs: c2.byRegion[g]?.needs ?? 0,
    };
  const byPeriod: Record<string, PeriodFigures> = {};
  periods.forEach((p, i) => {
    const f = read(counted[i + 1] ?? [], 2);
    byPeriod[p] = {
      needs: f.total.needs,
      states: f.total.states,
      statesWithSummaries: summariesOf(i + 1, 2),
      byChapter: f.byChapter,
      byArticle: f.byArticle,
    };
  });
  return {
    query: { asAt: asAt ?? null, periods, filters },
    cycle2: {
      needs: c2.total.needs,
      statesWithSummaries: summariesOf(0, 2),
      statesWithNeeds: c2.total.states,
      byChapter: c2.byChapter,
      byCategory: Object.fromEntries(c2.byCategory.map(([k, v]) => [k, v])),
      byCategoryStates: Object.fromEntries(c2.byCategory.map(([k, , s]) => [k, s])),
      byCategoryAny: Object.fromEntries(c2.byCategoryAny.map(([k, v]) => [k, v])),
      byCategoryAnyStates: Object.fromEntries(c2.byCategoryAny.map(([k, , s]) => [k, s])),
      byArticle: c2.byArticle,
      byRegion,
      byPeriod,
    },
    cycle1: {
      needs: c1.total.needs,
      states: c1.total.states,
      statesWithSummaries: summariesOf(0, 1),
      byCategory: Object.fromEntries(c1.byCycle1Category),
      byChapter: Object.fromEntries(Object.entries(c1.byChapter).map(([k, v]) => [k, v.needs])),
    },
  };
}

export interface SupplyCell {
  article: number;
  region: string;
  /** Open needs (identified, in progress, partially met) of States of the region naming the article. */
  needs: number;
  /**
   * Open, current offers naming the article and covering the region: offers limited to regions
   * that include it, plus global offers (no region stated), which cover every region.
   */
  offers: number;
  /** The part of `offers` that is global: the same offers are counted in every region's cell. */
  globalOffers: number;
}

/**
 * The needs-versus-supply matrix (article x regional group) for the coverage view: where open
 * needs have no open offer, and where offers crowd. Cycle 2 by default.
 *
 * A global offer (no region stated) is open to every State, so it counts in every region's cell
 * and also in `globalOffers`, which lets a reader tell region-specific supply from global
 * supply. Summing `offers` across regions therefore counts a global offer once per region.
 * Offers are counted as the matcher sees them: open, and not past their period.
 */
export async function needsBySupply(
  prisma: Prisma,
  cycle = 2,
  tiers?: readonly Confidentiality[],
): Promise<SupplyCell[]> {
  const needs = await prisma.$queryRawUnsafe<{ article: number; region: string; c: bigint }[]>(
    `SELECT a AS article, st."group" AS region, sum(t.needs) AS c
       FROM "NeedTally" t JOIN "State" st ON st.iso3 = t."stateId", unnest(t.articles) AS a
      WHERE t.cycle = $1 AND t.status IN ('identified', 'in-progress', 'partially-met')
        AND ${tierScope("t", tiers)}
      GROUP BY 1, 2`,
    cycle,
  );
  // The regional group ids are constants of the domain, not input: safe to write into the SQL.
  const everyRegion = `ARRAY[${REGIONAL_GROUP_IDS.map((g) => `'${g}'`).join(", ")}]::text[]`;
  const offers = await prisma.$queryRawUnsafe<
    { article: number; region: string; c: bigint; g: bigint }[]
  >(
    `SELECT a AS article, r AS region, count(*) AS c, count(*) FILTER (WHERE o.global) AS g
       FROM (SELECT o.articles, cardinality(o.regions) = 0 AS global,
                    CASE WHEN cardinality(o.regions) = 0 THEN ${everyRegion} ELSE o.regions END AS regions
               FROM "Offer" o
              WHERE o.status = 'open' AND (o."periodTo" IS NULL OR o."periodTo" >= CURRENT_DATE)
                AND ${tierScope("o", tiers)}) o,
            unnest(o.articles) AS a, unnest(o.regions) AS r
      GROUP BY 1, 2`,
  );
  const key = (a: number, r: string) => `${a}:${r}`;
  const cells = new Map<string, SupplyCell>();
  for (const r of needs)
    cells.set(key(r.article, r.region), {
      article: n(r.article),
      region: r.region,
      needs: n(r.c),
      offers: 0,
      globalOffers: 0,
    });
  for (const r of offers) {
    const c = cells.get(key(r.article, r.region)) ?? {
      article: n(r.article),
      region: r.region,
      needs: 0,
      offers: 0,
      globalOffers: 0,
    };
    c.offers = n(r.c);
    c.globalOffers = n(r.g);
    cells.set(key(r.article, r.region), c);
  }
  return [...cells.values()].sort(
    (a, b) => a.article - b.article || a.region.localeCompare(b.region),
  );
}
