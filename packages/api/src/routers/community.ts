/** Subscriptions with their feed, and the audit log. */
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { visibleNeeds } from "../access.js";
import { needRowSelect, toNeedRow } from "../domain/needs.js";
import { AppError } from "../errors.js";
import { ZNeedRowSchema } from "../schemas.js";
import { adminProcedure, authedProcedure, router } from "../trpc.js";

const ZSubscriptionSchema = z.object({
  kind: z.enum(["article", "category", "region", "state"]),
  value: z.string().min(1).max(40),
});

function subscriptionFilter(s: { kind: string; value: string }): Prisma.NeedWhereInput {
  switch (s.kind) {
    case "article":
      return { articles: { has: Number(s.value) } };
    case "category":
      return { OR: [{ category: s.value }, { categories: { has: s.value } }] };
    case "region":
      return { state: { group: s.value } };
    default:
      return { stateId: s.value.toUpperCase() };
  }
}

export const subscriptionsRouter = router({
  list: authedProcedure
    .output(z.array(ZSubscriptionSchema.extend({ id: z.string(), createdAt: z.string() })))
    .query(async ({ ctx }) =>
      (
        await ctx.db.subscription.findMany({
          where: { userId: ctx.user.id },
          orderBy: { createdAt: "asc" },
        })
      ).map((s) => ({
        id: s.id,
        kind: s.kind as "article",
        value: s.value,
        createdAt: s.createdAt.toISOString(),
      })),
    ),

  create: authedProcedure
    .input(ZSubscriptionSchema)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      if (input.kind === "article" && !(Number(input.value) >= 1 && Number(input.value) <= 71))
        throw new AppError("BAD_INPUT", "An article is a number from 1 to 71", "value");
      const s = await ctx.db.subscription.upsert({
        where: { userId_kind_value: { userId: ctx.user.id, kind: input.kind, value: input.value } },
        create: { userId: ctx.user.id, ...input },
        update: {},
      });
      return { id: s.id };
    }),

  remove: authedProcedure
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.subscription.deleteMany({ where: { id: input.id, userId: ctx.user.id } });
      return { ok: true as const };
    }),

  /** New needs matching any subscription, created after it, newest first, visible to the user. */
  feed: authedProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(30) }).default({ limit: 30 }))
    .output(z.array(ZNeedRowSchema.extend({ matched: z.array(z.string()) })))
    .query(async ({ ctx, input }) => {
      const subs = await ctx.db.subscription.findMany({ where: { userId: ctx.user.id } });
      if (!subs.length) return [];
      const rows = await ctx.db.need.findMany({
        where: {
          AND: [
            visibleNeeds(ctx.user),
            {
              OR: subs.map((s) => ({
                AND: [subscriptionFilter(s), { createdAt: { gte: s.createdAt } }],
              })),
            },
          ],
        },
        select: { ...needRowSelect, createdAt: true },
        orderBy: { createdAt: "desc" },
        take: input.limit,
      });
      return rows.map((r) => {
        const row = toNeedRow(r);
        const matched = subs
          .filter((s) =>
            s.kind === "article"
              ? row.articles.includes(Number(s.value))
              : s.kind === "category"
                ? row.category === s.value || row.categories.includes(s.value as never)
                : s.kind === "region"
                  ? row.region === s.value
                  : row.state === s.value.toUpperCase(),
          )
          .map((s) => `${s.kind} ${s.value}`);
        return { ...row, matched };
      });
    }),
});

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
