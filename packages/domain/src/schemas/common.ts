import { z } from "zod";
import { CHAPTER_IDS } from "../convention/chapters.js";
import { CONFIDENTIALITY_TIERS, ENGAGEMENT_STATUSES, NEED_STATUSES } from "../lifecycle/index.js";
import { REGIONAL_GROUP_IDS, UN_LANGUAGES } from "../states/types.js";
import { CATEGORY_IDS, CYCLE1_CATEGORY_IDS, MODALITY_IDS } from "../taxonomy/index.js";
import { ROLE_IDS } from "../access/index.js";
import { PROVIDER_KINDS, PROVIDER_TYPES } from "../providers/index.js";
import {
  MAX_ARTICLES,
  MAX_DATE,
  MAX_ID,
  MAX_ISO3,
  MAX_LANGUAGE_CODE,
  MAX_TEXT,
  tooLong,
  tooMany,
} from "./limits.js";

export const ZIdSchema = z.string().min(1).max(MAX_ID, tooLong("an id", MAX_ID));
export const ZIso3Schema = z
  .string()
  .max(MAX_ISO3, { message: "must be an ISO 3166 alpha-3 code such as KEN", abort: true })
  .regex(/^[A-Za-z]{3}$/, "must be an ISO 3166 alpha-3 code such as KEN")
  .transform((s) => s.toUpperCase());
export const ZArticleSchema = z
  .number()
  .int("an article is a whole number")
  .min(1, "the Convention starts at article 1")
  .max(71, "the Convention ends at article 71");
export const ZArticlesSchema = z
  .array(ZArticleSchema)
  .max(MAX_ARTICLES, tooMany("articles (the Convention has 71)", MAX_ARTICLES));
export const ZChapterSchema = z.enum(CHAPTER_IDS);
export const ZCycleSchema = z.union([z.literal(1), z.literal(2)]);
export const ZCategorySchema = z.enum(CATEGORY_IDS);
export const ZCycle1CategorySchema = z.enum(CYCLE1_CATEGORY_IDS);
export const ZModalitySchema = z.enum(MODALITY_IDS);
export const ZRegionalGroupSchema = z.enum(REGIONAL_GROUP_IDS);
/** Languages are ISO 639-1; needs may be in any, matching privileges the six UN languages. */
export const ZLanguageSchema = z
  .string()
  .max(MAX_LANGUAGE_CODE, { message: "must be an ISO 639-1 code such as en", abort: true })
  .regex(/^[a-z]{2}$/, "must be an ISO 639-1 code such as en");
export const ZUnLanguageSchema = z.enum(UN_LANGUAGES);
export const ZNeedStatusSchema = z.enum(NEED_STATUSES);
export const ZConfidentialitySchema = z.enum(CONFIDENTIALITY_TIERS);
export const ZEngagementStatusSchema = z.enum(ENGAGEMENT_STATUSES);
export const ZRoleSchema = z.enum(ROLE_IDS);
export const ZProviderKindSchema = z.enum(PROVIDER_KINDS);
export const ZProviderTypeSchema = z.enum(PROVIDER_TYPES);

/**
 * ISO 4217 currency codes the runtime knows (Intl.supportedValuesOf, the CLDR list, which is what
 * Intl.NumberFormat can then write); the fallback keeps the common ones where it is missing.
 */
const CURRENCIES: ReadonlySet<string> = new Set(
  typeof Intl.supportedValuesOf === "function"
    ? Intl.supportedValuesOf("currency")
    : ["USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NOK", "SEK", "DKK", "KES", "XOF"],
);
export const isCurrency = (code: string): boolean => CURRENCIES.has(code);
export const ZCurrencySchema = z
  .string()
  .max(3, { message: "must be an ISO 4217 currency code such as USD or EUR", abort: true })
  .regex(/^[A-Za-z]{3}$/, "must be an ISO 4217 currency code such as USD or EUR")
  .transform((s) => s.toUpperCase())
  .refine(isCurrency, "is not an ISO 4217 currency code");
/** Calendar date as yyyy-mm-dd. */
export const ZDateSchema = z.iso.date().max(MAX_DATE, "must be a date as yyyy-mm-dd");

export const ZPeriodSchema = z
  .object({ from: ZDateSchema, to: ZDateSchema.optional() })
  .refine((p) => !p.to || p.to >= p.from, {
    message: "the period must end after it starts",
    path: ["to"],
  });

/** Free text of a need, offer or entry: never empty, bounded so one request cannot exhaust memory. */
export const ZTextSchema = z
  .string()
  .trim()
  .min(3, "the text is empty or too short")
  .max(MAX_TEXT, tooLong("the text", MAX_TEXT));

/**
 * A list of values from a closed set (categories, regions, languages...): never longer than the
 * set, since a value repeated is a mistake, not information.
 */
export const enumList = <T extends z.ZodEnum>(item: T, what: string) =>
  z.array(item).max(item.options.length, tooMany(what, item.options.length));
