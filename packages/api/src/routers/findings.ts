/**
 * Reviewers' findings (issue 14, part 6): the secretariat records, per State, article and cycle,
 * the challenges and recommendations of the country review (form or import), and compares them
 * with the needs identified. Secretariat only, reads included: see docs/findings.md ("Who sees
 * the findings") for why these counts are not public.
 */
import {
  MAX_ID,
  ZArticleSchema,
  ZCycleSchema,
  ZFindingsQuerySchema,
  ZIso3Schema,
  ZRegionalGroupSchema,
  ZReviewFindingInputSchema,
} from "@tahub/domain";
import { z } from "zod";
import {
  importFindings,
  listFindings,
  recordFinding,
  removeFinding,
} from "../services/findings.js";
import { compareFindings, comparisonCsv } from "../services/findings-compare.js";
import { readTable } from "../lib/tabular.js";
import { AppError } from "../errors.js";
import { router, secretariatProcedure, ZPageSchema } from "../trpc.js";
import { ZFileSchema } from "../schemas.js";

const ZFindingSchema = z.object({
  id: z.string(),
  state: z.string(),
  cycle: z.number().int(),
  article: z.number().int(),
  challenges: z.number().int(),
  recommendations: z.number().int(),
  source: z.string().nullable(),
  /** Generated demo numbers, not a review's. */
  demo: z.boolean(),
  updatedAt: z.string(),
});

const ZCountsSchema = z.object({
  needs: z.number().int(),
  needStates: z.number().int(),
  challenges: z.number().int(),
  challengeStates: z.number().int(),
  recommendations: z.number().int(),
  recommendationStates: z.number().int(),
});

export const findingsRouter = router({
  /** Recorded findings, by State then article; filters narrow the list. */
  list: secretariatProcedure
    .input(
      ZPageSchema.extend({
        state: ZIso3Schema.optional(),
        cycle: ZCycleSchema.optional(),
        article: ZArticleSchema.optional(),
        region: ZRegionalGroupSchema.optional(),
      }).default({ limit: 50 }),
    )
    .output(
      z.object({
        items: z.array(ZFindingSchema),
        nextCursor: z.string().nullable(),
        total: z.number().int(),
      }),
    )
    .query(({ ctx, input }) => listFindings(ctx.db, input)),

  /** One State's findings under one article (the portal's form); replaces earlier numbers. */
  record: secretariatProcedure
    .input(ZReviewFindingInputSchema)
    .output(ZFindingSchema)
    .mutation(({ ctx, input }) => recordFinding(ctx.db, ctx.user, input)),

  /** Deletes a finding recorded by mistake. */
  remove: secretariatProcedure
    .input(z.object({ id: z.string().min(1).max(MAX_ID) }))
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => removeFinding(ctx.db, ctx.user, input.id)),

  /**
   * A CSV or XLSX of findings, with the needs import's limits (tabular.ts): all rows or none;
   * each bad row in `error.data.details.rows` with its field and reason.
   */
  import: secretariatProcedure
    .input(ZFileSchema)
    .output(z.object({ imported: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const buf = Buffer.from(input.contentBase64, "base64");
      if (!buf.length) throw new AppError("BAD_INPUT", "The file is empty", "contentBase64");
      const rows = await readTable(input.filename, buf);
      return importFindings(ctx.db, ctx.user, input.filename, rows);
    }),

  /** Needs against challenges and recommendations, per article and per regional group. */
  compare: secretariatProcedure
    .input(ZFindingsQuerySchema.default({ cycle: 2 }))
    .output(
      z.object({
        query: z.object({
          cycle: z.number().int(),
          chapter: z.string().nullable(),
          region: z.string().nullable(),
          asAt: z.string().nullable(),
        }),
        byArticle: z.array(
          ZCountsSchema.extend({ article: z.number().int(), chapter: z.string() }),
        ),
        byRegion: z.array(ZCountsSchema.extend({ region: z.string() })),
        total: ZCountsSchema,
        /** Findings counted that are generated demo numbers, not a review's. */
        demoFindings: z.number().int(),
      }),
    )
    .query(({ ctx, input }) => compareFindings(ctx.db, input)),

  /** The same comparison as a CSV file (one row per article, per region, then the total). */
  compareCsv: secretariatProcedure
    .input(ZFindingsQuerySchema.default({ cycle: 2 }))
    .output(
      z.object({
        filename: z.string(),
        contentType: z.string(),
        body: z.string(),
        encoding: z.literal("utf8"),
        count: z.number().int(),
      }),
    )
    .query(async ({ ctx, input }) => comparisonCsv(await compareFindings(ctx.db, input))),
});
