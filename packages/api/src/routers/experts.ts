/** The expert directory: procedures over services/experts.ts. */
import { ZExpertInputSchema, ZRegionalGroupSchema } from "@tahub/domain";
import { z } from "zod";
import {
  expertBalance,
  getExpert,
  listExperts,
  upsertExpert,
  ZExpertDetailSchema,
  ZExpertRowSchema,
} from "../services/experts.js";
import { authedProcedure, publicProcedure, router, ZPageSchema } from "../trpc.js";
import { ZPageOf } from "../schemas.js";

const ZIdInput = z.object({ id: z.string().min(1).max(64) });

export const expertsRouter = router({
  list: publicProcedure
    .input(
      z
        .object({
          q: z.string().max(200).optional(),
          article: z.number().int().min(1).max(71).optional(),
          language: z.string().max(2).optional(),
          /** ISO3 of the expert's nationality. */
          nationality: z.string().length(3).optional(),
          /** The UN regional group of the expert's nationality (geographic balance). */
          region: ZRegionalGroupSchema.optional(),
          // donors (issue 15): the entries the caller keeps (its provider's; the secretariat's:
          // all), and the unlisted ones among what the caller may see (no consent recorded).
          mine: z.boolean().optional(),
          unlisted: z.boolean().optional(),
        })
        .extend(ZPageSchema.shape),
    )
    .output(ZPageOf(ZExpertRowSchema))
    .query(({ ctx, input }) => listExperts(ctx, input)),

  /**
   * Geographic balance of the directory (2009 working-group report, para 24): the listed experts
   * the caller may see, per UN regional group of their nationality and per nationality.
   */
  balance: publicProcedure
    .output(
      z.object({
        total: z.number().int(),
        byRegion: z.record(z.string(), z.number().int()),
        byNationality: z.array(z.object({ nationality: z.string(), experts: z.number().int() })),
      }),
    )
    .query(({ ctx }) => expertBalance(ctx.db, ctx.user)),

  byId: publicProcedure
    .input(ZIdInput)
    .output(ZExpertDetailSchema)
    .query(({ ctx, input }) => getExpert(ctx.db, ctx.user, input.id)),

  /** Create or update a CV. Listing requires the expert's consent, recorded with its date. */
  upsert: authedProcedure
    .input(
      z
        .object({
          id: z.string().max(64).optional(),
          /** With `id`: the version the caller read (experts.byId); a stale one answers CONFLICT. */
          version: z.number().int().min(1).optional(),
          expert: ZExpertInputSchema,
        })
        .refine((i) => !i.id || i.version !== undefined, {
          message: "an update names the version it read",
          path: ["version"],
        }),
    )
    .output(ZExpertDetailSchema)
    .mutation(({ ctx, input }) => upsertExpert(ctx.db, ctx.user, input)),
});
