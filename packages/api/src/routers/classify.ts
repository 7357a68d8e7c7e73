import { ZArticlesSchema, ZCategorySchema } from "@tahub/domain";
import { z } from "zod";
import { confirmNeed, correctNeed, retrain, reviewQueue } from "../services/review.js";
import { AppError } from "../errors.js";
import { ZVersionedNeedDetailSchema } from "../services/needs.js";
import { ZClassificationSchema, ZNeedRowSchema } from "../schemas.js";
import { adminProcedure, publicProcedure, router, secretariatProcedure } from "../trpc.js";

const ZClassifyTextSchema = z.string().max(20_000, "the text is longer than 20,000 characters");

export const classifyRouter = router({
  text: publicProcedure
    .input(z.object({ text: ZClassifyTextSchema }))
    .output(ZClassificationSchema)
    .query(({ ctx, input }) => {
      if (!input.text.trim()) throw new AppError("BAD_INPUT", "the text is empty", "text");
      return ctx.services.classifier.classify(input.text);
    }),

  batch: secretariatProcedure
    .input(z.object({ texts: z.array(ZClassifyTextSchema.min(1)).min(1).max(1000) }))
    .output(z.array(ZClassificationSchema))
    .mutation(({ ctx, input }) => input.texts.map((t) => ctx.services.classifier.classify(t))),

  queue: secretariatProcedure
    .input(
      z.object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(100).default(20),
      }),
    )
    .output(
      z.object({
        items: z.array(ZNeedRowSchema),
        total: z.number().int(),
        nextOffset: z.number().int().nullable(),
      }),
    )
    .query(({ ctx, input }) => reviewQueue(ctx.db, ctx.user, input.limit, input.offset)),

  confirm: secretariatProcedure
    .input(
      z.object({
        needId: z.string().min(1).max(64),
        /** The version the reviewer read; when given, a need changed since answers CONFLICT. */
        version: z.number().int().min(1).optional(),
      }),
    )
    .output(ZVersionedNeedDetailSchema)
    .mutation(({ ctx, input }) => confirmNeed(ctx.db, ctx.user, input.needId, input.version)),

  correct: secretariatProcedure
    .input(
      z.object({
        needId: z.string().min(1).max(64),
        /** The version the reviewer read (needs.byId): a stale one answers CONFLICT. */
        version: z.number().int().min(1),
        category: ZCategorySchema,
        articles: ZArticlesSchema,
      }),
    )
    .output(ZVersionedNeedDetailSchema)
    .mutation(({ ctx, input }) =>
      correctNeed(
        ctx.db,
        ctx.services,
        ctx.user,
        input.needId,
        input.version,
        input.category,
        input.articles,
      ),
    ),

  retrain: adminProcedure
    .output(z.object({ modelVersion: z.string(), corrections: z.number().int() }))
    .mutation(({ ctx }) => retrain(ctx.db, ctx.services)),
});
