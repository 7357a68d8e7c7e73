import {
  ZDacEvaluationSchema,
  ZEngagementInputSchema,
  ZEngagementStatusSchema,
  ZDateSchema,
  isSecretariat,
} from "@tahub/domain";
import { z } from "zod";
import { assertCanActForProvider, visibleNeeds } from "../access.js";
import { audit } from "../audit.js";
import { fromDay } from "../domain/dates.js";
import { engagementSelect, toEngagementRow } from "../domain/engagements.js";
import { AppError, forbidden, notFound } from "../errors.js";
import { ZEngagementRowSchema } from "../schemas.js";
import { authedProcedure, publicProcedure, router } from "../trpc.js";

export const engagementsRouter = router({
  /** Engagements on needs the caller can see: who already supports what. */
  list: publicProcedure
    .input(
      z
        .object({
          needId: z.string().max(64).optional(),
          providerId: z.string().max(64).optional(),
        })
        .default({}),
    )
    .output(z.array(ZEngagementRowSchema))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.engagement.findMany({
        where: {
          need: visibleNeeds(ctx.user),
          ...(input.needId ? { needId: input.needId } : {}),
          ...(input.providerId ? { providerId: input.providerId } : {}),
        },
        select: engagementSelect,
        orderBy: [{ createdAt: "desc" }],
        take: 500,
      });
      return rows.map((r) => toEngagementRow(r, ctx.user));
    }),

  /** A provider (or the secretariat) records assistance against a need it can see. */
  create: authedProcedure
    .input(ZEngagementInputSchema)
    .output(ZEngagementRowSchema)
    .mutation(async ({ ctx, input }) => {
      if (ctx.user.role === "state")
        throw forbidden("Engagements are recorded by the provider or the secretariat");
      assertCanActForProvider(ctx.user, input.providerId);
      const need = await ctx.db.need.findFirst({
        where: { AND: [{ id: input.needId }, visibleNeeds(ctx.user)] },
        select: { id: true },
      });
      if (!need) throw notFound("Need", input.needId);
      if (input.offerId) {
        const offer = await ctx.db.offer.findUnique({
          where: { id: input.offerId },
          select: { providerId: true },
        });
        // One answer for "no such offer" and "another provider's offer", so the call cannot
        // be used to learn that a restricted offer exists.
        if (!offer || offer.providerId !== input.providerId)
          throw new AppError("BAD_INPUT", "This is not one of the provider's offers", "offerId");
      }
      const e = await ctx.db.$transaction(async (tx) => {
        const created = await tx.engagement.create({
          data: {
            needId: input.needId,
            offerId: input.offerId ?? null,
            providerId: input.providerId,
            status: input.status,
            startedOn: fromDay(input.startedOn),
            endedOn: fromDay(input.endedOn),
            description: input.description,
            evaluation: input.evaluation ?? undefined,
          },
          select: engagementSelect,
        });
        await audit(tx, ctx.user, {
          action: "engagement.create",
          entity: "Engagement",
          entityId: created.id,
          after: input,
        });
        return created;
      });
      return toEngagementRow(e, ctx.user);
    }),

  update: authedProcedure
    .input(
      z.object({
        id: z.string().min(1).max(64),
        status: ZEngagementStatusSchema.optional(),
        endedOn: ZDateSchema.optional(),
        description: z.string().max(5000).optional(),
        evaluation: ZDacEvaluationSchema.optional(),
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
        const updated = await tx.engagement.update({
          where: { id: input.id },
          data: {
            ...(input.status ? { status: input.status } : {}),
            ...(input.endedOn ? { endedOn: fromDay(input.endedOn) } : {}),
            ...(input.description !== undefined ? { description: input.description } : {}),
            ...(input.evaluation ? { evaluation: input.evaluation } : {}),
          },
          select: engagementSelect,
        });
        await audit(tx, ctx.user, {
          action: "engagement.update",
          entity: "Engagement",
          entityId: input.id,
          before,
          after: input,
        });
        return updated;
      });
      return toEngagementRow(e, ctx.user);
    }),
});
