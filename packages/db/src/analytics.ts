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
 * A period "YYYY-MM" counts the needs of States whose cycle-2 executive summary was finalised by
 * the end of that month.
 */
import {
  CHAPTERS,
  CLUSTERS,
  CONFIDENTIALITY_TIERS,
  REGIONAL_GROUP_IDS,
  STATES_PARTIES,
  type Confidentiality,
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
  cycle2: {
    needs: number;
    statesWithSummaries: number;
    statesWithNeeds: number;
    byChapter: Record<string, Count>;
    byCategory: Record<string, number>;
    byCategoryStates: Record<string, number>;
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

const n = (v: unknown) => Number(v ?? 0);

type Prisma = Pick<PrismaClient, "$queryRawUnsafe">;

/**
 * An SQL condition restricting `alias` (a Need or Offer row) to the given confidentiality tiers,
 * or "TRUE" for all. The tiers are checked against the closed list before they are inlined, so
 * the fragment cannot carry anything but those literals.
 */
export function tierScope(alias: string, tiers?: readonly Confidentiality[]): string {
  if (!tiers) return "TRUE";
  for (const t of tiers)
    if (!(CONFIDENTIALITY_TIERS as readonly string[]).includes(t))
      throw new Error(`Unknown confidentiality tier: ${t}`);
  if (tiers.length === 0) return "FALSE";
  return `${alias}."confidentiality" IN (${tiers.map((t) => `'${t}'`).join(", ")})`;
}

async function articleCounts(
  prisma: Prisma,
  cycle: number,
  until: string | undefined,
  scope: string,
): Promise<{
  byArticle: Record<string, Count>;
  byChapter: Record<string, Count>;
  needs: number;
  states: number;
}> {
  const periodJoin = until
    ? `JOIN "StateSummary" s ON s."stateId" = n."stateId" AND s.cycle = n.cycle AND s."finalisedOn" <= $2::date`
    : "";
  const params: unknown[] = until ? [cycle, until] : [cycle];
  const perArticle = await prisma.$queryRawUnsafe<{ key: string; needs: bigint; states: bigint }[]>(
    `SELECT CASE WHEN cardinality(n.articles) = 0 THEN coalesce(n."chapterId", '?') || '-general' ELSE a::text END AS key,
            count(DISTINCT n.id) AS needs, count(DISTINCT n."stateId") AS states
       FROM "Need" n ${periodJoin}
       LEFT JOIN LATERAL unnest(CASE WHEN cardinality(n.articles) = 0 THEN ARRAY[NULL::int] ELSE n.articles END) AS a ON true
      WHERE n.cycle = $1 AND ${scope}
      GROUP BY 1`,
    ...params,
  );
  const byArticle: Record<string, Count> = {};
  for (const r of perArticle.sort((x, y) => sortKey(x.key) - sortKey(y.key)))
    byArticle[r.key] = { needs: n(r.needs), states: n(r.states) };
  // Aggregates: clusters of the executive summaries with more than one article, and the note's pairs.
  const groups = [
    ...CLUSTERS.filter((c) => c.articles.length > 1).map((c) => [...c.articles]),
    ...EXTRA_AGGREGATES,
  ];
  for (const arts of groups) {
    const key = arts.join("+");
    if (byArticle[key]) continue;
    const [r] = await prisma.$queryRawUnsafe<{ needs: bigint; states: bigint }[]>(
      `SELECT count(*) AS needs, count(DISTINCT n."stateId") AS states FROM "Need" n ${periodJoin}
        WHERE n.cycle = $1 AND ${scope} AND n.articles && $${params.length + 1}::int[]`,
      ...params,
      arts,
    );
    byArticle[key] = { needs: n(r?.needs), states: n(r?.states) };
  }
  const perChapter = await prisma.$queryRawUnsafe<
    { chapter: string | null; needs: bigint; states: bigint }[]
  >(
    `SELECT n."chapterId" AS chapter, count(*) AS needs, count(DISTINCT n."stateId") AS states
       FROM "Need" n ${periodJoin} WHERE n.cycle = $1 AND ${scope} GROUP BY 1 ORDER BY 1`,
    ...params,
  );
  const byChapter: Record<string, Count> = {};
  for (const r of perChapter)
    byChapter[r.chapter ?? "none"] = { needs: n(r.needs), states: n(r.states) };
  const [tot] = await prisma.$queryRawUnsafe<{ needs: bigint; states: bigint }[]>(
    `SELECT count(*) AS needs, count(DISTINCT n."stateId") AS states FROM "Need" n ${periodJoin} WHERE n.cycle = $1 AND ${scope}`,
    ...params,
  );
  return { byArticle, byChapter, needs: n(tot?.needs), states: n(tot?.states) };
}

function sortKey(key: string): number {
  if (/^\d+$/.test(key)) return Number(key);
  const ch = CHAPTERS.find((c) => key.startsWith(`${c.id}-`));
  return ch ? ch.last + 0.5 : 1000;
}

async function categoryCounts(
  prisma: Prisma,
  cycle: number,
  column: "category" | "cycle1Category",
  scope: string,
) {
  const rows = await prisma.$queryRawUnsafe<{ c: string; needs: bigint; states: bigint }[]>(
    `SELECT n."${column}" AS c, count(*) AS needs, count(DISTINCT n."stateId") AS states FROM "Need" n
      WHERE n.cycle = $1 AND n."${column}" IS NOT NULL AND ${scope} GROUP BY 1 ORDER BY 2 DESC, 1`,
    cycle,
  );
  return {
    needs: Object.fromEntries(rows.map((r) => [r.c, n(r.needs)])),
    states: Object.fromEntries(rows.map((r) => [r.c, n(r.states)])),
  };
}

async function summaries(prisma: Prisma, cycle: number, until?: string): Promise<number> {
  const [r] = await prisma.$queryRawUnsafe<{ c: bigint }[]>(
    `SELECT count(*) AS c FROM "StateSummary" WHERE cycle = $1 ${until ? `AND "finalisedOn" <= $2::date` : ""}`,
    ...(until ? [cycle, until] : [cycle]),
  );
  return n(r?.c);
}

/** Last day of a "YYYY-MM" month as yyyy-mm-dd. */
function endOfMonth(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export interface AnalyticsOptions {
  /** Periods for figure II. Default: the previous note (2021-09) and the current one (2023-09). */
  periods?: string[];
  /** Count only records of these confidentiality tiers (the public figures); default all. */
  tiers?: readonly Confidentiality[];
}

export async function analytics(prisma: Prisma, opts: AnalyticsOptions = {}): Promise<Analytics> {
  const periods = opts.periods ?? ["2021-09", "2023-09"];
  const scope = tierScope("n", opts.tiers);
  const c2 = await articleCounts(prisma, 2, undefined, scope);
  const cats2 = await categoryCounts(prisma, 2, "category", scope);
  const regions = await prisma.$queryRawUnsafe<
    { grp: string; summaries: bigint; withneeds: bigint; needs: bigint }[]
  >(
    `SELECT st."group" AS grp,
            count(DISTINCT s."stateId") AS summaries,
            count(DISTINCT n."stateId") AS withneeds,
            count(n.id) AS needs
       FROM "State" st
       LEFT JOIN "StateSummary" s ON s."stateId" = st.iso3 AND s.cycle = 2
       LEFT JOIN "Need" n ON n."stateId" = st.iso3 AND n.cycle = 2 AND ${scope}
      GROUP BY 1`,
  );
  const byRegion: Analytics["cycle2"]["byRegion"] = {};
  for (const g of REGIONAL_GROUP_IDS) {
    const r = regions.find((x) => x.grp === g);
    byRegion[g] = {
      states: STATES_PARTIES.filter((s) => s.group === g).length,
      statesWithSummaries: n(r?.summaries),
      statesWithNeeds: n(r?.withneeds),
      needs: n(r?.needs),
    };
  }
  const byPeriod: Record<string, PeriodFigures> = {};
  for (const p of periods) {
    const until = endOfMonth(p);
    const f = await articleCounts(prisma, 2, until, scope);
    byPeriod[p] = {
      needs: f.needs,
      states: f.states,
      statesWithSummaries: await summaries(prisma, 2, until),
      byChapter: f.byChapter,
      byArticle: f.byArticle,
    };
  }
  const c1 = await articleCounts(prisma, 1, undefined, scope);
  const cats1 = await categoryCounts(prisma, 1, "cycle1Category", scope);
  return {
    cycle2: {
      needs: c2.needs,
      statesWithSummaries: await summaries(prisma, 2),
      statesWithNeeds: c2.states,
      byChapter: c2.byChapter,
      byCategory: cats2.needs,
      byCategoryStates: cats2.states,
      byArticle: c2.byArticle,
      byRegion,
      byPeriod,
    },
    cycle1: {
      needs: c1.needs,
      states: c1.states,
      statesWithSummaries: await summaries(prisma, 1),
      byCategory: cats1.needs,
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
    `SELECT a AS article, st."group" AS region, count(*) AS c
       FROM "Need" n JOIN "State" st ON st.iso3 = n."stateId", unnest(n.articles) AS a
      WHERE n.cycle = $1 AND n.status IN ('identified', 'in-progress', 'partially-met')
        AND ${tierScope("n", tiers)}
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
