import { z } from "zod";
import {
  ZArticlesSchema,
  ZCategorySchema,
  ZChapterSchema,
  ZConfidentialitySchema,
  ZCycle1CategorySchema,
  ZCycleSchema,
  ZDateSchema,
  ZEngagementStatusSchema,
  ZIdSchema,
  ZIso3Schema,
  ZLanguageSchema,
  ZModalitySchema,
  ZNeedStatusSchema,
  ZPeriodSchema,
  ZProviderKindSchema,
  ZRegionalGroupSchema,
  ZRoleSchema,
  ZTextSchema,
  ZUnLanguageSchema,
} from "./common.js";

/** What a State (or the secretariat on its behalf) submits. */
export const ZNeedInputSchema = z.object({
  state: ZIso3Schema,
  cycle: ZCycleSchema.default(2),
  chapter: ZChapterSchema.optional(),
  articles: ZArticlesSchema.default([]),
  text: ZTextSchema,
  language: ZLanguageSchema.default("en"),
  sourceRef: z.string().max(500).optional(),
  confidentiality: ZConfidentialitySchema.default("public"),
  genderResponsive: z.boolean().default(false),
  identifiedOn: ZDateSchema.optional(),
  /** Set when the category is known at submission (e.g. an import of categorised needs). */
  category: ZCategorySchema.optional(),
  cycle1Category: ZCycle1CategorySchema.optional(),
});
export type TNeedInput = z.infer<typeof ZNeedInputSchema>;

export const ZCategorisationSchema = z.object({
  categories: z.array(z.object({ id: ZCategorySchema, score: z.number().min(0).max(1) })),
  articles: z.array(z.object({ article: z.number().int(), score: z.number().min(0).max(1) })),
  chapter: ZChapterSchema.nullable(),
  evidence: z.array(z.string()),
  abstain: z.boolean(),
  modelVersion: z.string(),
});
export type TCategorisation = z.infer<typeof ZCategorisationSchema>;

export const ZNeedSchema = ZNeedInputSchema.extend({
  id: ZIdSchema,
  chapter: ZChapterSchema.nullable(),
  status: ZNeedStatusSchema,
  category: ZCategorySchema.nullable(),
  categories: z.array(ZCategorySchema),
  suggestion: ZCategorisationSchema.nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  demo: z.boolean(),
});
export type TNeed = z.infer<typeof ZNeedSchema>;

export const ZProviderInputSchema = z.object({
  name: z.string().trim().min(2).max(200),
  kind: ZProviderKindSchema,
  /** The State a national agency or bilateral donor acts for; empty for IOs, NGOs, UNODC. */
  state: ZIso3Schema.optional(),
  regions: z.array(ZRegionalGroupSchema).default([]),
  website: z.url().optional(),
  description: z.string().max(5_000).optional(),
});
export type TProviderInput = z.infer<typeof ZProviderInputSchema>;
export const ZProviderSchema = ZProviderInputSchema.extend({ id: ZIdSchema, demo: z.boolean() });
export type TProvider = z.infer<typeof ZProviderSchema>;

export const ZOfferInputSchema = z.object({
  providerId: ZIdSchema,
  title: z.string().trim().min(3).max(200),
  description: ZTextSchema,
  modalities: z.array(ZModalitySchema).min(1, "say at least one form of assistance"),
  articles: ZArticlesSchema.default([]),
  categories: z.array(ZCategorySchema).default([]),
  regions: z.array(ZRegionalGroupSchema).default([]),
  languages: z.array(ZUnLanguageSchema).default(["en"]),
  period: ZPeriodSchema.optional(),
  /** How many engagements the provider can take on in the period. */
  capacity: z.number().int().min(0).max(10_000).optional(),
  southSouth: z.boolean().default(false),
  confidentiality: ZConfidentialitySchema.default("public"),
});
export type TOfferInput = z.infer<typeof ZOfferInputSchema>;
export const ZOfferSchema = ZOfferInputSchema.extend({
  id: ZIdSchema,
  status: z.enum(["open", "closed"]),
  demo: z.boolean(),
});
export type TOffer = z.infer<typeof ZOfferSchema>;

/** A knowledge-bank entry: expertise a State or provider is willing to share. */
export const ZExpertiseInputSchema = z
  .object({
    state: ZIso3Schema.optional(),
    providerId: ZIdSchema.optional(),
    title: z.string().trim().min(3).max(200),
    description: ZTextSchema,
    articles: ZArticlesSchema.default([]),
    categories: z.array(ZCategorySchema).default([]),
    languages: z.array(ZUnLanguageSchema).default(["en"]),
    contact: z.string().max(300).optional(),
    confidentiality: ZConfidentialitySchema.default("public"),
  })
  .refine((e) => e.state || e.providerId, {
    message: "name the State or the provider sharing it",
    path: ["state"],
  });
export type TExpertiseInput = z.infer<typeof ZExpertiseInputSchema>;

const ZCvEntrySchema = z.object({
  from: z.string().max(20),
  to: z.string().max(20).optional(),
  organization: z.string().max(200),
  role: z.string().max(200),
  description: z.string().max(2_000).optional(),
});

/** Directory entry with the fields of a CV template used for TA expert rosters. */
export const ZExpertInputSchema = z.object({
  name: z.string().trim().min(2).max(200),
  nationality: ZIso3Schema.optional(),
  email: z.email().optional(),
  currentPosition: z.string().max(200).optional(),
  organization: z.string().max(200).optional(),
  summary: z.string().max(5_000).default(""),
  languages: z.array(ZLanguageSchema).min(1),
  articles: ZArticlesSchema.default([]),
  areas: z.array(z.string().max(120)).max(30).default([]),
  education: z
    .array(
      z.object({
        year: z.string().max(20),
        degree: z.string().max(200),
        institution: z.string().max(200),
      }),
    )
    .default([]),
  employment: z.array(ZCvEntrySchema).default([]),
  assignments: z.array(ZCvEntrySchema).default([]),
  publications: z.array(z.string().max(500)).default([]),
  availability: z
    .object({
      from: ZDateSchema.optional(),
      daysPerYear: z.number().int().min(0).max(366).optional(),
    })
    .default({}),
  /** The expert agreed to appear in the directory; without it the entry is never listed. */
  consentToList: z.boolean(),
  consentDate: ZDateSchema.optional(),
});
export type TExpertInput = z.infer<typeof ZExpertInputSchema>;

/** The OECD-DAC evaluation criteria, each scored 1 (poor) to 4 (excellent) with a note. */
export const DAC_CRITERIA = [
  "relevance",
  "coherence",
  "effectiveness",
  "efficiency",
  "impact",
  "sustainability",
] as const;
const ZDacScoreSchema = z.object({
  score: z.number().int().min(1).max(4),
  note: z.string().max(2_000).optional(),
});
export const ZDacEvaluationSchema = z.object(
  Object.fromEntries(DAC_CRITERIA.map((c) => [c, ZDacScoreSchema.optional()])) as Record<
    (typeof DAC_CRITERIA)[number],
    z.ZodOptional<typeof ZDacScoreSchema>
  >,
);
export type TDacEvaluation = z.infer<typeof ZDacEvaluationSchema>;

/** Assistance delivered, or to be delivered, against a need. */
export const ZEngagementInputSchema = z
  .object({
    needId: ZIdSchema,
    offerId: ZIdSchema.optional(),
    providerId: ZIdSchema,
    status: ZEngagementStatusSchema.default("proposed"),
    startedOn: ZDateSchema.optional(),
    endedOn: ZDateSchema.optional(),
    description: z.string().max(5_000).default(""),
    evaluation: ZDacEvaluationSchema.optional(),
  })
  .refine((e) => !e.startedOn || !e.endedOn || e.endedOn >= e.startedOn, {
    message: "an engagement ends after it starts",
    path: ["endedOn"],
  });
export type TEngagementInput = z.infer<typeof ZEngagementInputSchema>;

export const MATCH_KINDS = ["offer", "expertise", "expert", "need", "state"] as const;
export const ZMatchSchema = z.object({
  needId: ZIdSchema.optional(),
  candidateId: ZIdSchema,
  kind: z.enum(MATCH_KINDS),
  score: z.number(),
  reasons: z.array(z.string()),
});
export type TMatch = z.infer<typeof ZMatchSchema>;

export const ZUserSchema = z
  .object({
    id: ZIdSchema,
    email: z.email(),
    name: z.string().min(1).max(200),
    role: ZRoleSchema,
    state: ZIso3Schema.optional(),
    providerId: ZIdSchema.optional(),
    locale: z.enum(["en", "fr", "es"]).default("en"),
  })
  .refine((u) => u.role !== "state" || !!u.state, {
    message: "a State focal point acts for one State",
    path: ["state"],
  })
  .refine((u) => u.role !== "provider" || !!u.providerId, {
    message: "a provider user acts for one provider",
    path: ["providerId"],
  });
export type TUser = z.infer<typeof ZUserSchema>;
export type TRole = z.infer<typeof ZRoleSchema>;
