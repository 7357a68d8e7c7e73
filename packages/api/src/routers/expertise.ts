/** The knowledge bank: procedures over services/expertise.ts. */
import { ZExpertiseInputSchema } from "@tahub/domain";
import { z } from "zod";
import {
  createExpertise,
  getExpertise,
  listExpertise,
  ZExpertiseRowSchema,
} from "../services/expertise.js";
import { authedProcedure, publicProcedure, router, ZPageSchema } from "../trpc.js";
import { ZPageOf } from "../schemas.js";

const ZIdInput = z.object({ id: z.string().min(1).max(64) });

export const expertiseRouter = router({
  list: publicProcedure
    .input(
      z
        .object({
          article: z.number().int().min(1).max(71).optional(),
          state: z.string().max(3).optional(),
          q: z.string().max(200).optional(),
        })
        .extend(ZPageSchema.shape),
    )
    .output(ZPageOf(ZExpertiseRowSchema))
    .query(({ ctx, input }) => listExpertise(ctx, input)),

  byId: publicProcedure
    .input(ZIdInput)
    .output(ZExpertiseRowSchema)
    .query(({ ctx, input }) => getExpertise(ctx.db, ctx.user, input.id)),

  /** A State or a provider publishes expertise it is willing to share. */
  create: authedProcedure
    .input(ZExpertiseInputSchema)
    .output(ZExpertiseRowSchema)
    .mutation(({ ctx, input }) => createExpertise(ctx.db, ctx.user, input)),
});
