/**
 * Offers: donors' and providers' technical assistance on offer. The rows, their donor terms
 * (issue 15, deliverable 4) and every read and write of the offers router.
 */
import {
  providerTypeFor,
  ZConfidentialitySchema,
  ZProviderTypeSchema,
  type RegionalGroupId,
  type CategoryId,
  type TOfferInput,
} from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { assertCanActForProvider, visibleOffers } from "../access.js";
import { audit } from "../audit.js";
import type { Context } from "../context.js";
import type { DbClient } from "../db.js";
import type { SessionUser } from "../auth/user.js";
import { fromDay, toDay } from "../lib/dates.js";
import { notFound, staleVersion } from "../errors.js";
import type { PageInput } from "../lib/paging.js";
import { documentOf, textWhere } from "./search.js";
import { searchablePage } from "./listing.js";

// donors (issue 15, deliverable 4): gender-responsive flag, provider type, budget range and
// currency, duration. Kept in one block; the procedures below use these helpers.
const ZOfferTermsSchema = z.object({
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
async function offerTermsData(db: DbClient, input: TOfferInput) {
  let providerType = input.providerType;
  if (!providerType) {
    const p = await db.provider.findUnique({
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
export const ZOfferTermsFilterSchema = z.object({
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

/** What an offer proposes, as its page and the exports show it (periods as yyyy-mm-dd days). */
export function offerContent(
  o: Pick<
    Prisma.OfferGetPayload<object>,
    | "title"
    | "description"
    | "modalities"
    | "articles"
    | "categories"
    | "regions"
    | "languages"
    | "periodFrom"
    | "periodTo"
  >,
) {
  return {
    title: o.title,
    description: o.description,
    modalities: o.modalities,
    articles: o.articles,
    categories: o.categories,
    regions: o.regions,
    languages: o.languages,
    periodFrom: toDay(o.periodFrom),
    periodTo: toDay(o.periodTo),
  };
}

function toOfferRow(o: Prisma.OfferGetPayload<{ select: typeof offerSelect }>) {
  return {
    id: o.id,
    providerId: o.providerId,
    providerName: o.provider.name,
    providerKind: o.provider.kind,
    providerState: o.provider.stateId,
    ...offerContent(o),
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

export interface OfferFilters extends PageInput, z.infer<typeof ZOfferTermsFilterSchema> {
  providerId?: string;
  article?: number;
  category?: CategoryId;
  region?: RegionalGroupId;
  status?: "open" | "closed";
  q?: string;
}

/** One page of the offers the caller may read, newest first. */
export function listOffers(ctx: Pick<Context, "db" | "services" | "user">, input: OfferFilters) {
  const and: Prisma.OfferWhereInput[] = [visibleOffers(ctx.user)];
  if (input.providerId) and.push({ providerId: input.providerId });
  if (input.article) and.push({ articles: { has: input.article } });
  if (input.category) and.push({ categories: { has: input.category } });
  if (input.region)
    and.push({ OR: [{ regions: { has: input.region } }, { regions: { isEmpty: true } }] });
  if (input.status) and.push({ status: input.status });
  and.push(...offerTermsWhere(input));
  return searchablePage(ctx, input, {
    filters: and,
    text: textWhere("Offer", input.q),
    findMany: (where, page) =>
      ctx.db.offer.findMany({
        where,
        select: offerSelect,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        ...page,
      }),
    count: (where) => ctx.db.offer.count({ where }),
    idIs: (id) => ({ id }),
    map: toOfferRow,
  });
}

export async function getOffer(db: DbClient, user: SessionUser | null, id: string) {
  const o = await db.offer.findFirst({
    where: { AND: [{ id }, visibleOffers(user)] },
    select: offerSelect,
  });
  if (!o) throw notFound("Offer", id);
  return toOfferRow(o);
}

export async function createOffer(db: DbClient, user: SessionUser, input: TOfferInput) {
  assertCanActForProvider(user, input.providerId);
  const terms = await offerTermsData(db, input);
  const o = await db.$transaction(async (tx) => {
    const created = await tx.offer.create({
      data: {
        ...offerData(input),
        ...terms,
        providerId: input.providerId,
      },
      select: offerSelect,
    });
    await audit(tx, user, {
      action: "offer.create",
      entity: "Offer",
      entityId: created.id,
      after: input,
    });
    return created;
  });
  return toOfferRow(o);
}

export async function updateOffer(
  db: DbClient,
  user: SessionUser,
  input: { id: string; version: number; offer: TOfferInput },
) {
  assertCanActForProvider(user, input.offer.providerId);
  const terms = await offerTermsData(db, input.offer);
  const o = await db.$transaction(async (tx) => {
    // Read inside the writing transaction, so the audit's `before` is the state replaced.
    const before = await tx.offer.findFirst({
      where: { AND: [{ id: input.id }, visibleOffers(user)] },
      // The search document is derived data: kept out of the audit trail.
      omit: { search: true },
    });
    if (!before) throw notFound("Offer", input.id);
    assertCanActForProvider(user, before.providerId);
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
    await audit(tx, user, {
      action: "offer.update",
      entity: "Offer",
      entityId: input.id,
      before,
      after: input.offer,
    });
    return tx.offer.findUniqueOrThrow({ where: { id: input.id }, select: offerSelect });
  });
  return toOfferRow(o);
}

/** Opens or closes an offer its provider (or the secretariat) may change, with an audit entry. */
export async function setOfferStatus(
  db: DbClient,
  user: SessionUser,
  id: string,
  status: "open" | "closed",
) {
  const before = await db.offer.findFirst({
    where: { AND: [{ id }, visibleOffers(user)] },
  });
  if (!before) throw notFound("Offer", id);
  assertCanActForProvider(user, before.providerId);
  const o = await db.$transaction(async (tx) => {
    const updated = await tx.offer.update({
      where: { id },
      // Any change moves the version on, so an edit from a copy read before it conflicts.
      data: { status, version: { increment: 1 } },
      select: offerSelect,
    });
    await audit(tx, user, {
      action: status === "closed" ? "offer.close" : "offer.reopen",
      entity: "Offer",
      entityId: id,
    });
    return updated;
  });
  return toOfferRow(o);
}
