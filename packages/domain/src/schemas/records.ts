import { z } from "zod";
import { DELIVERY_NEED_STATUSES } from "../lifecycle/index.js";
import {
  ZArticlesSchema,
  ZCategorySchema,
  ZChapterSchema,
  ZConfidentialitySchema,
  ZCycle1CategorySchema,
  ZCycleSchema,
  ZDateSchema,
  ZIdSchema,
  ZIso3Schema,
  ZLanguageSchema,
  ZModalitySchema,
  ZNeedStatusSchema,
  ZPeriodSchema,
  ZCurrencySchema,
  ZProviderKindSchema,
  ZProviderTypeSchema,
  ZRegionalGroupSchema,
  ZRoleSchema,
  ZTextSchema,
  ZUnLanguageSchema,
  enumList,
} from "./common.js";
import {
  MAX_AREA,
  MAX_AREAS,
  MAX_CONTACT,
  MAX_CV_DATE,
  MAX_CV_ENTRIES,
  MAX_EMAIL,
  MAX_LABEL,
  MAX_LANGUAGES,
  MAX_NAME,
  MAX_NOTE,
  MAX_PHRASE,
  MAX_PHRASES,
  MAX_PUBLICATION,
  MAX_PUBLICATIONS,
  MAX_SCORED,
  MAX_SOURCE_REF,
  MAX_SUMMARY,
  MAX_TITLE,
  MAX_URL,
  MAX_BUDGET,
  MAX_DURATION_MONTHS,
  tooBig,
  tooLong,
  tooMany,
} from "./limits.js";

/** A string of at most `max` characters whose error says so in plain words. */
const capped = (what: string, max: number) => z.string().max(max, tooLong(what, max));

/** What a State (or the secretariat on its behalf) submits. */
export const ZNeedInputSchema = z.object({
  state: ZIso3Schema,
  cycle: ZCycleSchema.default(2),
  chapter: ZChapterSchema.optional(),
  articles: ZArticlesSchema.default([]),
  text: ZTextSchema,
  language: ZLanguageSchema.default("en"),
  sourceRef: capped("the source reference", MAX_SOURCE_REF).optional(),
  confidentiality: ZConfidentialitySchema.default("public"),
  genderResponsive: z.boolean().default(false),
  identifiedOn: ZDateSchema.optional(),
  /** Set when the category is known at submission (e.g. an import of categorised needs). */
  category: ZCategorySchema.optional(),
  cycle1Category: ZCycle1CategorySchema.optional(),
});
export type TNeedInput = z.infer<typeof ZNeedInputSchema>;

export const ZCategorisationSchema = z.object({
  categories: z
    .array(z.object({ id: ZCategorySchema, score: z.number().min(0).max(1) }))
    .max(MAX_SCORED, tooMany("scored categories", MAX_SCORED)),
  articles: z
    .array(z.object({ article: z.number().int(), score: z.number().min(0).max(1) }))
    .max(MAX_SCORED, tooMany("scored articles", MAX_SCORED)),
  chapter: ZChapterSchema.nullable(),
  evidence: z
    .array(capped("an evidence phrase", MAX_PHRASE))
    .max(MAX_PHRASES, tooMany("evidence phrases", MAX_PHRASES)),
  abstain: z.boolean(),
  modelVersion: capped("the model version", MAX_LABEL),
});
export type TCategorisation = z.infer<typeof ZCategorisationSchema>;

export const ZNeedSchema = ZNeedInputSchema.extend({
  id: ZIdSchema,
  chapter: ZChapterSchema.nullable(),
  status: ZNeedStatusSchema,
  category: ZCategorySchema.nullable(),
  categories: enumList(ZCategorySchema, "categories"),
  suggestion: ZCategorisationSchema.nullable(),
  reviewedBy: ZIdSchema.nullable(),
  reviewedAt: capped("the review time", MAX_LABEL).nullable(),
  demo: z.boolean(),
});
export type TNeed = z.infer<typeof ZNeedSchema>;

export const ZProviderInputSchema = z.object({
  name: z.string().trim().min(2).max(MAX_NAME, tooLong("the name", MAX_NAME)),
  kind: ZProviderKindSchema,
  /** The State a national agency or bilateral donor acts for; empty for IOs, NGOs, UNODC. */
  state: ZIso3Schema.optional(),
  regions: enumList(ZRegionalGroupSchema, "regional groups").default([]),
  website: z.url().max(MAX_URL, tooLong("the web address", MAX_URL)).optional(),
  description: capped("the description", MAX_SUMMARY).optional(),
});
export type TProviderInput = z.infer<typeof ZProviderInputSchema>;
export const ZProviderSchema = ZProviderInputSchema.extend({ id: ZIdSchema, demo: z.boolean() });
export type TProvider = z.infer<typeof ZProviderSchema>;

export const ZOfferInputSchema = z.object({
  providerId: ZIdSchema,
  title: z.string().trim().min(3).max(MAX_TITLE, tooLong("the title", MAX_TITLE)),
  description: ZTextSchema,
  modalities: enumList(ZModalitySchema, "forms of assistance").min(
    1,
    "say at least one form of assistance",
  ),
  articles: ZArticlesSchema.default([]),
  categories: enumList(ZCategorySchema, "categories").default([]),
  regions: enumList(ZRegionalGroupSchema, "regional groups").default([]),
  languages: enumList(ZUnLanguageSchema, "languages").default(["en"]),
  period: ZPeriodSchema.optional(),
  /** How many engagements the provider can take on in the period. */
  capacity: z.number().int().min(0).max(10_000).optional(),
  southSouth: z.boolean().default(false),
  confidentiality: ZConfidentialitySchema.default("public"),
  // donors (issue 15, deliverable 4)
  /** The offer is designed to address gender equality. */
  genderResponsive: z.boolean().default(false),
  /** Bilateral, regional, global or multilateral; default: providerTypeFor the provider's kind. */
  providerType: ZProviderTypeSchema.optional(),
  /** Indicative budget range, whole units of `currency`. */
  budget: z
    .object({
      min: z.number().int().min(0).max(MAX_BUDGET, tooBig("the budget", MAX_BUDGET)).optional(),
      max: z.number().int().min(0).max(MAX_BUDGET, tooBig("the budget", MAX_BUDGET)).optional(),
      currency: ZCurrencySchema,
    })
    .refine((b) => b.min !== undefined || b.max !== undefined, {
      message: "give at least the lower or the upper end of the budget",
      path: ["min"],
    })
    .refine((b) => b.min === undefined || b.max === undefined || b.max >= b.min, {
      message: "the upper end of the budget is below the lower end",
      path: ["max"],
    })
    .optional(),
  /** How long the assistance lasts, in months (at most 10 years). */
  durationMonths: z.number().int().min(1).max(MAX_DURATION_MONTHS).optional(),
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
    title: z.string().trim().min(3).max(MAX_TITLE, tooLong("the title", MAX_TITLE)),
    description: ZTextSchema,
    articles: ZArticlesSchema.default([]),
    categories: enumList(ZCategorySchema, "categories").default([]),
    languages: enumList(ZUnLanguageSchema, "languages").default(["en"]),
    contact: capped("the contact", MAX_CONTACT).optional(),
    confidentiality: ZConfidentialitySchema.default("public"),
  })
  .refine((e) => e.state || e.providerId, {
    message: "name the State or the provider sharing it",
    path: ["state"],
  });
export type TExpertiseInput = z.infer<typeof ZExpertiseInputSchema>;

const ZCvEntrySchema = z.object({
  from: capped("the start date", MAX_CV_DATE),
  to: capped("the end date", MAX_CV_DATE).optional(),
  organization: capped("the organization", MAX_NAME),
  role: capped("the role", MAX_NAME),
  description: capped("the description", MAX_NOTE).optional(),
});
const cvList = <T extends z.ZodType>(entry: T, what: string) =>
  z.array(entry).max(MAX_CV_ENTRIES, tooMany(what, MAX_CV_ENTRIES));

/** Directory entry with the fields of a CV template used for TA expert rosters. */
export const ZExpertInputSchema = z.object({
  name: z.string().trim().min(2).max(MAX_NAME, tooLong("the name", MAX_NAME)),
  nationality: ZIso3Schema.optional(),
  email: z.email().max(MAX_EMAIL, tooLong("the e-mail address", MAX_EMAIL)).optional(),
  currentPosition: capped("the current position", MAX_NAME).optional(),
  organization: capped("the organization", MAX_NAME).optional(),
  summary: capped("the summary", MAX_SUMMARY).default(""),
  languages: z
    .array(ZLanguageSchema)
    .min(1)
    .max(MAX_LANGUAGES, tooMany("languages", MAX_LANGUAGES)),
  articles: ZArticlesSchema.default([]),
  areas: z
    .array(capped("an area of expertise", MAX_AREA))
    .max(MAX_AREAS, tooMany("areas of expertise", MAX_AREAS))
    .default([]),
  education: cvList(
    z.object({
      year: capped("the year", MAX_CV_DATE),
      degree: capped("the degree", MAX_NAME),
      institution: capped("the institution", MAX_NAME),
    }),
    "education entries",
  ).default([]),
  employment: cvList(ZCvEntrySchema, "employment entries").default([]),
  assignments: cvList(ZCvEntrySchema, "assignments").default([]),
  publications: z
    .array(capped("a publication", MAX_PUBLICATION))
    .max(MAX_PUBLICATIONS, tooMany("publications", MAX_PUBLICATIONS))
    .default([]),
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
  note: capped("the note", MAX_NOTE).optional(),
});
export const ZDacEvaluationSchema = z.object(
  Object.fromEntries(DAC_CRITERIA.map((c) => [c, ZDacScoreSchema.optional()])) as Record<
    (typeof DAC_CRITERIA)[number],
    z.ZodOptional<typeof ZDacScoreSchema>
  >,
);
export type TDacEvaluation = z.infer<typeof ZDacEvaluationSchema>;

/**
 * A provider's proposal of support for a need. It always starts as "proposed": every later
 * status is a move of the lifecycle (ZEngagementMoveSchema), never a field the caller sets.
 */
export const ZEngagementInputSchema = z
  .object({
    needId: ZIdSchema,
    offerId: ZIdSchema.optional(),
    providerId: ZIdSchema,
    startedOn: ZDateSchema.optional(),
    endedOn: ZDateSchema.optional(),
    description: capped("the description", MAX_SUMMARY).default(""),
  })
  .refine((e) => !e.startedOn || !e.endedOn || e.endedOn >= e.startedOn, {
    message: "an engagement ends after it starts",
    path: ["endedOn"],
  });
export type TEngagementInput = z.infer<typeof ZEngagementInputSchema>;

/** The message that goes with a move (an acceptance, a reason to decline, a delivery note). */
export const ZEngagementMessageSchema = capped("the message", MAX_NOTE).trim();

/** A move of the lifecycle other than evaluating (see ENGAGEMENT_MOVES for whose move it is). */
export const ZEngagementMoveSchema = z
  .object({
    id: ZIdSchema,
    /** The version the caller read: a stale one is refused with CONFLICT. */
    version: z.number().int().min(1),
    move: z.enum(["accept", "decline", "start", "deliver", "withdraw"]),
    message: ZEngagementMessageSchema.optional(),
    /** With `deliver` only: the need's status the delivery proposes to the State. */
    needStatus: z.enum(DELIVERY_NEED_STATUSES).optional(),
  })
  .refine((m) => m.move !== "decline" || !!m.message, {
    message: "say why the proposal is declined",
    path: ["message"],
  })
  .refine((m) => m.move !== "deliver" || !!m.needStatus, {
    message: "propose the need's new status: met or partially met",
    path: ["needStatus"],
  })
  .refine((m) => m.move === "deliver" || !m.needStatus, {
    message: "only a delivery proposes a status for the need",
    path: ["needStatus"],
  });
export type TEngagementMove = z.infer<typeof ZEngagementMoveSchema>;

/** One party's OECD-DAC evaluation of a delivered engagement: at least one criterion scored. */
export const ZEngagementEvaluateSchema = z.object({
  id: ZIdSchema,
  version: z.number().int().min(1),
  evaluation: ZDacEvaluationSchema.refine((e) => Object.values(e).some((c) => !!c), {
    message: "score at least one criterion",
  }),
  message: ZEngagementMessageSchema.optional(),
});
export type TEngagementEvaluate = z.infer<typeof ZEngagementEvaluateSchema>;

/** The State's answer to the need status a delivery proposed. */
export const ZEngagementDecisionSchema = z.object({
  id: ZIdSchema,
  version: z.number().int().min(1),
  confirm: z.boolean(),
  message: ZEngagementMessageSchema.optional(),
});
export type TEngagementDecision = z.infer<typeof ZEngagementDecisionSchema>;

export const MATCH_KINDS = ["offer", "expertise", "expert", "need", "state"] as const;
export const ZMatchSchema = z.object({
  needId: ZIdSchema.optional(),
  candidateId: ZIdSchema,
  kind: z.enum(MATCH_KINDS),
  score: z.number(),
  reasons: z
    .array(capped("a reason", MAX_PHRASE))
    .max(MAX_PHRASES, tooMany("reasons", MAX_PHRASES)),
});
export type TMatch = z.infer<typeof ZMatchSchema>;

export const ZUserSchema = z
  .object({
    id: ZIdSchema,
    email: z.email().max(MAX_EMAIL, tooLong("the e-mail address", MAX_EMAIL)),
    name: z.string().min(1).max(MAX_NAME, tooLong("the name", MAX_NAME)),
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
