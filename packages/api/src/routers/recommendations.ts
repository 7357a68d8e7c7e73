/** States recommend experts: procedures over services/recommendations.ts (docs/states.md). */
import { ZDateSchema } from "@tahub/domain";
import { z } from "zod";
import {
  addToDirectory,
  dismissRecommendation,
  listRecommendations,
  recommendExpert,
  RECOMMENDATION_STATUSES,
  ZId,
  ZRecommendationRowSchema,
  ZRecommendInputSchema,
} from "../services/recommendations.js";
import { router, secretariatProcedure, stateProcedure } from "../trpc.js";

export const recommendationsRouter = router({
  create: stateProcedure
    .input(ZRecommendInputSchema)
    .output(ZRecommendationRowSchema)
    .mutation(({ ctx, input }) => recommendExpert(ctx.db, ctx.user, input)),

  /** The secretariat sees every recommendation; a State its own (without contacts). */
  list: stateProcedure
    .input(z.object({ status: z.enum(RECOMMENDATION_STATUSES).optional() }))
    .output(z.array(ZRecommendationRowSchema))
    .query(({ ctx, input }) => listRecommendations(ctx.db, ctx.user, input)),

  /** The secretariat sets a pending recommendation aside (the State sees it dismissed). */
  dismiss: secretariatProcedure
    .input(z.object({ id: ZId }))
    .output(ZRecommendationRowSchema)
    .mutation(({ ctx, input }) => dismissRecommendation(ctx.db, ctx.user, input)),

  /**
   * Turns a new-person recommendation into a directory entry. Listed only when the secretariat
   * records the person's consent (who and when kept, as on experts.upsert); otherwise the entry
   * waits, visible to the secretariat alone, until the consent is recorded on it.
   */
  addToDirectory: secretariatProcedure
    .input(
      z.object({
        id: ZId,
        consentToList: z.boolean(),
        consentDate: ZDateSchema.optional(),
      }),
    )
    .output(ZRecommendationRowSchema)
    .mutation(({ ctx, input }) => addToDirectory(ctx.db, ctx.user, input)),
});
