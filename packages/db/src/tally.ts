/**
 * SQL building blocks over "NeedTally", the roll-up of Need the analytics count from (see
 * analytics.ts): the confidentiality scope, query parameters, the WHERE condition of a scope and
 * the article keys of a roll-up row.
 */
import { CONFIDENTIALITY_TIERS, type Confidentiality, type TAnalyticsFilters } from "@tahub/domain";

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
