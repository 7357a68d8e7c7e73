/**
 * Match reasons as the API returns them: the engine's typed `MatchReason`s, with the records
 * they cite resolved to titles for callers who may read them, and concept names in the three
 * portal languages. The portal words each kind itself (i18n keys `reason.*`); nothing here is a
 * sentence.
 */
import { CATEGORY_IDS, MODALITY_IDS, REGIONAL_GROUP_IDS } from "@tahub/domain";
import { citedRecord, getConcept, LEGAL_TRADITIONS, type MatchReason } from "@tahub/engine";
import { z } from "zod";
import type { SessionUser } from "../auth/user.js";
import { visibleTo, type MatchData } from "./matcher.js";
import { excerpt } from "../lib/excerpt.js";

const ZArticle = z.number().int().min(1).max(71);
const ZRegion = z.enum(REGIONAL_GROUP_IDS);
/** A concept's name in each portal language (the lexicon's first term where it has one). */
export const ZLabels = z.object({ en: z.string(), fr: z.string(), es: z.string() });
/** The cited record's title, resolved only for a caller who may read it. */
const ZTitle = z.string();

export const ZMatchReasonSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("shared-articles"), articles: z.array(ZArticle) }),
  z.object({ kind: z.literal("same-cluster"), cluster: z.string(), articles: z.array(ZArticle) }),
  z.object({ kind: z.literal("same-chapter"), chapter: z.string() }),
  z.object({
    kind: z.literal("same-concept"),
    concept: z.string(),
    labels: ZLabels,
    article: ZArticle.optional(),
  }),
  z.object({ kind: z.literal("shared-terms"), terms: z.array(z.string()) }),
  z.object({
    kind: z.literal("form-of-assistance"),
    categories: z.array(z.enum(CATEGORY_IDS)),
    modalities: z.array(z.enum(MODALITY_IDS)),
  }),
  z.object({ kind: z.literal("language"), languages: z.array(z.string()) }),
  z.object({ kind: z.literal("south-south"), state: z.string() }),
  z.object({ kind: z.literal("same-subregion"), subregion: z.string() }),
  z.object({ kind: z.literal("region"), region: ZRegion }),
  z.object({ kind: z.literal("same-regional-group"), region: ZRegion }),
  z.object({ kind: z.literal("legal-tradition"), tradition: z.enum(LEGAL_TRADITIONS) }),
  z.object({ kind: z.literal("delivered-to-state") }),
  z.object({ kind: z.literal("delivered-in-region"), count: z.number().int() }),
  z.object({ kind: z.literal("full-capacity") }),
  z.object({ kind: z.literal("no-support-yet") }),
  z.object({ kind: z.literal("waiting"), days: z.number().int().min(0) }),
  z.object({
    kind: z.literal("matching-needs"),
    count: z.number().int(),
    needId: z.string(),
    title: ZTitle,
  }),
  z.object({ kind: z.literal("unsupported-needs"), count: z.number().int() }),
  z.object({ kind: z.literal("identified-by"), state: z.string() }),
  z.object({ kind: z.literal("offers-expertise"), offerId: z.string(), title: ZTitle }),
  z.object({
    kind: z.literal("met-same-need"),
    needId: z.string(),
    title: ZTitle,
    concept: z.string(),
    labels: ZLabels,
  }),
  z.object({ kind: z.literal("published-expertise"), expertiseId: z.string(), title: ZTitle }),
  z.object({ kind: z.literal("delivered-assistance"), count: z.number().int() }),
]);
export type TMatchReason = z.infer<typeof ZMatchReasonSchema>;

export function labelsOf(concept: string, label: string): z.infer<typeof ZLabels> {
  const c = getConcept(concept);
  return { en: label, fr: c?.terms.fr[0] ?? label, es: c?.terms.es[0] ?? label };
}

const short = (title: string) => excerpt(title, 60);

/**
 * The reasons a caller may see. A reason that cites a record the caller may not read is
 * dropped whole (issue 12, H1): its title would quote a restricted record, and even its id or
 * a neutral placeholder would reveal that such a record exists.
 */
export function resolveReasons(
  reasons: readonly MatchReason[],
  data: MatchData,
  user: SessionUser | null,
): TMatchReason[] {
  const out: TMatchReason[] = [];
  for (const r of reasons) {
    const cited = citedRecord(r);
    const meta = cited === undefined ? undefined : data.meta.get(cited);
    if (cited !== undefined && (!meta || !visibleTo(user, meta))) continue;
    const title = short(meta?.title ?? "");
    switch (r.kind) {
      case "same-concept": {
        const { label, ...rest } = r;
        out.push({ ...rest, labels: labelsOf(r.concept, label) });
        break;
      }
      case "met-same-need": {
        const { label, ...rest } = r;
        out.push({ ...rest, title, labels: labelsOf(r.concept, label) });
        break;
      }
      case "matching-needs":
      case "offers-expertise":
      case "published-expertise":
        out.push({ ...r, title });
        break;
      default:
        out.push(r);
    }
  }
  return out;
}
