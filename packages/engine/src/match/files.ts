import {
  CATEGORY_IDS,
  CHAPTER_IDS,
  MODALITY_IDS,
  NEED_STATUSES,
  REGIONAL_GROUP_IDS,
} from "@tahub/domain";
import { z } from "zod";
import { CANDIDATE_KINDS } from "./types.js";

/**
 * JSON Lines formats of the match evaluation files (documented in the engine README). Text may
 * be empty for needs (matched by article then); ids are strings.
 */
const ZArticles = z.array(z.number().int().min(1).max(71)).default([]);

export const ZMatchNeedLineSchema = z.object({
  id: z.string().min(1),
  text: z.string().default(""),
  category: z.enum(CATEGORY_IDS).nullable().optional(),
  categories: z.array(z.enum(CATEGORY_IDS)).optional(),
  articles: ZArticles,
  chapter: z.enum(CHAPTER_IDS).nullable().optional(),
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .optional(),
  language: z.string().optional(),
  status: z.enum(NEED_STATUSES).optional(),
  supportCount: z.number().int().min(0).optional(),
});

export const ZMatchCandidateLineSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(CANDIDATE_KINDS),
  provider: z.string().optional(),
  providerState: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .optional(),
  text: z.string().min(1),
  articles: ZArticles,
  categories: z.array(z.enum(CATEGORY_IDS)).default([]),
  modalities: z.array(z.enum(MODALITY_IDS)).default([]),
  regions: z.array(z.enum(REGIONAL_GROUP_IDS)).default([]),
  languages: z.array(z.string()).default([]),
  southSouth: z.boolean().optional(),
  capacity: z.number().int().min(0).optional(),
  period: z.object({ from: z.string().optional(), to: z.string().optional() }).optional(),
  status: z.enum(["open", "closed"]).optional(),
  deliveredTo: z.array(z.string()).optional(),
});

export const ZQrelLineSchema = z.object({
  need: z.string().min(1),
  candidate: z.string().min(1),
  relevance: z.number().int().min(0).max(3),
});

export interface LineError {
  line: number;
  message: string;
}

/** Parses JSON Lines with a schema; blank lines are skipped, bad lines are reported, not thrown. */
export function parseJsonLines<S extends z.ZodType>(
  text: string,
  schema: S,
): { records: z.infer<S>[]; errors: LineError[] } {
  const records: z.infer<S>[] = [];
  const errors: LineError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push({ line: i + 1, message: `not JSON: ${(e as Error).message}` });
      return;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
    else
      errors.push({
        line: i + 1,
        message: parsed.error.issues
          .map((is) => `${is.path.join(".") || "(line)"}: ${is.message}`)
          .join("; "),
      });
  });
  return { records, errors };
}
