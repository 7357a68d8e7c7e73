/** Providers: bilateral and multilateral donors, agencies, hubs, NGOs. */
import { ZProviderInputSchema } from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { visibleOffers } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import { AppError, notFound } from "../errors.js";
import { adminProcedure, publicProcedure, router } from "../trpc.js";

const ZIdInput = z.object({ id: z.string().min(1).max(64) });

export const ZProviderRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  state: z.string().nullable(),
  regions: z.array(z.string()),
  website: z.string().nullable(),
  description: z.string().nullable(),
  offers: z.number().int(),
});

/**
 * A provider's row; its offer count counts only the offers the caller may read, so the count
 * does not reveal restricted offers (issue 12).
 */
const providerSelect = (user: SessionUser | null) =>
  ({
    id: true,
    name: true,
    kind: true,
    stateId: true,
    regions: true,
    website: true,
    description: true,
    _count: { select: { offers: { where: visibleOffers(user) } } },
  }) satisfies Prisma.ProviderSelect;
const toProviderRow = (
  p: Prisma.ProviderGetPayload<{ select: ReturnType<typeof providerSelect> }>,
) => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  state: p.stateId,
  regions: p.regions,
  website: p.website,
  description: p.description,
  offers: p._count.offers,
});

export const providersRouter = router({
  list: publicProcedure
    .input(z.object({ kind: z.string().max(40).optional() }).default({}))
    .output(z.array(ZProviderRowSchema))
    .query(async ({ ctx, input }) =>
      (
        await ctx.db.provider.findMany({
          where: input.kind ? { kind: input.kind } : {},
          select: providerSelect(ctx.user),
          orderBy: { name: "asc" },
        })
      ).map(toProviderRow),
    ),
  byId: publicProcedure
    .input(ZIdInput)
    .output(ZProviderRowSchema)
    .query(async ({ ctx, input }) => {
      const p = await ctx.db.provider.findUnique({
        where: { id: input.id },
        select: providerSelect(ctx.user),
      });
      if (!p) throw notFound("Provider", input.id);
      return toProviderRow(p);
    }),
  create: adminProcedure
    .input(ZProviderInputSchema)
    .output(ZProviderRowSchema)
    .mutation(async ({ ctx, input }) => {
      if (
        input.state &&
        !(await ctx.db.state.findUnique({ where: { iso3: input.state }, select: { iso3: true } }))
      )
        throw new AppError("BAD_INPUT", `Unknown State ${input.state}`, "state");
      const p = await ctx.db.$transaction(async (tx) => {
        const created = await tx.provider.create({
          data: {
            name: input.name,
            kind: input.kind,
            stateId: input.state ?? null,
            regions: input.regions,
            website: input.website ?? null,
            description: input.description ?? null,
          },
          select: providerSelect(ctx.user),
        });
        await audit(tx, ctx.user, {
          action: "provider.create",
          entity: "Provider",
          entityId: created.id,
          after: input,
        });
        return created;
      });
      return toProviderRow(p);
    }),
});
