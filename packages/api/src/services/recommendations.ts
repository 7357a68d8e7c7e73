/**
 * States recommend experts (issue 15, deliverable 3; 2009 working-group report, para 25;
 * docs/states.md): an entry of the directory, with a reason, or a new person. A new person's
 * contact is the secretariat's only; the secretariat may turn the recommendation into a
 * directory entry, listed only once the person consents (as Expert.consentToList everywhere).
 */
import {
  MAX_AREA,
  MAX_AREAS,
  MAX_CONTACT,
  MAX_LANGUAGES,
  MAX_NAME,
  ZArticlesSchema,
  ZIso3Schema,
  ZLanguageSchema,
} from "@tahub/domain";
import { isSecretariat } from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { assertCanActForState, visibleExperts } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import { fromDay } from "../lib/dates.js";
import { documentOf } from "./search.js";
import { AppError, notFound } from "../errors.js";
import type { DbClient } from "../db.js";

export const ZId = z.string().min(1).max(64);
const ZReason = z.string().trim().min(3).max(2000);

const ZPersonSchema = z.object({
  name: z.string().trim().min(2).max(MAX_NAME),
  areas: z.array(z.string().trim().min(1).max(MAX_AREA)).max(MAX_AREAS).default([]),
  articles: ZArticlesSchema.default([]),
  languages: z.array(ZLanguageSchema).max(MAX_LANGUAGES).default([]),
  nationality: ZIso3Schema.optional(),
  /** How the secretariat reaches the person (e-mail, telephone): never shown to anyone else. */
  contact: z.string().trim().max(MAX_CONTACT).optional(),
});

export const ZRecommendInputSchema = z
  .object({
    state: ZIso3Schema,
    /** An entry of the directory... */
    expertId: ZId.optional(),
    /** ...or a new person. */
    person: ZPersonSchema.optional(),
    reason: ZReason,
  })
  .refine((r) => !!r.expertId !== !!r.person, {
    message: "recommend an expert of the directory or a new person",
    path: ["expertId"],
  });

export const RECOMMENDATION_STATUSES = ["pending", "added", "dismissed"] as const;

export const ZRecommendationRowSchema = z.object({
  id: z.string(),
  state: z.string(),
  expertId: z.string().nullable(),
  expertName: z.string().nullable(),
  reason: z.string(),
  name: z.string().nullable(),
  areas: z.array(z.string()),
  articles: z.array(z.number().int()),
  languages: z.array(z.string()),
  nationality: z.string().nullable(),
  /** The secretariat's only: null for everyone else. */
  contact: z.string().nullable(),
  status: z.enum(RECOMMENDATION_STATUSES),
  recommendedBy: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});

const recommendationSelect = {
  id: true,
  stateId: true,
  expertId: true,
  reason: true,
  name: true,
  areas: true,
  articles: true,
  languages: true,
  nationality: true,
  contact: true,
  status: true,
  createdAt: true,
  decidedAt: true,
  expert: { select: { name: true, consentToList: true } },
  recommendedBy: { select: { name: true } },
} satisfies Prisma.ExpertRecommendationSelect;

function toRow(
  r: Prisma.ExpertRecommendationGetPayload<{ select: typeof recommendationSelect }>,
  user: SessionUser,
) {
  const secretariat = isSecretariat(user.role);
  return {
    id: r.id,
    state: r.stateId,
    expertId: r.expertId,
    // An entry created from a recommendation is named to the State only once it is listed.
    expertName: r.expert && (secretariat || r.expert.consentToList) ? r.expert.name : null,
    reason: r.reason,
    name: r.name,
    areas: r.areas,
    articles: r.articles,
    languages: r.languages,
    nationality: r.nationality,
    contact: secretariat ? r.contact : null,
    status: r.status as (typeof RECOMMENDATION_STATUSES)[number],
    recommendedBy: r.recommendedBy?.name ?? null,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface AddToDirectoryInput {
  id: string;
  consentToList: boolean;
  consentDate?: string;
}

export async function recommendExpert(
  db: DbClient,
  user: SessionUser,
  input: z.infer<typeof ZRecommendInputSchema>,
) {
  assertCanActForState(user, input.state);
  const row = await db.$transaction(async (tx) => {
    if (input.expertId) {
      // Only an entry the caller can see: an unlisted one is answered as missing.
      const x = await tx.expert.findFirst({
        where: { AND: [{ id: input.expertId }, visibleExperts(user)] },
        select: { id: true },
      });
      if (!x) throw notFound("Expert", input.expertId);
    }
    const p = input.person;
    const r = await tx.expertRecommendation.create({
      data: {
        stateId: input.state,
        expertId: input.expertId ?? null,
        reason: input.reason,
        name: p?.name ?? null,
        areas: p?.areas ?? [],
        articles: p?.articles ?? [],
        languages: p?.languages ?? [],
        nationality: p?.nationality ?? null,
        contact: p?.contact || null,
        recommendedById: user.id,
      },
      select: recommendationSelect,
    });
    await audit(tx, user, {
      action: "expert.recommend",
      entity: "ExpertRecommendation",
      entityId: r.id,
      // The contact stays out of the audit trail, as an expert's e-mail does.
      after: { ...input, person: p ? { ...p, contact: undefined } : undefined },
    });
    return r;
  });
  return toRow(row, user);
}

/** The secretariat sees every recommendation; a State its own (without contacts). */
export async function listRecommendations(
  db: DbClient,
  user: SessionUser,
  input: { status?: (typeof RECOMMENDATION_STATUSES)[number] },
) {
  const and: Prisma.ExpertRecommendationWhereInput[] = [];
  if (user.role === "state") and.push({ stateId: user.state ?? "" });
  if (input.status) and.push({ status: input.status });
  const rows = await db.expertRecommendation.findMany({
    where: { AND: and },
    select: recommendationSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 1000,
  });
  return rows.map((r) => toRow(r, user));
}

/** The secretariat sets a pending recommendation aside (the State sees it dismissed). */
export async function dismissRecommendation(
  db: DbClient,
  user: SessionUser,
  input: { id: string },
) {
  const row = await db.$transaction(async (tx) => {
    const done = await tx.expertRecommendation.updateMany({
      where: { id: input.id, status: "pending" },
      data: { status: "dismissed", decidedById: user.id, decidedAt: new Date() },
    });
    if (done.count !== 1) {
      const r = await tx.expertRecommendation.findUnique({ where: { id: input.id } });
      if (!r) throw notFound("Recommendation", input.id);
      throw new AppError("CONFLICT", `This recommendation was already ${r.status}`, "id");
    }
    await audit(tx, user, {
      action: "expert.recommendation.dismiss",
      entity: "ExpertRecommendation",
      entityId: input.id,
    });
    return tx.expertRecommendation.findUniqueOrThrow({
      where: { id: input.id },
      select: recommendationSelect,
    });
  });
  return toRow(row, user);
}

/**
 * Turns a new-person recommendation into a directory entry. Listed only when the secretariat
 * records the person's consent (who and when kept, as on experts.upsert); otherwise the entry
 * waits, visible to the secretariat alone, until the consent is recorded on it.
 */
export async function addToDirectory(db: DbClient, user: SessionUser, input: AddToDirectoryInput) {
  const row = await db.$transaction(async (tx) => {
    const r = await tx.expertRecommendation.findUnique({ where: { id: input.id } });
    if (!r) throw notFound("Recommendation", input.id);
    if (r.status !== "pending" || !r.name)
      throw new AppError(
        "CONFLICT",
        r.name
          ? `This recommendation was already ${r.status}`
          : "This recommendation names an entry already in the directory",
        "id",
      );
    const today = new Date().toISOString().slice(0, 10);
    const email = r.contact && EMAIL.test(r.contact) ? r.contact : null;
    const x = await tx.expert.create({
      data: {
        name: r.name,
        nationality: r.nationality,
        email,
        summary: "",
        languages: r.languages,
        articles: r.articles,
        areas: r.areas,
        consentToList: input.consentToList,
        consentDate: input.consentToList ? fromDay(input.consentDate ?? today) : null,
        ...(input.consentToList
          ? { consentRecordedById: user.id, consentRecordedAt: new Date() }
          : {}),
        search: documentOf("Expert", {
          name: r.name,
          currentPosition: null,
          organization: null,
          summary: "",
          areas: r.areas,
        }),
      },
    });
    const done = await tx.expertRecommendation.updateMany({
      where: { id: r.id, status: "pending" },
      data: {
        status: "added",
        expertId: x.id,
        decidedById: user.id,
        decidedAt: new Date(),
      },
    });
    if (done.count !== 1) throw new AppError("CONFLICT", "Decided meanwhile", "id");
    await audit(tx, user, {
      action: "expert.create",
      entity: "Expert",
      entityId: x.id,
      after: { fromRecommendation: r.id, consentToList: input.consentToList },
    });
    return tx.expertRecommendation.findUniqueOrThrow({
      where: { id: r.id },
      select: recommendationSelect,
    });
  });
  return toRow(row, user);
}
