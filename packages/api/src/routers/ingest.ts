/** Executive-summary ingestion: preview (split + classify, stores nothing) and commit (all or nothing). */
import {
  ZCategorySchema,
  ZSummaryCommitInputSchema,
  ZSummaryPreviewInputSchema,
} from "@tahub/domain";
import { z } from "zod";
import { commitSummary, previewSummary } from "../services/ingest.js";
import { router, stateProcedure } from "../trpc.js";

const ZPreviewNeedSchema = z.object({
  text: z.string(),
  articles: z.array(z.number().int()),
  articlesFrom: z.enum(["text", "lead", "heading", "none"]),
  paragraph: z.string(),
  paragraphIndex: z.number().int(),
  heading: z.string().nullable(),
  categories: z.array(z.object({ id: ZCategorySchema, score: z.number() })),
  category: ZCategorySchema.nullable(),
  abstain: z.boolean(),
  suggestedArticles: z.array(z.number().int()),
  outsideChapter: z.array(z.number().int()),
});

export const ingestRouter = router({
  /**
   * Splits pasted text or an uploaded DOCX/PDF/TXT into classified needs. A mutation, not a
   * query: the upload travels in the body. The secretariat for any State, a focal point for its own.
   */
  preview: stateProcedure
    .input(ZSummaryPreviewInputSchema)
    .output(
      z.object({
        text: z.string(),
        filename: z.string().nullable(),
        needs: z.array(ZPreviewNeedSchema),
      }),
    )
    .mutation(({ ctx, input }) => previewSummary(ctx.services, ctx.user, input)),

  /** Stores the needs as confirmed (merged, split, edited, removed) in one transaction. */
  commit: stateProcedure
    .input(ZSummaryCommitInputSchema)
    .output(
      z.object({
        ingestId: z.string(),
        created: z.array(z.string()),
        /** The summary the needs are dated by: found on record, or recorded by this commit. */
        summary: z.object({ finalisedOn: z.string(), created: z.boolean() }),
      }),
    )
    .mutation(({ ctx, input }) => commitSummary(ctx.db, ctx.services, ctx.user, input)),
});
