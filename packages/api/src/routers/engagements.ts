import {
  ZDateSchema,
  ZEngagementDecisionSchema,
  ZEngagementEvaluateSchema,
  ZEngagementInputSchema,
  ZEngagementMoveSchema,
  ZEngagementStatusSchema,
  ZIdSchema,
  isSecretariat,
  type TEngagementInput,
} from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { visibleNeeds } from "../access.js";
import { audit } from "../audit.js";
import { fromDay } from "../lib/dates.js";
import {
  decideNeedStatus,
  engagementSelect,
  evaluateEngagement,
  getEngagementDetail,
  moveEngagement,
  proposeEngagement,
  toEngagementRow,
} from "../services/engagements.js";
import { notFound, staleVersion } from "../errors.js";
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
    .query(async ({ ctx, input }) => {
      const u = ctx.user;
      const own: Prisma.EngagementWhereInput = !input.mine
        ? {}
        : u?.role === "state"
          ? { need: { stateId: u.state ?? "" } }
          : u?.role === "provider"
            ? { providerId: u.providerId ?? "" }
            : u && isSecretariat(u.role)
              ? {}
              : { id: "" };
      const rows = await ctx.db.engagement.findMany({
        where: {
          AND: [
            { need: visibleNeeds(u) },
            own,
            input.needId ? { needId: input.needId } : {},
            input.providerId ? { providerId: input.providerId } : {},
            input.status ? { status: input.status } : {},
          ],
        },
        select: engagementSelect,
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        take: 500,
      });
      return rows.map((r) => toEngagementRow(r, u));
    }),

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
    .mutation(({ ctx, input }) => proposeEngagement(ctx.db, ctx.user, input as TEngagementInput)),

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
    .mutation(async ({ ctx, input }) => {
      const before = await ctx.db.engagement.findUnique({ where: { id: input.id } });
      // Another provider's engagement answers exactly as a missing one (no existence oracle).
      if (
        !before ||
        (!isSecretariat(ctx.user.role) &&
          !(ctx.user.role === "provider" && ctx.user.providerId === before.providerId))
      )
        throw notFound("Engagement", input.id);
      const e = await ctx.db.$transaction(async (tx) => {
        const r = await tx.engagement.updateMany({
          where: { id: input.id, version: input.version },
          data: {
            ...(input.startedOn ? { startedOn: fromDay(input.startedOn) } : {}),
            ...(input.endedOn ? { endedOn: fromDay(input.endedOn) } : {}),
            ...(input.description !== undefined ? { description: input.description } : {}),
            version: { increment: 1 },
          },
        });
        if (r.count !== 1) throw staleVersion("engagement");
        await audit(tx, ctx.user, {
          action: "engagement.update",
          entity: "Engagement",
          entityId: input.id,
          before,
          after: input,
        });
        return tx.engagement.findUniqueOrThrow({
          where: { id: input.id },
          select: engagementSelect,
        });
      });
      return toEngagementRow(e, ctx.user);
    }),
});
