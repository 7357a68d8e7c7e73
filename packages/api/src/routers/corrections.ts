/**
 * States' correction proposals (issue 15, deliverable 3; docs/states.md): a State proposes
 * groupings and/or articles for its need with a comment; the secretariat accepts or rejects.
 */
import { CATEGORY_IDS, ZArticlesSchema, ZCategorySchema } from "@tahub/domain";
import { z } from "zod";
import {
  acceptCorrection,
  CORRECTION_STATUSES,
  listCorrections,
  proposeCorrection,
  rejectCorrection,
} from "../services/corrections.js";
import { router, secretariatProcedure, stateProcedure } from "../trpc.js";

const ZId = z.string().min(1).max(64);
const ZReason = z.string().trim().min(3).max(2000);

const ZCorrectionRowSchema = z.object({
  id: z.string(),
  needId: z.string(),
  state: z.string(),
  needText: z.string(),
  needVersion: z.number().int(),
  current: z.object({
    category: ZCategorySchema.nullable(),
    categories: z.array(ZCategorySchema),
    articles: z.array(z.number().int()),
  }),
  engine: z
    .object({
      categories: z.array(z.object({ id: ZCategorySchema, score: z.number() })),
      articles: z.array(z.object({ article: z.number().int(), score: z.number() })),
      abstain: z.boolean(),
    })
    .nullable(),
  proposed: z.object({
    categories: z.array(ZCategorySchema),
    articles: z.array(z.number().int()).nullable(),
  }),
  comment: z.string(),
  status: z.enum(CORRECTION_STATUSES),
  proposedBy: z.string().nullable(),
  proposedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});

export const correctionsRouter = router({
  /** The need's State (or the secretariat) proposes; at least groupings or articles. */
  propose: stateProcedure
    .input(
      z
        .object({
          needId: ZId,
          /** Cycle-2 groupings, primary first, each once. */
          categories: z
            .array(ZCategorySchema)
            .max(CATEGORY_IDS.length)
            .refine((c) => new Set(c).size === c.length, "name each grouping once")
            .optional(),
          articles: ZArticlesSchema.optional(),
          comment: ZReason,
        })
        .refine((c) => !!c.categories?.length || c.articles !== undefined, {
          message: "propose groupings, articles or both",
          path: ["categories"],
        }),
    )
    .output(ZCorrectionRowSchema)
    .mutation(({ ctx, input }) => proposeCorrection(ctx.db, ctx.user, input)),

  /** The secretariat sees every proposal; a State those on its own needs. */
  list: stateProcedure
    .input(z.object({ status: z.enum(CORRECTION_STATUSES).optional(), needId: ZId.optional() }))
    .output(z.array(ZCorrectionRowSchema))
    .query(({ ctx, input }) => listCorrections(ctx.db, ctx.user, input)),

  accept: secretariatProcedure
    .input(z.object({ id: ZId, version: z.number().int().min(1).optional() }))
    .output(ZCorrectionRowSchema)
    .mutation(({ ctx, input }) =>
      acceptCorrection(ctx.db, ctx.services, ctx.user, input.id, input.version),
    ),

  reject: secretariatProcedure
    .input(z.object({ id: ZId, reason: ZReason }))
    .output(ZCorrectionRowSchema)
    .mutation(({ ctx, input }) => rejectCorrection(ctx.db, ctx.user, input.id, input.reason)),
});
