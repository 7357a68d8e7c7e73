/** The audit log (subscriptions moved to subscriptions.ts). */
import { z } from "zod";
import { adminProcedure, router } from "../trpc.js";

export const auditRouter = router({
  list: adminProcedure
    .input(
      z
        .object({
          entity: z.string().max(40).optional(),
          entityId: z.string().max(64).optional(),
          limit: z.number().int().min(1).max(500).default(100),
        })
        .default({ limit: 100 }),
    )
    .output(
      z.array(
        z.object({
          id: z.string(),
          actor: z.string().nullable(),
          action: z.string(),
          entity: z.string(),
          entityId: z.string(),
          at: z.string(),
        }),
      ),
    )
    .query(async ({ ctx, input }) =>
      (
        await ctx.db.auditLog.findMany({
          where: {
            ...(input.entity ? { entity: input.entity } : {}),
            ...(input.entityId ? { entityId: input.entityId } : {}),
          },
          select: {
            id: true,
            action: true,
            entity: true,
            entityId: true,
            at: true,
            actor: { select: { email: true } },
          },
          orderBy: { at: "desc" },
          take: input.limit,
        })
      ).map((a) => ({
        id: a.id,
        actor: a.actor?.email ?? null,
        action: a.action,
        entity: a.entity,
        entityId: a.entityId,
        at: a.at.toISOString(),
      })),
    ),
});
