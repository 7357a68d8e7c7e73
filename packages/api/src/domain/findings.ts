/**
 * Reviewers' findings (issue 14, part 6): recorded one at a time (the portal's form) or by
 * import (CSV/XLSX read by `tabular.ts`, all or nothing), and compared with the needs identified
 * per article and per regional group, as the secretariat's notes do ("N challenges across M
 * States" under an article, beside its needs). See docs/findings.md.
 */
import {
  articlesOfChapter,
  chapterOf,
  findingIssueReason,
  REGIONAL_GROUP_IDS,
  reviewedChapters,
  ZReviewFindingInputSchema,
  type FindingErrorReason,
  type TFindingsQuery,
  type TReviewFindingInput,
} from "@tahub/domain";
import { SqlParams, tallyWhere, type Prisma } from "@tahub/db";
import { audit } from "../audit.js";
import type { SessionUser } from "../context.js";
import type { DbClient } from "../db.js";
import { AppError } from "../errors.js";
import { toCsv, type Row } from "./tabular.js";

/** One refused row of an import: the field, a reason the portal translates, and English words. */
export interface FindingRowError {
  /** 1-based row as a spreadsheet shows it (the header is row 1). */
  row: number;
  field: string;
  reason: FindingErrorReason;
  message: string;
  /** For `duplicate`: the earlier row with the same State, cycle and article. */
  firstRow?: number;
}

/** Header names an import may use for each field (normalised: lower case, no spaces or dashes). */
const COLUMNS = {
  state: ["state", "iso3", "country", "stateparty"],
  cycle: ["cycle", "reviewcycle"],
  article: ["article", "art", "articleno", "articlenumber"],
  challenges: ["challenges", "challenge", "numberofchallenges"],
  recommendations: ["recommendations", "recommendation", "numberofrecommendations"],
  source: ["source", "sourceref", "reference"],
} as const;
const REQUIRED = ["state", "article", "challenges", "recommendations"] as const;

const cell = (r: Row, field: keyof typeof COLUMNS) => {
  for (const name of COLUMNS[field]) if (r[name] !== undefined) return r[name];
  return undefined;
};

/** A number cell as zod should see it: empty stays missing, anything else goes through Number. */
const num = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : Number(v));

/** Maps one spreadsheet row to the input the API accepts, leaving validation to zod. */
export function rowToFindingInput(r: Row): unknown {
  const article = cell(r, "article")?.replace(/^art(icle)?s?\.?\s*/i, "");
  const source = cell(r, "source");
  return {
    state: cell(r, "state") ?? "",
    cycle: num(cell(r, "cycle")),
    article: num(article),
    challenges: num(cell(r, "challenges")),
    recommendations: num(cell(r, "recommendations")),
    ...(source ? { source } : {}),
  };
}

/**
 * Every row checked before anything is written; each mistake reported with its row, field and
 * reason. The same State, cycle and article twice in one file is a mistake too: which numbers
 * would be meant?
 */
export function validateFindingRows(rows: Row[]): {
  inputs: TReviewFindingInput[];
  errors: FindingRowError[];
} {
  const inputs: TReviewFindingInput[] = [];
  const errors: FindingRowError[] = [];
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const row = i + 2;
    const parsed = ZReviewFindingInputSchema.safeParse(rowToFindingInput(r));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({
          row,
          field: issue.path.join(".") || "row",
          reason: findingIssueReason(issue),
          message: issue.message,
        });
      return;
    }
    const f = parsed.data;
    const key = `${f.state}:${f.cycle}:${f.article}`;
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      errors.push({
        row,
        field: "article",
        reason: "duplicate",
        firstRow,
        message: `${f.state}, cycle ${f.cycle}, article ${f.article} is already on row ${firstRow}`,
      });
      return;
    }
    seen.set(key, row);
    inputs.push(f);
  });
  return { inputs, errors };
}

/** Rows per INSERT statement: one JSON parameter each, well under any parameter limit. */
const CHUNK = 2_000;

const UPSERT_SQL = `
  INSERT INTO "ReviewFinding" ("id", "stateId", "cycle", "article", "challenges", "recommendations", "source", "updatedAt")
  SELECT gen_random_uuid()::text, r."stateId", r."cycle", r."article", r."challenges", r."recommendations", r."source", now()
    FROM jsonb_to_recordset($1::jsonb) AS r("stateId" text, "cycle" int, "article" int, "challenges" int, "recommendations" int, "source" text)
  ON CONFLICT ("stateId", "cycle", "article") DO UPDATE
     SET "challenges" = EXCLUDED."challenges", "recommendations" = EXCLUDED."recommendations",
         "source" = EXCLUDED."source", "demo" = false, "updatedAt" = now()`;

/**
 * Imports findings: all rows or none. A row names a State, cycle and article; its numbers replace
 * what was recorded for them (a corrected sheet can be imported again).
 */
export async function importFindings(
  db: DbClient,
  user: SessionUser,
  filename: string,
  rows: Row[],
): Promise<{ imported: number }> {
  if (!rows.length) throw new AppError("BAD_INPUT", "The file has no data rows", "file");
  const missing = REQUIRED.filter((f) => cell(rows[0]!, f) === undefined);
  if (missing.length)
    throw new AppError(
      "BAD_INPUT",
      `The file has no ${missing.join(", ")} column; a findings sheet has the columns state, cycle, article, challenges, recommendations and source`,
      "file",
      { missingColumns: missing },
    );
  const { inputs, errors } = validateFindingRows(rows);
  if (errors.length)
    throw new AppError(
      "BAD_INPUT",
      `${errors.length} problem(s) in ${new Set(errors.map((e) => e.row)).size} row(s); nothing was imported`,
      "file",
      { rows: errors },
    );
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < inputs.length; i += CHUNK) {
        const chunk = inputs.slice(i, i + CHUNK).map((f) => ({
          stateId: f.state,
          cycle: f.cycle,
          article: f.article,
          challenges: f.challenges,
          recommendations: f.recommendations,
          source: f.source || `import:${filename}`,
        }));
        await tx.$executeRawUnsafe(UPSERT_SQL, JSON.stringify(chunk));
      }
      await audit(tx, user, {
        action: "finding.import",
        entity: "ReviewFinding",
        entityId: filename,
        after: { rows: inputs.length },
      });
    },
    { timeout: 120_000 },
  );
  return { imported: inputs.length };
}

export const findingSelect = {
  id: true,
  stateId: true,
  cycle: true,
  article: true,
  challenges: true,
  recommendations: true,
  source: true,
  demo: true,
  updatedAt: true,
} satisfies Prisma.ReviewFindingSelect;
type FindingRecord = Prisma.ReviewFindingGetPayload<{ select: typeof findingSelect }>;

export function toFindingRow(f: FindingRecord) {
  return {
    id: f.id,
    state: f.stateId,
    cycle: f.cycle,
    article: f.article,
    challenges: f.challenges,
    recommendations: f.recommendations,
    source: f.source,
    demo: f.demo,
    updatedAt: f.updatedAt.toISOString(),
  };
}

/** Records one State's findings under one article (the form): replaces earlier numbers. */
export async function recordFinding(db: DbClient, user: SessionUser, f: TReviewFindingInput) {
  return db.$transaction(async (tx) => {
    const where = {
      stateId_cycle_article: { stateId: f.state, cycle: f.cycle, article: f.article },
    };
    const before = await tx.reviewFinding.findUnique({ where, select: findingSelect });
    const data = {
      challenges: f.challenges,
      recommendations: f.recommendations,
      source: f.source || null,
      demo: false,
    };
    const saved = await tx.reviewFinding.upsert({
      where,
      create: { stateId: f.state, cycle: f.cycle, article: f.article, ...data },
      update: data,
      select: findingSelect,
    });
    await audit(tx, user, {
      action: "finding.record",
      entity: "ReviewFinding",
      entityId: saved.id,
      before: before ? toFindingRow(before) : undefined,
      after: toFindingRow(saved),
    });
    return toFindingRow(saved);
  });
}

// ---------------------------------------------------------------------------------------------
// Needs against findings

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

type NeedCountRow = { key: string; needs: bigint | number; states: bigint | number };
type FindingCountRow = {
  key: string;
  challenges: bigint | number;
  cstates: bigint | number;
  recommendations: bigint | number;
  rstates: bigint | number;
};

const int = (v: bigint | number | null | undefined) => Number(v ?? 0);

/**
 * Needs and findings per article and per regional group, for one cycle (and optionally one
 * chapter the cycle reviews and one regional group). Needs are counted as the analytics count
 * them (every need of the cycle, whatever its tier: this view is the secretariat's; a withdrawn
 * need only as at a day before its withdrawal), from the roll-up "NeedTally"; findings from
 * "ReviewFinding". With an as-at day, both count only States whose summary was finalised by then.
 *
 * Per article, a need naming several articles counts under each (as figure V does). Per region
 * and in the total, each need counts once: those of the chapter filtered on (the need's own
 * chapter), else every need of the cycle, chapter-general ones included. So the per-article
 * needs do not add up to the regional ones, exactly as in the notes.
 */
export async function compareFindings(db: DbClient, q: TFindingsQuery) {
  const chapters = q.chapter ? [q.chapter] : [...reviewedChapters(q.cycle)];
  const articles = chapters.flatMap((c) => articlesOfChapter(c).map((a) => a.number));
  const region = q.region ?? null;
  const asAt = q.asAt ?? null;
  // The analytics' own roll-up condition: the cycle, the region, the chapter (per region and in
  // total), the as-at day (finalised summaries only) and withdrawals (counted before them only).
  const needRows = (dim: "article" | "region") => {
    const p = new SqlParams();
    const where = tallyWhere(
      {
        until: asAt ?? undefined,
        filters: {
          cycle: q.cycle,
          ...(region ? { regions: [region] } : {}),
          ...(dim === "region" && q.chapter ? { chapters: [q.chapter] } : {}),
        },
      },
      p,
    );
    return dim === "article"
      ? db.$queryRawUnsafe<NeedCountRow[]>(
          `SELECT a::text AS key, sum(t.needs) AS needs, count(DISTINCT t."stateId") AS states
             FROM "NeedTally" t JOIN "State" st ON st.iso3 = t."stateId", unnest(t.articles) AS a
            WHERE ${where} AND a = ANY(${p.p(articles, "int[]")})
            GROUP BY a`,
          ...p.values,
        )
      : db.$queryRawUnsafe<NeedCountRow[]>(
          `SELECT st."group" AS key, sum(t.needs) AS needs, count(DISTINCT t."stateId") AS states
             FROM "NeedTally" t JOIN "State" st ON st.iso3 = t."stateId"
            WHERE ${where}
            GROUP BY ROLLUP (st."group")`,
          ...p.values,
        );
  };
  // Findings as at a day: those of States whose summary of the cycle was finalised by then, as
  // for needs (a review's findings are known when its summary is).
  const findingScope = `f.cycle = $1 AND ($2::text IS NULL OR st."group" = $2) AND f.article = ANY($3::int[])
      AND ($4::date IS NULL OR EXISTS (SELECT 1 FROM "StateSummary" s
            WHERE s."stateId" = f."stateId" AND s.cycle = f.cycle AND s."finalisedOn" <= $4::date))`;
  const findingRows = (dim: "article" | "region") =>
    db.$queryRawUnsafe<FindingCountRow[]>(
      `SELECT ${dim === "article" ? `f.article::text` : `st."group"`} AS key,
              sum(f.challenges) AS challenges,
              count(DISTINCT f."stateId") FILTER (WHERE f.challenges > 0) AS cstates,
              sum(f.recommendations) AS recommendations,
              count(DISTINCT f."stateId") FILTER (WHERE f.recommendations > 0) AS rstates
         FROM "ReviewFinding" f JOIN "State" st ON st.iso3 = f."stateId"
        WHERE ${findingScope}
        GROUP BY ${dim === "article" ? "ROLLUP (f.article)" : `ROLLUP (st."group")`}`,
      q.cycle,
      region,
      articles,
      asAt,
    );
  // How many of the findings counted are generated demo numbers (the page says so).
  const demoRows = db.$queryRawUnsafe<{ n: bigint | number }[]>(
    `SELECT count(*) AS n FROM "ReviewFinding" f JOIN "State" st ON st.iso3 = f."stateId"
      WHERE f.demo AND ${findingScope}`,
    q.cycle,
    region,
    articles,
    asAt,
  );
  const [na, nr, fa, fr, demo] = await Promise.all([
    needRows("article"),
    needRows("region"),
    findingRows("article"),
    findingRows("region"),
    demoRows,
  ]);
  const merge = (
    needs: NeedCountRow | undefined,
    found: FindingCountRow | undefined,
  ): ComparisonCounts => ({
    needs: int(needs?.needs),
    needStates: int(needs?.states),
    challenges: int(found?.challenges),
    challengeStates: int(found?.cstates),
    recommendations: int(found?.recommendations),
    recommendationStates: int(found?.rstates),
  });
  // ROLLUP adds the total as the row whose key is NULL.
  const byKey = <R extends { key: string | null }>(rows: R[]) =>
    new Map(rows.map((r) => [r.key ?? "", r]));
  const needsByArticle = byKey(na);
  const needsByRegion = byKey(nr);
  const foundByArticle = byKey(fa);
  const foundByRegion = byKey(fr);
  const regions = region ? [region] : [...REGIONAL_GROUP_IDS];
  return {
    query: { cycle: q.cycle, chapter: q.chapter ?? null, region, asAt },
    byArticle: articles.map((article) => ({
      article,
      chapter: chapterOf(article),
      ...merge(needsByArticle.get(String(article)), foundByArticle.get(String(article))),
    })),
    byRegion: regions.map((r) => ({
      region: r,
      ...merge(needsByRegion.get(r), foundByRegion.get(r)),
    })),
    total: merge(needsByRegion.get(""), foundByRegion.get("")),
    demoFindings: int(demo[0]?.n),
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

/**
 * The comparison as one CSV, the table the note's paragraphs quote: one row per article, then
 * one per regional group, then the total; the question (cycle, chapter, region, as-at day) is in
 * the file name so two exports for two notes are told apart.
 */
export function comparisonCsv(c: FindingsComparison): {
  filename: string;
  contentType: string;
  body: string;
  encoding: "utf8";
  count: number;
} {
  const counts = (x: ComparisonCounts) => [
    x.needs,
    x.needStates,
    x.challenges,
    x.challengeStates,
    x.recommendations,
    x.recommendationStates,
  ];
  const rows = [
    ...c.byArticle.map((a) => ["article", String(a.article), a.chapter, ...counts(a)]),
    ...c.byRegion.map((r) => ["region", r.region, c.query.chapter, ...counts(r)]),
    ["total", "", c.query.chapter, ...counts(c.total)],
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
    encoding: "utf8",
    count: rows.length,
  };
}
