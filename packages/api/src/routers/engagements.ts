import {
  ZDateSchema,
  ZEngagementDecisionSchema,
  ZEngagementEvaluateSchema,
  ZEngagementInputSchema,
  ZEngagementMoveSchema,
  ZEngagementStatusSchema,
  ZIdSchema,
} from "@tahub/domain";
import { z } from "zod";
import { getEngagementDetail, moveEngagement, proposeEngagement } from "../services/engagements.js";
import { decideNeedStatus, evaluateEngagement } from "../services/engagement-outcomes.js";
import { listEngagements, updateEngagement } from "../services/engagement-records.js";
import { ZEngagementDetailSchema, ZEngagementRowSchema } from "../schemas.js";
import { authedProcedure, publicProcedure, router } from "../trpc.js";
import { nudgeMail } from "../mail/nudge.js";

/** What `create` answers: the engagement, whether it is new, and whom it overlaps. */
const ZProposalSchema = ZEngagementRowSchema.extend({
  /** false when an open engagement of this provider for this need and offer already existed. */
  created: z.boolean(),
  /** Other providers already supporting the need (accepted or in progress). */
  overlap: z.array(
    z.object({ providerId: z.string(), providerName: z.string(), status: ZEngagementStatusSchema }),
  ),
});

export const engagementsRouter = router({
  /** Engagements on needs the caller can see: who already supports what. */
  list: publicProcedure
    .input(
      z
        .object({
          needId: ZIdSchema.optional(),
          providerId: ZIdSchema.optional(),
          status: ZEngagementStatusSchema.optional(),
          /** Only the caller's own: on its State's needs, or by its provider (all for the secretariat). */
          mine: z.boolean().optional(),
        })
        .default({}),
    )
    .output(z.array(ZEngagementRowSchema))
    .query(({ ctx, input }) => listEngagements(ctx.db, ctx.user, input)),

  /** One engagement with its history and the moves the caller may make; NOT_FOUND unless its need is visible. */
  byId: publicProcedure
    .input(z.object({ id: ZIdSchema }))
    .output(ZEngagementDetailSchema)
    .query(({ ctx, input }) => getEngagementDetail(ctx.db, ctx.user, input.id)),

  /**
   * A provider (or the secretariat for it) proposes support for a need it can see. Idempotent:
   * a second proposal of the same provider, need and offer returns the open one (`created: false`).
   */
  create: authedProcedure
    .use(nudgeMail)
    .input(ZEngagementInputSchema)
    .output(ZProposalSchema)
    .mutation(({ ctx, input }) => proposeEngagement(ctx.db, ctx.user, input)),

  /** accept / decline (the State), start / deliver / withdraw (the provider). */
  move: authedProcedure
    .use(nudgeMail)
    .input(ZEngagementMoveSchema)
    .output(ZEngagementDetailSchema)
    .mutation(({ ctx, input }) => moveEngagement(ctx.db, ctx.user, input)),

  /** Each party's OECD-DAC evaluation of a delivered engagement. */
  evaluate: authedProcedure
    .use(nudgeMail)
    .input(ZEngagementEvaluateSchema)
    .output(ZEngagementDetailSchema)
    .mutation(({ ctx, input }) => evaluateEngagement(ctx.db, ctx.user, input)),

  /** The State confirms (moving the need) or rejects the need status a delivery proposed. */
  decideNeedStatus: authedProcedure
    .use(nudgeMail)
    .input(ZEngagementDecisionSchema)
    .output(ZEngagementDetailSchema)
    .mutation(({ ctx, input }) => decideNeedStatus(ctx.db, ctx.user, input)),

  /** The provider edits what it proposes and the dates; the status moves only through `move`. */
  update: authedProcedure
    .input(
      z.object({
        id: ZIdSchema,
        version: z.number().int().min(1),
        startedOn: ZDateSchema.optional(),
        endedOn: ZDateSchema.optional(),
        description: z.string().max(5000).optional(),
      }),
    )
    .output(ZEngagementRowSchema)
    .mutation(({ ctx, input }) => updateEngagement(ctx.db, ctx.user, input)),
});
