/**
 * Needs against reviewers' findings (issue 14, part 6), per article and per regional group, as
 * the secretariat's notes set them side by side ("N challenges across M States" under an
 * article, beside its needs: CAC/COSP/2023 note on TA needs, paras 22, 32, 35, 46). See
 * docs/findings.md.
 */
import {
  articlesOfChapter,
  chapterOf,
  REGIONAL_GROUP_IDS,
  reviewedChapters,
  type RegionalGroupId,
  type TFindingsQuery,
} from "@tahub/domain";
import { SqlParams, tallyWhere } from "@tahub/db";
import type { DbClient } from "../db.js";
import { toCsv } from "../lib/tabular.js";

export interface ComparisonCounts {
  /** Needs identified (a need naming two articles counts under each). */
  needs: number;
  /** States that identified at least one of those needs. */
  needStates: number;
  challenges: number;
  /** States whose review found at least one challenge. */
  challengeStates: number;
  recommendations: number;
  recommendationStates: number;
}

type Count = bigint | number | null | undefined;
interface NeedCountRow {
  key: string | null;
  needs: Count;
  states: Count;
}
interface FindingCountRow {
  key: string | null;
  challenges: Count;
  cstates: Count;
  recommendations: Count;
  rstates: Count;
}

const int = (v: Count) => Number(v ?? 0);

/** The question resolved: the articles compared and the parameters every query shares. */
interface Scope {
  q: TFindingsQuery;
  articles: number[];
  region: RegionalGroupId | null;
  asAt: string | null;
}

type Dim = "article" | "region";

/**
 * Needs per article or per region (ROLLUP adds the total as the row whose key is NULL), under
 * the analytics' own roll-up condition: the cycle, the region, the chapter (per region and in
 * total), the as-at day (finalised summaries only) and withdrawals (counted before them only).
 */
function needCounts(db: DbClient, s: Scope, dim: Dim): Promise<NeedCountRow[]> {
  const p = new SqlParams();
  const where = tallyWhere(
    {
      until: s.asAt ?? undefined,
      filters: {
        cycle: s.q.cycle,
        ...(s.region ? { regions: [s.region] } : {}),
        ...(dim === "region" && s.q.chapter ? { chapters: [s.q.chapter] } : {}),
      },
    },
    p,
  );
  const sql =
    dim === "article"
      ? `SELECT a::text AS key, sum(t.needs) AS needs, count(DISTINCT t."stateId") AS states
           FROM "NeedTally" t JOIN "State" st ON st.iso3 = t."stateId", unnest(t.articles) AS a
          WHERE ${where} AND a = ANY(${p.p(s.articles, "int[]")})
          GROUP BY a`
      : `SELECT st."group" AS key, sum(t.needs) AS needs, count(DISTINCT t."stateId") AS states
           FROM "NeedTally" t JOIN "State" st ON st.iso3 = t."stateId"
          WHERE ${where}
          GROUP BY ROLLUP (st."group")`;
  return db.$queryRawUnsafe<NeedCountRow[]>(sql, ...p.values);
}

/**
 * The findings compared: of the cycle, region and articles; as at a day, only those of States
 * whose summary of the cycle was finalised by then, as for needs (a review's findings are known
 * when its summary is). Parameters $1-$4: cycle, region, articles, as-at day.
 */
const FINDING_SCOPE = `f.cycle = $1 AND ($2::text IS NULL OR st."group" = $2) AND f.article = ANY($3::int[])
  AND ($4::date IS NULL OR EXISTS (SELECT 1 FROM "StateSummary" s
        WHERE s."stateId" = f."stateId" AND s.cycle = f.cycle AND s."finalisedOn" <= $4::date))`;

const findingParams = (s: Scope) => [s.q.cycle, s.region, s.articles, s.asAt];

function findingCounts(db: DbClient, s: Scope, dim: Dim): Promise<FindingCountRow[]> {
  const key = dim === "article" ? "f.article" : `st."group"`;
  return db.$queryRawUnsafe<FindingCountRow[]>(
    `SELECT ${key}::text AS key,
            sum(f.challenges) AS challenges,
            count(DISTINCT f."stateId") FILTER (WHERE f.challenges > 0) AS cstates,
            sum(f.recommendations) AS recommendations,
            count(DISTINCT f."stateId") FILTER (WHERE f.recommendations > 0) AS rstates
       FROM "ReviewFinding" f JOIN "State" st ON st.iso3 = f."stateId"
      WHERE ${FINDING_SCOPE}
      GROUP BY ROLLUP (${key})`,
    ...findingParams(s),
  );
}

/** How many of the findings counted are generated demo numbers (the page says so). */
async function demoFindings(db: DbClient, s: Scope): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ n: Count }[]>(
    `SELECT count(*) AS n FROM "ReviewFinding" f JOIN "State" st ON st.iso3 = f."stateId"
      WHERE f.demo AND ${FINDING_SCOPE}`,
    ...findingParams(s),
  );
  return int(rows[0]?.n);
}

function merge(
  needs: NeedCountRow | undefined,
  found: FindingCountRow | undefined,
): ComparisonCounts {
  return {
    needs: int(needs?.needs),
    needStates: int(needs?.states),
    challenges: int(found?.challenges),
    challengeStates: int(found?.cstates),
    recommendations: int(found?.recommendations),
    recommendationStates: int(found?.rstates),
  };
}

/** Rows by key; the ROLLUP total (key NULL) under "". Article keys are their numbers as text. */
const byKey = <R extends { key: string | null }>(rows: R[]) =>
  new Map(rows.map((r) => [r.key ?? "", r]));

/**
 * Needs and findings per article and per regional group, for one cycle (and optionally one
 * chapter the cycle reviews, one regional group and an as-at day). Needs are counted as the
 * analytics count them (every need of the cycle, whatever its tier: this view is the
 * secretariat's; a withdrawn need only as at a day before its withdrawal), from the roll-up
 * "NeedTally"; findings from "ReviewFinding". With an as-at day, both count only States whose
 * summary was finalised by then.
 *
 * Per article, a need naming several articles counts under each (as figure V does). Per region
 * and in the total, each need counts once: those of the chapter filtered on (the need's own
 * chapter), else every need of the cycle, chapter-general ones included. So the per-article
 * needs do not add up to the regional ones, exactly as in the notes.
 */
export async function compareFindings(db: DbClient, q: TFindingsQuery) {
  const chapters = q.chapter ? [q.chapter] : [...reviewedChapters(q.cycle)];
  const s: Scope = {
    q,
    articles: chapters.flatMap((c) => articlesOfChapter(c).map((a) => a.number)),
    region: q.region ?? null,
    asAt: q.asAt ?? null,
  };
  const [na, nr, fa, fr, demo] = await Promise.all([
    needCounts(db, s, "article").then(byKey),
    needCounts(db, s, "region").then(byKey),
    findingCounts(db, s, "article").then(byKey),
    findingCounts(db, s, "region").then(byKey),
    demoFindings(db, s),
  ]);
  const regions = s.region ? [s.region] : [...REGIONAL_GROUP_IDS];
  return {
    query: { cycle: q.cycle, chapter: q.chapter ?? null, region: s.region, asAt: s.asAt },
    byArticle: s.articles.map((article) => ({
      article,
      chapter: chapterOf(article),
      ...merge(na.get(String(article)), fa.get(String(article))),
    })),
    byRegion: regions.map((r) => ({ region: r, ...merge(nr.get(r), fr.get(r)) })),
    total: merge(nr.get(""), fr.get("")),
    demoFindings: demo,
  };
}

export type FindingsComparison = Awaited<ReturnType<typeof compareFindings>>;

const COMPARISON_HEADER = [
  "by",
  "key",
  "chapter",
  "needs",
  "needStates",
  "challenges",
  "challengeStates",
  "recommendations",
  "recommendationStates",
];

const countCells = (x: ComparisonCounts) => [
  x.needs,
  x.needStates,
  x.challenges,
  x.challengeStates,
  x.recommendations,
  x.recommendationStates,
];

/**
 * The comparison as one CSV, the table the note's paragraphs quote: one row per article, then
 * one per regional group, then the total; the question (cycle, chapter, region, as-at day) is in
 * the file name so two exports for two notes are told apart.
 */
export function comparisonCsv(c: FindingsComparison) {
  const rows = [
    ...c.byArticle.map((a) => ["article", String(a.article), a.chapter, ...countCells(a)]),
    ...c.byRegion.map((r) => ["region", r.region, c.query.chapter, ...countCells(r)]),
    ["total", "", c.query.chapter, ...countCells(c.total)],
  ];
  const parts = [
    `cycle${c.query.cycle}`,
    c.query.chapter ? `chapter-${c.query.chapter}` : null,
    c.query.region,
    c.query.asAt ? `as-at-${c.query.asAt}` : null,
  ].filter((p): p is string => !!p);
  return {
    filename: `tahub-needs-vs-findings-${parts.join("-")}.csv`,
    contentType: "text/csv",
    body: toCsv(COMPARISON_HEADER, rows),
    encoding: "utf8" as const,
    count: rows.length,
  };
}
