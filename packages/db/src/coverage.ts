/** The needs-versus-supply matrix of the coverage view (article x regional group). */
import { REGIONAL_GROUP_IDS, type Confidentiality } from "@tahub/domain";
import type { PrismaClient } from "./generated/prisma/client.js";
import { tierScope } from "./tally.js";

type Prisma = Pick<PrismaClient, "$queryRawUnsafe">;
const n = (v: unknown) => Number(v ?? 0);

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
