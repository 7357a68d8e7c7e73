/** Output schemas of the API: what callers may rely on. Inputs reuse the domain schemas. */
import {
  MAX_FILENAME,
  MAX_UPLOAD_BYTES,
  tooLong,
  ENGAGEMENT_ACTIONS,
  ENGAGEMENT_MOVE_IDS,
  ENGAGEMENT_STATUSES,
  NEED_STATUSES,
  ZCategorySchema,
  ZChapterSchema,
  ZConfidentialitySchema,
  ZNeedStatusSchema,
  ZRegionalGroupSchema,
} from "@tahub/domain";
import { z } from "zod";

const ZScoredCategorySchema = z.object({ id: ZCategorySchema, score: z.number() });
const ZScoredArticleSchema = z.object({ article: z.number().int(), score: z.number() });

export const ZClassificationSchema = z.object({
  categories: z.array(ZScoredCategorySchema),
  articles: z.array(ZScoredArticleSchema),
  chapter: ZChapterSchema.nullable(),
  evidence: z.array(z.string()),
  abstain: z.boolean(),
  /** Why the engine sent it to review (low-confidence, low-coverage, article-uncertain, ...). */
  reason: z.string().optional(),
  /** The second grouping the need spans or is contested with, when the engine sees one. */
  secondary: ZScoredCategorySchema.nullable().optional(),
  modelVersion: z.string(),
});
export type TClassification = z.infer<typeof ZClassificationSchema>;

export const ZNeedRowSchema = z.object({
  id: z.string(),
  state: z.string(),
  stateName: z.string(),
  region: ZRegionalGroupSchema,
  cycle: z.number().int(),
  chapter: ZChapterSchema.nullable(),
  articles: z.array(z.number().int()),
  text: z.string(),
  category: ZCategorySchema.nullable(),
  categories: z.array(ZCategorySchema),
  status: ZNeedStatusSchema,
  confidentiality: ZConfidentialitySchema,
  /** Calibrated probability of the top suggested category; null when never classified. */
  confidence: z.number().nullable(),
  needsReview: z.boolean(),
  identifiedOn: z.string().nullable(),
  genderResponsive: z.boolean(),
  /** Cycle-1 needs carry one of the nine predetermined categories instead of a cycle-2 grouping. */
  cycle1Category: z.string().nullable(),
  demo: z.boolean(),
});
export type TNeedRow = z.infer<typeof ZNeedRowSchema>;

const ZStatusChangeSchema = z.object({
  from: ZNeedStatusSchema.nullable(),
  to: ZNeedStatusSchema,
  at: z.string(),
  by: z.string().nullable(),
  note: z.string().nullable(),
});

const ZEvaluationOutSchema = z
  .record(z.string(), z.object({ score: z.number(), note: z.string().optional() }))
  .nullable();

export const ZEngagementRowSchema = z.object({
  id: z.string(),
  needId: z.string(),
  state: z.string(),
  needExcerpt: z.string(),
  offerId: z.string().nullable(),
  offerTitle: z.string().nullable(),
  providerId: z.string(),
  providerName: z.string(),
  status: z.enum(ENGAGEMENT_STATUSES),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  /** null where the offer behind it is restricted from the caller (it would quote the offer). */
  description: z.string().nullable(),
  /** The provider's OECD-DAC evaluation; null as the description is. */
  evaluation: ZEvaluationOutSchema,
  /** The State's OECD-DAC evaluation; null as the description is. */
  stateEvaluation: ZEvaluationOutSchema,
  /** The need status the delivery proposed, and the State's answer (null while pending). */
  proposedNeedStatus: z.enum(NEED_STATUSES).nullable(),
  needStatusDecision: z.enum(["confirmed", "rejected"]).nullable(),
  /** The version a move must name (optimistic concurrency: a stale one answers CONFLICT). */
  version: z.number().int(),
  createdAt: z.string(),
});

/** One entry of an engagement's history; `message` only for the parties and the secretariat. */
const ZEngagementEventSchema = z.object({
  action: z.enum(ENGAGEMENT_ACTIONS),
  from: z.enum(ENGAGEMENT_STATUSES).nullable(),
  to: z.enum(ENGAGEMENT_STATUSES),
  party: z.enum(["state", "provider", "secretariat"]),
  by: z.string().nullable(),
  at: z.string(),
  message: z.string().nullable(),
  needStatus: z.enum(NEED_STATUSES).nullable(),
});

export const ZEngagementDetailSchema = ZEngagementRowSchema.extend({
  /** The moves the caller may make now. */
  actions: z.array(z.enum([...ENGAGEMENT_MOVE_IDS, "confirm-status"])),
  history: z.array(ZEngagementEventSchema),
});

export const ZNeedDetailSchema = ZNeedRowSchema.extend({
  language: z.string(),
  sourceRef: z.string().nullable(),
  suggestion: ZClassificationSchema.nullable(),
  reviewAction: z.enum(["confirm", "correct"]).nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  statusHistory: z.array(ZStatusChangeSchema),
  engagements: z.array(ZEngagementRowSchema),
});
export type TNeedDetail = z.infer<typeof ZNeedDetailSchema>;

export const ZPageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int() });

/** Base64 takes 4 characters per 3 bytes: the longest encoding of a file within the limit. */
const MAX_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

export const ZFileSchema = z.object({
  filename: z.string().min(1).max(MAX_FILENAME, tooLong("the file name", MAX_FILENAME)),
  /** The file's bytes, base64. Checked before decoding, so an oversize upload is never decoded. */
  contentBase64: z
    .string()
    .max(MAX_BASE64, `The file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB`),
});
