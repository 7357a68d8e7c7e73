import {
  providerTypeFor,
  ZCategorySchema,
  ZConfidentialitySchema,
  ZProviderTypeSchema,
  ZOfferInputSchema,
  ZRegionalGroupSchema,
  type TOfferInput,
} from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { assertCanActForProvider, visibleOffers } from "../access.js";
import { audit } from "../audit.js";
import type { Context } from "../context.js";
import type { SessionUser } from "../auth/user.js";
import { fromDay, toDay } from "../lib/dates.js";
import { notFound, staleVersion } from "../errors.js";
import { cursorPage, pageArgs } from "../lib/paging.js";
import { documentOf, searchReady, textWhere } from "../services/search.js";
import { donorProcedure, publicProcedure, router, ZPageSchema } from "../trpc.js";
import { ZPageOf } from "../schemas.js";

// donors (issue 15, deliverable 4): gender-responsive flag, provider type, budget range and
// currency, duration. Kept in one block; the procedures below use these helpers.
export const ZOfferTermsSchema = z.object({
  genderResponsive: z.boolean(),
  providerType: ZProviderTypeSchema,
  budgetMin: z.number().int().nullable(),
  budgetMax: z.number().int().nullable(),
  /** ISO 4217; null when the offer states no budget. */
  currency: z.string().nullable(),
  durationMonths: z.number().int().nullable(),
});
const offerTermsSelect = {
  genderResponsive: true,
  providerType: true,
  budgetMin: true,
  budgetMax: true,
  currency: true,
  durationMonths: true,
} satisfies Prisma.OfferSelect;
/** An offer saved before the provider type existed shows the type its provider's kind implies. */
function offerTerms(
  o: Prisma.OfferGetPayload<{ select: typeof offerTermsSelect }> & {
    regions: string[];
    provider: { kind: string };
  },
): z.infer<typeof ZOfferTermsSchema> {
  return {
    genderResponsive: o.genderResponsive,
    providerType: (o.providerType ?? providerTypeFor(o.provider.kind, o.regions)) as never,
    budgetMin: o.budgetMin === null ? null : Number(o.budgetMin),
    budgetMax: o.budgetMax === null ? null : Number(o.budgetMax),
    currency: o.currency,
    durationMonths: o.durationMonths,
  };
}
/** The columns an offer's input sets; the provider type defaults from the provider's kind. */
async function offerTermsData(ctx: Pick<Context, "db">, input: TOfferInput) {
  let providerType = input.providerType;
  if (!providerType) {
    const p = await ctx.db.provider.findUnique({
      where: { id: input.providerId },
      select: { kind: true },
    });
    providerType = providerTypeFor(p?.kind ?? "", input.regions);
  }
  return {
    genderResponsive: input.genderResponsive,
    providerType,
    budgetMin: input.budget?.min === undefined ? null : BigInt(input.budget.min),
    budgetMax: input.budget?.max === undefined ? null : BigInt(input.budget.max),
    currency: input.budget?.currency ?? null,
    durationMonths: input.durationMonths ?? null,
  };
}
const ZOfferTermsFilterSchema = z.object({
  genderResponsive: z.boolean().optional(),
  providerType: ZProviderTypeSchema.optional(),
});
function offerTermsWhere(f: z.infer<typeof ZOfferTermsFilterSchema>): Prisma.OfferWhereInput[] {
  const and: Prisma.OfferWhereInput[] = [];
  if (f.genderResponsive !== undefined) and.push({ genderResponsive: f.genderResponsive });
  if (f.providerType) and.push({ providerType: f.providerType });
  return and;
}
// end donors

export const ZOfferRowSchema = z
  .object({
    id: z.string(),
    providerId: z.string(),
    providerName: z.string(),
    providerKind: z.string(),
    providerState: z.string().nullable(),
    title: z.string(),
    description: z.string(),
    modalities: z.array(z.string()),
    articles: z.array(z.number()),
    categories: z.array(z.string()),
    regions: z.array(z.string()),
    languages: z.array(z.string()),
    periodFrom: z.string().nullable(),
    periodTo: z.string().nullable(),
    capacity: z.number().nullable(),
    southSouth: z.boolean(),
    status: z.enum(["open", "closed"]),
    confidentiality: ZConfidentialitySchema,
    engagements: z.number().int(),
    demo: z.boolean(),
    /** The version an update must name (optimistic concurrency). */
    version: z.number().int().min(1),
  })
  .extend(ZOfferTermsSchema.shape);

const offerSelect = {
  id: true,
  providerId: true,
  provider: { select: { name: true, kind: true, stateId: true } },
  title: true,
  description: true,
  modalities: true,
  articles: true,
  categories: true,
  regions: true,
  languages: true,
  periodFrom: true,
  periodTo: true,
  capacity: true,
  southSouth: true,
  status: true,
  confidentiality: true,
  demo: true,
  version: true,
  _count: { select: { engagements: true } },
  ...offerTermsSelect,
} satisfies Prisma.OfferSelect;

function toOfferRow(o: Prisma.OfferGetPayload<{ select: typeof offerSelect }>) {
  return {
    id: o.id,
    providerId: o.providerId,
    providerName: o.provider.name,
    providerKind: o.provider.kind,
    providerState: o.provider.stateId,
    title: o.title,
    description: o.description,
    modalities: o.modalities,
    articles: o.articles,
    categories: o.categories,
    regions: o.regions,
    languages: o.languages,
    periodFrom: toDay(o.periodFrom),
    periodTo: toDay(o.periodTo),
    capacity: o.capacity,
    southSouth: o.southSouth,
    status: o.status as "open" | "closed",
    confidentiality: o.confidentiality as z.infer<typeof ZConfidentialitySchema>,
    engagements: o._count.engagements,
    demo: o.demo,
    version: o.version,
    ...offerTerms(o),
  };
}

function offerData(input: TOfferInput) {
  return {
    title: input.title,
    description: input.description,
    modalities: input.modalities,
    articles: input.articles,
    categories: input.categories,
    regions: input.regions,
    languages: input.languages,
    periodFrom: fromDay(input.period?.from),
    periodTo: fromDay(input.period?.to),
    capacity: input.capacity ?? null,
    southSouth: input.southSouth,
    confidentiality: input.confidentiality,
    search: documentOf("Offer", input),
  };
}

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
    .query(async ({ ctx, input }) => {
      const and: Prisma.OfferWhereInput[] = [visibleOffers(ctx.user)];
      if (input.providerId) and.push({ providerId: input.providerId });
      if (input.article) and.push({ articles: { has: input.article } });
      if (input.category) and.push({ categories: { has: input.category } });
      if (input.region)
        and.push({ OR: [{ regions: { has: input.region } }, { regions: { isEmpty: true } }] });
      if (input.status) and.push({ status: input.status });
      and.push(...offerTermsWhere(input));
      const text = textWhere("Offer", input.q);
      if (text) {
        await searchReady(ctx);
        and.push(text);
      }
      const where = { AND: and };
      return cursorPage(
        input,
        ctx.db.offer.findMany({
          where,
          select: offerSelect,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          ...(await pageArgs(input, (id) =>
            ctx.db.offer.count({ where: { AND: [where, { id }] } }),
          )),
        }),
        ctx.db.offer.count({ where }),
        toOfferRow,
      );
    }),

  byId: publicProcedure
    .input(ZIdInput)
    .output(ZOfferRowSchema)
    .query(async ({ ctx, input }) => {
      const o = await ctx.db.offer.findFirst({
        where: { AND: [{ id: input.id }, visibleOffers(ctx.user)] },
        select: offerSelect,
      });
      if (!o) throw notFound("Offer", input.id);
      return toOfferRow(o);
    }),

  create: donorProcedure
    .input(ZOfferInputSchema)
    .output(ZOfferRowSchema)
    .mutation(async ({ ctx, input }) => {
      assertCanActForProvider(ctx.user, input.providerId);
      const terms = await offerTermsData(ctx, input);
      const o = await ctx.db.$transaction(async (tx) => {
        const created = await tx.offer.create({
          data: {
            ...offerData(input),
            ...terms,
            providerId: input.providerId,
          },
          select: offerSelect,
        });
        await audit(tx, ctx.user, {
          action: "offer.create",
          entity: "Offer",
          entityId: created.id,
          after: input,
        });
        return created;
      });
      return toOfferRow(o);
    }),

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
    .mutation(async ({ ctx, input }) => {
      assertCanActForProvider(ctx.user, input.offer.providerId);
      const terms = await offerTermsData(ctx, input.offer);
      const o = await ctx.db.$transaction(async (tx) => {
        // Read inside the writing transaction, so the audit's `before` is the state replaced.
        const before = await tx.offer.findFirst({
          where: { AND: [{ id: input.id }, visibleOffers(ctx.user)] },
          // The search document is derived data: kept out of the audit trail.
          omit: { search: true },
        });
        if (!before) throw notFound("Offer", input.id);
        assertCanActForProvider(ctx.user, before.providerId);
        if (before.version !== input.version) throw staleVersion("offer");
        // The UPDATE re-checks the version: a save committed after our read matches no row.
        const r = await tx.offer.updateMany({
          where: { id: input.id, version: input.version },
          data: {
            ...offerData(input.offer),
            ...terms,
            version: { increment: 1 },
          },
        });
        if (r.count !== 1) throw staleVersion("offer");
        await audit(tx, ctx.user, {
          action: "offer.update",
          entity: "Offer",
          entityId: input.id,
          before,
          after: input.offer,
        });
        return tx.offer.findUniqueOrThrow({ where: { id: input.id }, select: offerSelect });
      });
      return toOfferRow(o);
    }),

  close: donorProcedure
    .input(ZIdInput)
    .output(ZOfferRowSchema)
    .mutation(({ ctx, input }) => setOfferStatus(ctx, input.id, "closed")),

  /** A closed offer is matched again (a donor's renewed funding, a new period). */
  reopen: donorProcedure
    .input(ZIdInput)
    .output(ZOfferRowSchema)
    .mutation(({ ctx, input }) => setOfferStatus(ctx, input.id, "open")),
});

/** Opens or closes an offer its provider (or the secretariat) may change, with an audit entry. */
async function setOfferStatus(
  ctx: Context & { user: SessionUser },
  id: string,
  status: "open" | "closed",
) {
  const before = await ctx.db.offer.findFirst({
    where: { AND: [{ id }, visibleOffers(ctx.user)] },
  });
  if (!before) throw notFound("Offer", id);
  assertCanActForProvider(ctx.user, before.providerId);
  const o = await ctx.db.$transaction(async (tx) => {
    const updated = await tx.offer.update({
      where: { id },
      // Any change moves the version on, so an edit from a copy read before it conflicts.
      data: { status, version: { increment: 1 } },
      select: offerSelect,
    });
    await audit(tx, ctx.user, {
      action: status === "closed" ? "offer.close" : "offer.reopen",
      entity: "Offer",
      entityId: id,
    });
    return updated;
  });
  return toOfferRow(o);
}
