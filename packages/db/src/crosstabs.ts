/**
 * Cross-tabulations of the needs (issue 14, part 2): grouping x article, regional group x
 * article and regional group x grouping, over the same roll-up, scope and counting rules as the
 * figures (`analytics.ts`): a need counts under every article it names (or its chapter's
 * "<chapter>-general"), once per cell, and under its primary grouping or, with
 * `grouping: "any"`, under every grouping it spans.
 */
import { CROSS_TABS, type CrossTabId, type TAnalyticsFilters } from "@tahub/domain";
import type { Confidentiality } from "@tahub/domain";
import { ARTICLE_KEYS, SqlParams, tallyWhere } from "./tally.js";
import type { PrismaClient } from "./generated/prisma/client.js";

export interface CrossTabCell {
  row: string;
  column: string;
  needs: number;
  states: number;
}

export interface CrossTabs {
  /** The cycle counted: the filters' cycle, else 2 (the groupings are cycle 2's). */
  cycle: number;
  grouping: "primary" | "any";
  tabs: Record<CrossTabId, CrossTabCell[]>;
}

export interface CrossTabOptions {
  asAt?: string;
  tiers?: readonly Confidentiality[];
  filters?: TAnalyticsFilters;
  /** Count a need under its primary grouping (default) or under every grouping it spans. */
  grouping?: "primary" | "any";
}

const n = (v: unknown) => Number(v ?? 0);

export async function crossTabs(
  prisma: Pick<PrismaClient, "$queryRawUnsafe">,
  opts: CrossTabOptions = {},
): Promise<CrossTabs> {
  const cycle = opts.filters?.cycle ?? 2;
  const grouping = opts.grouping ?? "primary";
  const q = new SqlParams();
  const where = tallyWhere(
    { tiers: opts.tiers, filters: { ...opts.filters, cycle }, until: opts.asAt },
    q,
  );
  const groupings =
    grouping === "any"
      ? `t.categories`
      : `CASE WHEN t.category IS NULL THEN '{}'::text[] ELSE ARRAY[t.category] END`;
  const rows = await prisma.$queryRawUnsafe<
    { tab: string; row: string; col: string; needs: bigint | number; states: bigint | number }[]
  >(
    `WITH t AS (
       SELECT t.*, st."group" AS region
         FROM "NeedTally" t JOIN "State" st ON st.iso3 = t."stateId"
        WHERE ${where}
     ), k AS (
       SELECT t."stateId", t.needs, t.region, a.key AS article, g.key AS grouping
         FROM t CROSS JOIN ${ARTICLE_KEYS} a
         LEFT JOIN LATERAL (SELECT DISTINCT x AS key FROM unnest(${groupings}) x WHERE x IS NOT NULL) g ON true
     )
     SELECT 'grouping-article' AS tab, grouping AS row, article AS col, sum(needs) AS needs, count(DISTINCT "stateId") AS states
       FROM k WHERE grouping IS NOT NULL GROUP BY 2, 3
     UNION ALL
     SELECT 'region-article', region, article, sum(needs), count(DISTINCT "stateId")
       FROM (SELECT t."stateId", t.needs, t.region, a.key AS article
               FROM t CROSS JOIN ${ARTICLE_KEYS} a) ra GROUP BY 2, 3
     UNION ALL
     SELECT 'region-grouping', region, grouping, sum(needs), count(DISTINCT "stateId")
       FROM (SELECT t."stateId", t.needs, t.region, g.key AS grouping
               FROM t CROSS JOIN LATERAL (SELECT DISTINCT x AS key FROM unnest(${groupings}) x WHERE x IS NOT NULL) g) rg
      GROUP BY 2, 3`,
    ...q.values,
  );
  const tabs = Object.fromEntries(CROSS_TABS.map((id) => [id, [] as CrossTabCell[]])) as Record<
    CrossTabId,
    CrossTabCell[]
  >;
  for (const r of rows)
    tabs[r.tab as CrossTabId]?.push({
      row: r.row,
      column: r.col,
      needs: n(r.needs),
      states: n(r.states),
    });
  const order = (x: string) => (/^\d+$/.test(x) ? Number(x).toString().padStart(3, "0") : `~${x}`);
  for (const cells of Object.values(tabs))
    cells.sort(
      (a, b) => a.row.localeCompare(b.row) || order(a.column).localeCompare(order(b.column)),
    );
  return { cycle, grouping, tabs };
}
