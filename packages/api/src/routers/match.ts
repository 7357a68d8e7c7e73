/** Matching: procedures over services/match.ts and services/equity.ts (docs/matching.md). */
import { z } from "zod";
import {
  programmeProposals,
  waitingList,
  ZProgrammeSchema,
  ZProgrammesInputSchema,
  ZWaitingInputSchema,
  ZWaitingNeedSchema,
} from "../services/equity.js";
import {
  matchForNeed,
  matchForProvider,
  needPartners,
  providerCoverage,
  similarToNeed,
  ZMatchItemSchema,
  ZStateMatchSchema,
} from "../services/match.js";
import { donorProcedure, publicProcedure, router, secretariatProcedure } from "../trpc.js";

export const matchRouter = router({
  forNeed: publicProcedure
    .input(z.object({ needId: z.string().min(1).max(64), southSouth: z.boolean().default(false) }))
    .output(
      z.object({
        offers: z.array(ZMatchItemSchema),
        expertise: z.array(ZMatchItemSchema),
        experts: z.array(ZMatchItemSchema),
        partners: z.array(ZStateMatchSchema),
      }),
    )
    .query(({ ctx, input }) => matchForNeed(ctx, input)),

  partners: publicProcedure
    .input(z.object({ needId: z.string().min(1).max(64) }))
    .output(z.array(ZStateMatchSchema))
    .query(({ ctx, input }) => needPartners(ctx, input)),

  similar: publicProcedure
    .input(z.object({ needId: z.string().min(1).max(64) }))
    .output(z.array(ZMatchItemSchema.extend({ state: z.string(), duplicate: z.boolean() })))
    .query(({ ctx, input }) => similarToNeed(ctx, input)),

  forProvider: donorProcedure
    .input(
      z.object({
        providerId: z.string().max(64).optional(),
        southSouth: z.boolean().default(false),
      }),
    )
    .output(
      z.object({
        needs: z.array(
          ZMatchItemSchema.extend({ state: z.string(), supporters: z.array(z.string()) }),
        ),
        states: z.array(ZStateMatchSchema),
      }),
    )
    .query(({ ctx, input }) => matchForProvider(ctx, input)),

  /**
   * Equity (issue 13): open needs (identified, partially met) with no engagement, oldest first,
   * with their waiting time and how many open offers could serve them. Anyone may ask: each
   * caller sees only the needs it may read and counts only the offers it may read.
   */
  waiting: publicProcedure
    .input(ZWaitingInputSchema.default({ limit: 20 }))
    .output(z.array(ZWaitingNeedSchema))
    .query(async ({ ctx, input }) =>
      waitingList(await ctx.services.matcher.data(ctx.db), ctx.user, input),
    ),

  /**
   * Regional programme proposals (CAC/COSP/2023, paras. 48-52): concepts on which open needs of
   * at least `minStates` States of one regional group coincide, with candidate providers. For the
   * secretariat's review: a proposal names needs of many States, whatever their tier.
   */
  regionalProgrammes: secretariatProcedure
    .input(ZProgrammesInputSchema)
    .output(z.array(ZProgrammeSchema))
    .query(async ({ ctx, input }) =>
      programmeProposals(await ctx.services.matcher.data(ctx.db), ctx.user, input),
    ),

  /** Which of the provider's matching needs already have support, from whom, and where donors overlap. */
  coverage: donorProcedure
    .input(z.object({ providerId: z.string().max(64).optional() }).default({}))
    .output(
      z.array(
        z.object({
          needId: z.string(),
          state: z.string(),
          text: z.string(),
          score: z.number(),
          supporters: z.array(
            z.object({ providerId: z.string(), provider: z.string(), status: z.string() }),
          ),
          overlap: z.boolean(),
          supportedByMe: z.boolean(),
        }),
      ),
    )
    .query(({ ctx, input }) => providerCoverage(ctx, input)),
});
