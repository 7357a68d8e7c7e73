/** Offers of technical assistance: procedures over services/offers.ts. */
import { ZCategorySchema, ZOfferInputSchema, ZRegionalGroupSchema } from "@tahub/domain";
import { z } from "zod";
import {
  createOffer,
  getOffer,
  listOffers,
  setOfferStatus,
  updateOffer,
  ZOfferRowSchema,
  ZOfferTermsFilterSchema,
} from "../services/offers.js";
import { donorProcedure, publicProcedure, router, ZPageSchema } from "../trpc.js";
import { ZPageOf } from "../schemas.js";

const ZIdInput = z.object({ id: z.string().min(1).max(64) });

export const offersRouter = router({
  list: publicProcedure
    .input(
      z
        .object({
          providerId: z.string().max(64).optional(),
          article: z.number().int().min(1).max(71).optional(),
          category: ZCategorySchema.optional(),
          region: ZRegionalGroupSchema.optional(),
          status: z.enum(["open", "closed"]).optional(),
          q: z.string().max(200).optional(),
        })
        .extend(ZOfferTermsFilterSchema.shape)
        .extend(ZPageSchema.shape),
    )
    .output(ZPageOf(ZOfferRowSchema))
    .query(({ ctx, input }) => listOffers(ctx, input)),

  byId: publicProcedure
    .input(ZIdInput)
    .output(ZOfferRowSchema)
    .query(({ ctx, input }) => getOffer(ctx.db, ctx.user, input.id)),

  create: donorProcedure
    .input(ZOfferInputSchema)
    .output(ZOfferRowSchema)
    .mutation(({ ctx, input }) => createOffer(ctx.db, ctx.user, input)),

  update: donorProcedure
    .input(
      z.object({
        id: z.string().min(1).max(64),
        /** The version the caller read (offers.byId): a stale one answers CONFLICT. */
        version: z.number().int().min(1),
        offer: ZOfferInputSchema,
      }),
    )
    .output(ZOfferRowSchema)
    .mutation(({ ctx, input }) => updateOffer(ctx.db, ctx.user, input)),

  close: donorProcedure
    .input(ZIdInput)
    .output(ZOfferRowSchema)
    .mutation(({ ctx, input }) => setOfferStatus(ctx.db, ctx.user, input.id, "closed")),

  /** A closed offer is matched again (a donor's renewed funding, a new period). */
  reopen: donorProcedure
    .input(ZIdInput)
    .output(ZOfferRowSchema)
    .mutation(({ ctx, input }) => setOfferStatus(ctx.db, ctx.user, input.id, "open")),
});
