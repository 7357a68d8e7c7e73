/**
 * The texts of the needs a figure counts, for what the numbers cannot say: the draft note's
 * "top concepts" per article (issue 14, part 3) read the needs' own words. The scope is the
 * figures' (`tallyWhere`: as-at day, filters, confidentiality tiers), so the texts are exactly
 * the needs behind the counts.
 */
import type { Confidentiality, TAnalyticsFilters } from "@tahub/domain";
import { SqlParams, tallyWhere } from "./tally.js";
import type { PrismaClient } from "./generated/prisma/client.js";

export interface NeedText {
  articles: number[];
  chapterId: string | null;
  text: string;
  language: string;
}

export interface NeedTextOptions {
  /** Needs of States whose summary of the need's cycle was finalised by this day; default all. */
  asAt?: string;
  tiers?: readonly Confidentiality[];
  /** Default: cycle 2. */
  filters?: TAnalyticsFilters;
}

export async function needTexts(
  prisma: Pick<PrismaClient, "$queryRawUnsafe">,
  opts: NeedTextOptions = {},
): Promise<NeedText[]> {
  const q = new SqlParams();
  const where = tallyWhere(
    { tiers: opts.tiers, filters: { cycle: 2, ...opts.filters }, until: opts.asAt },
    q,
  );
  return prisma.$queryRawUnsafe<NeedText[]>(
    `SELECT t.articles, t."chapterId", t.text, t.language
       FROM "Need" t JOIN "State" st ON st.iso3 = t."stateId"
      WHERE ${where}
      ORDER BY t.id`,
    ...q.values,
  );
}
