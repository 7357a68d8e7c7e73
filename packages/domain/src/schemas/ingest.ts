/**
 * Executive-summary ingestion (issue 14, part 4): the same schemas validate the API input, the
 * portal's form and the CLI's options.
 */
import { z } from "zod";
import {
  ZArticlesSchema,
  ZChapterSchema,
  ZCycleSchema,
  ZDateSchema,
  ZIso3Schema,
  ZLanguageSchema,
  ZTextSchema,
} from "./common.js";
import {
  MAX_FILENAME,
  MAX_ID,
  MAX_SUMMARY_CHARS,
  MAX_SUMMARY_NEEDS,
  MAX_SUMMARY_UPLOAD_BYTES,
  MAX_TEXT,
  MAX_TITLE,
  tooLong,
  tooMany,
} from "./limits.js";

/** The file types a summary may come in. */
export const SUMMARY_FILE_TYPES = ["txt", "docx", "pdf"] as const;
export type SummaryFileType = (typeof SUMMARY_FILE_TYPES)[number];

/** The file type named by a file name's extension, or null when it is not one TA Hub reads. */
export function summaryFileType(filename: string): SummaryFileType | null {
  const ext = /\.([a-z0-9]+)$/i.exec(filename.trim())?.[1]?.toLowerCase();
  return (SUMMARY_FILE_TYPES as readonly string[]).includes(ext ?? "")
    ? (ext as SummaryFileType)
    : null;
}

/**
 * Why a summary was refused. The API sends the reason in `error.data.details.reason` so the
 * portal says it in the reader's language; the message beside it is English.
 */
export const INGEST_ERROR_REASONS = [
  "unsupported-type",
  "too-large",
  "empty",
  "corrupt-docx",
  "corrupt-pdf",
  "pdf-no-text",
  "not-utf8",
  "too-long",
  "no-needs",
] as const;
export type IngestErrorReason = (typeof INGEST_ERROR_REASONS)[number];

/** Which chapters a cycle reviews: cycle 1 chapters III and IV, cycle 2 chapters II and V. */
export const REVIEWED_CHAPTERS = { 1: ["III", "IV"], 2: ["II", "V"] } as const;

/** Base64 takes 4 characters per 3 bytes: the longest encoding of a file within the limit. */
const MAX_SUMMARY_BASE64 = Math.ceil(MAX_SUMMARY_UPLOAD_BYTES / 3) * 4;
const mb = (b: number) => `${b / (1024 * 1024)} MB`;

const ZSummaryMetaObject = z.object({
  state: ZIso3Schema,
  cycle: ZCycleSchema.default(2),
  chapter: ZChapterSchema,
  language: ZLanguageSchema.default("en"),
});

const reviewed = (m: { cycle: 1 | 2; chapter: string }) =>
  (REVIEWED_CHAPTERS[m.cycle] as readonly string[]).includes(m.chapter);
const reviewedMessage = {
  message: "cycle 1 reviews chapters III and IV, cycle 2 chapters II and V",
  path: ["chapter"],
};

export const ZSummaryFileSchema = z.object({
  filename: z.string().trim().min(1).max(MAX_FILENAME, tooLong("the file name", MAX_FILENAME)),
  /** The file's bytes, base64; its length is checked before it is decoded. */
  contentBase64: z
    .string()
    .max(MAX_SUMMARY_BASE64, `The file is larger than ${mb(MAX_SUMMARY_UPLOAD_BYTES)}`),
});

/** Pasted text, or an uploaded file: exactly one. */
export const ZSummarySourceSchema = z.union([
  z.object({
    text: z
      .string()
      .max(MAX_SUMMARY_CHARS, tooLong("the summary", MAX_SUMMARY_CHARS))
      .refine((s) => s.trim().length > 0, "paste the technical assistance section"),
  }),
  z.object({ file: ZSummaryFileSchema }),
]);

export const ZSummaryPreviewInputSchema = ZSummaryMetaObject.extend({
  source: ZSummarySourceSchema,
}).refine(reviewed, reviewedMessage);
export type TSummaryPreviewInput = z.infer<typeof ZSummaryPreviewInputSchema>;

/** One need as the user confirms it (after merging, splitting, editing or removing). */
export const ZIngestNeedSchema = z.object({
  text: ZTextSchema,
  articles: ZArticlesSchema.default([]),
  /** The paragraph of the summary the need was read from. */
  paragraph: z.string().max(MAX_TEXT, tooLong("the source paragraph", MAX_TEXT)).default(""),
  heading: z
    .string()
    .max(MAX_TITLE * 2, tooLong("the heading", MAX_TITLE * 2))
    .nullable()
    .default(null),
});
export type TIngestNeed = z.infer<typeof ZIngestNeedSchema>;

export const ZSummaryCommitInputSchema = ZSummaryMetaObject.extend({
  /** The uploaded file's name, when there was one (kept with each need's source). */
  filename: z
    .string()
    .trim()
    .max(MAX_FILENAME, tooLong("the file name", MAX_FILENAME))
    .nullable()
    .default(null),
  /**
   * The day the executive summary was finalised. The figures count a State's needs as at its
   * summary's day, so a State with no summary of this cycle on record gets one, on this day
   * (default: today). A summary already on record is kept as it is.
   */
  finalisedOn: ZDateSchema.refine(
    (d) => d <= new Date().toISOString().slice(0, 10),
    "a summary cannot be finalised after today",
  ).optional(),
  needs: z
    .array(ZIngestNeedSchema)
    .min(1, "keep at least one need")
    .max(MAX_SUMMARY_NEEDS, tooMany("needs from one summary", MAX_SUMMARY_NEEDS)),
}).refine(reviewed, reviewedMessage);
export type TSummaryCommitInput = z.infer<typeof ZSummaryCommitInputSchema>;

/**
 * Where a need came from, stored structured with it (`Need.source`): the executive summary
 * ingestion that brought it in, and the paragraph it was read from.
 */
export const ZNeedSourceSchema = z.object({
  kind: z.literal("executive-summary"),
  /** Shared by every need of one ingestion (also the audit entry's id). */
  ingestId: z.string().max(MAX_ID),
  filename: z.string().max(MAX_FILENAME).nullable(),
  paragraph: z.string().max(MAX_TEXT),
  heading: z
    .string()
    .max(MAX_TITLE * 2)
    .nullable(),
  /** 0-based position of the need in the confirmed list. */
  position: z.number().int().min(0),
});
export type TNeedSource = z.infer<typeof ZNeedSourceSchema>;
