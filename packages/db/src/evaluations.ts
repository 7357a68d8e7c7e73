/**
 * OECD-DAC evaluations of engagements, aggregated (issue 15, deliverable 5; CAC/COSP/2021 note on
 * TA needs, para 33): the mean score (1-4) and the number of scores per criterion, overall, by
 * provider, by the need's regional group and by its primary cycle-2 grouping, separately for the
 * provider's evaluation (`evaluation`) and the State's (`stateEvaluation`). One SQL statement;
 * the caller's tiers restrict the needs counted, as for the figures.
 */
import type { PrismaClient } from "./generated/prisma/client.js";

type Prisma = Pick<PrismaClient, "$queryRawUnsafe">;

export const EVALUATION_RATERS = ["provider", "state"] as const;
type EvaluationRater = (typeof EVALUATION_RATERS)[number];
export const EVALUATION_DIMENSIONS = ["all", "provider", "region", "grouping"] as const;
type EvaluationDimension = (typeof EVALUATION_DIMENSIONS)[number];

export interface EvaluationOptions {
  /** Count evaluations recorded on or before this day (yyyy-mm-dd). */
  asAt?: string;
  regions?: string[];
  states?: string[];
  chapters?: string[];
  articles?: number[];
  /** Needs spanning any of these groupings. */
  groupings?: string[];
  cycle?: number;
  genderResponsive?: boolean;
  providers?: string[];
  /** Confidentiality tiers of the needs counted; undefined: every need (the secretariat). */
  tiers?: string[];
}

export interface EvaluationCell {
  rater: EvaluationRater;
  dimension: EvaluationDimension;
  /** Provider id, region id, grouping id ("none" when the need has none), or "" for all. */
  key: string;
  /** A DAC criterion, or "" for all the criteria together. */
  criterion: string;
  mean: number;
  scores: number;
  engagements: number;
}

/** Every aggregate in one pass: rows of (rater, dimension, key, criterion). */
export async function evaluationAggregates(
  prisma: Prisma,
  o: EvaluationOptions = {},
): Promise<EvaluationCell[]> {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = evaluationWhere(o, p);
  // As at a day: the evaluation's own history entry (the party that recorded it; the secretariat
  // evaluates for the provider), else the engagement's last change for rows recorded before the
  // lifecycle kept a history.
  const until = o.asAt ? `(${p(o.asAt)}::date + 1)` : null;
  const recordedBy = (parties: string) =>
    until
      ? ` AND COALESCE((SELECT min(ev."at") FROM "EngagementEvent" ev WHERE ev."engagementId" = e."id" AND ev."action" = 'evaluate' AND ev."party" IN (${parties})), e."updatedAt") < ${until}`
      : "";
  const filter = where.length ? ` AND ${where.join(" AND ")}` : "";
  const rows = await prisma.$queryRawUnsafe<EvaluationCell[]>(
    aggregateSql(filter, recordedBy),
    ...params,
  );
  return rows.map((r) => ({
    ...r,
    mean: Number(r.mean),
    scores: Number(r.scores),
    engagements: Number(r.engagements),
  }));
}

/** The conditions on the evaluated needs and engagements; `p` adds a parameter. */
function evaluationWhere(o: EvaluationOptions, p: (v: unknown) => string): string[] {
  const where: string[] = [];
  if (o.tiers) where.push(`n."confidentiality" = ANY(${p(o.tiers)}::text[])`);
  if (o.regions?.length) where.push(`s."group" = ANY(${p(o.regions)}::text[])`);
  if (o.states?.length) where.push(`n."stateId" = ANY(${p(o.states)}::text[])`);
  if (o.chapters?.length) where.push(`n."chapterId" = ANY(${p(o.chapters)}::text[])`);
  if (o.articles?.length) where.push(`n."articles" && ${p(o.articles)}::int[]`);
  if (o.groupings?.length) where.push(`n."categories" && ${p(o.groupings)}::text[]`);
  if (o.cycle) where.push(`n."cycle" = ${p(o.cycle)}::int`);
  if (o.genderResponsive !== undefined)
    where.push(`n."genderResponsive" = ${p(o.genderResponsive)}::boolean`);
  if (o.providers?.length) where.push(`e."providerId" = ANY(${p(o.providers)}::text[])`);
  return where;
}

/** The one statement: scores of both raters, grouped by every dimension, per criterion and over all. */
function aggregateSql(filter: string, recordedBy: (parties: string) => string): string {
  const base = `FROM "Engagement" e
    JOIN "Need" n ON n."id" = e."needId"
    JOIN "State" s ON s."iso3" = n."stateId"`;
  return `
    WITH rated AS (
      SELECT e."id", e."providerId", s."group" AS region, COALESCE(n."category", 'none') AS grp,
             'provider' AS rater, e."evaluation" AS ev
      ${base}
      WHERE jsonb_typeof(e."evaluation") = 'object'${filter}${recordedBy("'provider', 'secretariat'")}
      UNION ALL
      SELECT e."id", e."providerId", s."group", COALESCE(n."category", 'none'),
             'state', e."stateEvaluation"
      ${base}
      WHERE jsonb_typeof(e."stateEvaluation") = 'object'${filter}${recordedBy("'state'")}
    ),
    scores AS (
      SELECT r.*, c.key AS criterion, (c.value->>'score')::int AS score
      FROM rated r, jsonb_each(r.ev) c
      WHERE jsonb_typeof(c.value) = 'object' AND (c.value->>'score') ~ '^[1-4]$'
    )
    -- GROUPING SETS: each dimension per criterion, and per dimension over every criterion
    -- (criterion NULL: the mean of all its scores and the engagements evaluated).
    SELECT rater,
           CASE WHEN GROUPING("providerId") = 0 THEN 'provider'
                WHEN GROUPING(region) = 0 THEN 'region'
                WHEN GROUPING(grp) = 0 THEN 'grouping'
                ELSE 'all' END AS dimension,
           COALESCE("providerId", region, grp, '') AS key,
           COALESCE(criterion, '') AS criterion,
           avg(score)::float8 AS mean, count(*)::int AS scores,
           count(DISTINCT "id")::int AS engagements
      FROM scores
     GROUP BY GROUPING SETS (
       (rater, criterion), (rater),
       (rater, "providerId", criterion), (rater, "providerId"),
       (rater, region, criterion), (rater, region),
       (rater, grp, criterion), (rater, grp)
     )`;
}
