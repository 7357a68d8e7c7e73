/**
 * The OECD-DAC evaluations of engagements as the caller may see them (issue 15, deliverable 5):
 * the SQL aggregate of `@tahub/db` over the needs the caller's role may read, with small counts
 * withheld for everyone but the secretariat, as for the public figures (docs/engagements.md).
 */
import { DAC_CRITERIA, type TEvaluationsQuery } from "@tahub/domain";
import { evaluationAggregates, type EvaluationCell } from "@tahub/db";
import { z } from "zod";
import type { Context } from "../context.js";
import { withhold, ZDisclosedSchema, ZFiguresSchema } from "../lib/disclosure.js";

const ZCriterionSchema = z.object({
  /** Mean score 1-4; null when there is none or its count is withheld. */
  mean: z.number().nullable(),
  scores: ZDisclosedSchema,
});
const ZEvaluationRowSchema = z.object({
  /** Provider id, regional group id or grouping id ("none": a need with no grouping); "" overall. */
  key: z.string(),
  /** The provider's name (by provider only). */
  name: z.string().nullable(),
  engagements: ZDisclosedSchema,
  /** Mean of every score of every criterion. */
  mean: z.number().nullable(),
  criteria: z.record(z.string(), ZCriterionSchema),
});
type EvaluationRow = z.infer<typeof ZEvaluationRowSchema>;
const ZRatedSchema = z.object({
  overall: ZEvaluationRowSchema,
  byProvider: z.array(ZEvaluationRowSchema),
  byRegion: z.array(ZEvaluationRowSchema),
  byGrouping: z.array(ZEvaluationRowSchema),
});
export const ZEvaluationsSchema = z.object({
  disclosure: ZFiguresSchema.shape.disclosure,
  criteria: z.array(z.enum(DAC_CRITERIA)),
  /** The providers' own evaluations. */
  provider: ZRatedSchema,
  /** The beneficiary States' evaluations. */
  state: ZRatedSchema,
});
export type Evaluations = z.infer<typeof ZEvaluationsSchema>;

/** One row from the cells of one rater, dimension and key; withheld below `below`. */
function row(cells: EvaluationCell[], key: string, name: string | null, below: number | null) {
  const keep = (n: number) => (below === null ? n : withhold(n, below));
  const all = cells.find((c) => c.criterion === "");
  const engagements = keep(all?.engagements ?? 0);
  const criteria: EvaluationRow["criteria"] = {};
  for (const c of DAC_CRITERIA) {
    const cell = cells.find((x) => x.criterion === c);
    const scores = keep(cell?.scores ?? 0);
    criteria[c] = {
      mean: cell && scores !== null && engagements !== null ? cell.mean : null,
      scores,
    };
  }
  return {
    key,
    name,
    engagements,
    mean: all && engagements !== null ? all.mean : null,
    criteria,
  };
}

/** The names of the providers the cells are about. */
async function providerNames(db: Context["db"], cells: EvaluationCell[]) {
  const providerIds = [
    ...new Set(cells.filter((c) => c.dimension === "provider").map((c) => c.key)),
  ];
  const rows = await db.provider.findMany({
    where: { id: { in: providerIds } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((p) => [p.id, p.name]));
}

export async function evaluationsFor(
  ctx: Pick<Context, "db">,
  input: TEvaluationsQuery,
  scope: { tiers: string[] | undefined; below: number | null },
  disclosure: Evaluations["disclosure"],
): Promise<Evaluations> {
  const f = input.filters ?? {};
  const cells = await evaluationAggregates(ctx.db, {
    asAt: input.asAt,
    regions: f.regions,
    states: f.states,
    chapters: f.chapters,
    articles: f.articles,
    groupings: f.groupings,
    cycle: f.cycle,
    genderResponsive: f.genderResponsive,
    providers: input.providers,
    tiers: scope.tiers,
  });
  const names = await providerNames(ctx.db, cells);
  const side = (rater: "provider" | "state") => {
    const mine = cells.filter((c) => c.rater === rater);
    const by = (dimension: EvaluationCell["dimension"]) => {
      const keys = [...new Set(mine.filter((c) => c.dimension === dimension).map((c) => c.key))];
      return keys
        .map((k) =>
          row(
            mine.filter((c) => c.dimension === dimension && c.key === k),
            k,
            dimension === "provider" ? (names.get(k) ?? null) : null,
            scope.below,
          ),
        )
        .sort((a, b) => (b.engagements ?? 0) - (a.engagements ?? 0) || a.key.localeCompare(b.key));
    };
    return {
      overall: row(
        mine.filter((c) => c.dimension === "all"),
        "",
        null,
        scope.below,
      ),
      byProvider: by("provider"),
      byRegion: by("region"),
      byGrouping: by("grouping"),
    };
  };
  return {
    disclosure,
    criteria: [...DAC_CRITERIA],
    provider: side("provider"),
    state: side("state"),
  };
}
