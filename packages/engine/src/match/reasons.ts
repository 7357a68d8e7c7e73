import {
  CATEGORIES,
  CHAPTERS,
  CLUSTERS,
  REGIONAL_GROUPS,
  getArticle,
  getState,
  type CategoryId,
  type ModalityId,
  type RegionalGroupId,
} from "@tahub/domain";
import type { LegalTradition } from "./features.js";

/**
 * Why a record matched, as data. The engine says WHAT it found; the portal words it in the
 * reader's language and the API resolves record titles only for callers who may read them.
 * A reason never carries prose: a sentence made here could not be translated, and a title
 * quoted here could leak a restricted record.
 *
 * Record ids (`needId`, `offerId`, `expertiseId`) name the record that is the evidence; the API
 * drops the whole reason when the caller may not read that record.
 */
export type MatchReason =
  // What the two records are about.
  | { kind: "shared-articles"; articles: number[] }
  | { kind: "same-cluster"; cluster: string; articles: number[] }
  | { kind: "same-chapter"; chapter: string }
  /** A domain concept both texts name (in any of their words or languages); `article` is its main provision. */
  | { kind: "same-concept"; concept: string; label: string; article?: number }
  /** Rare words both texts use, quoted from the matched record (so not translated). */
  | { kind: "shared-terms"; terms: string[] }
  /** The candidate's form of assistance fits the need's category. */
  | { kind: "form-of-assistance"; categories: CategoryId[]; modalities: ModalityId[] }
  // Who and where.
  | { kind: "language"; languages: string[] }
  /** Both States are developing (UN M49, historical; see `@tahub/domain` states). */
  | { kind: "south-south"; state: string }
  | { kind: "same-subregion"; subregion: string }
  /** The offer is limited to regions and this is one of them. */
  | { kind: "region"; region: RegionalGroupId }
  | { kind: "same-regional-group"; region: RegionalGroupId }
  | { kind: "legal-tradition"; tradition: LegalTradition }
  // Track record and load.
  | { kind: "delivered-to-state" }
  | { kind: "delivered-in-region"; count: number }
  | { kind: "full-capacity" }
  | { kind: "no-support-yet" }
  /** The need has waited this many days without support, and ranks a little higher for it (`waitingBonus`). */
  | { kind: "waiting"; days: number }
  // A State seen from a provider: its matching needs.
  | { kind: "matching-needs"; count: number; needId: string }
  | { kind: "unsupported-needs"; count: number }
  // A similar need.
  | { kind: "identified-by"; state: string }
  // Partner evidence: what the State did.
  /** An agency of the State offers matching assistance that is open to the asking State. */
  | { kind: "offers-expertise"; offerId: string }
  /** The State had a need on the same concept and met it. */
  | { kind: "met-same-need"; needId: string; concept: string; label: string }
  /** The State published a matching knowledge-bank entry. */
  | { kind: "published-expertise"; expertiseId: string }
  /** The State's agencies delivered (completed or ongoing) assistance on needs of the same concept. */
  | { kind: "delivered-assistance"; count: number };

export type MatchReasonKind = MatchReason["kind"];

/** Every kind, for exhaustive schemas and dictionaries. */
export const MATCH_REASON_KINDS = [
  "shared-articles",
  "same-cluster",
  "same-chapter",
  "same-concept",
  "shared-terms",
  "form-of-assistance",
  "language",
  "south-south",
  "same-subregion",
  "region",
  "same-regional-group",
  "legal-tradition",
  "delivered-to-state",
  "delivered-in-region",
  "full-capacity",
  "no-support-yet",
  "waiting",
  "matching-needs",
  "unsupported-needs",
  "identified-by",
  "offers-expertise",
  "met-same-need",
  "published-expertise",
  "delivered-assistance",
] as const satisfies readonly MatchReasonKind[];

/** The record a reason cites as evidence, if any (the API checks the caller may read it). */
export function citedRecord(r: MatchReason): string | undefined {
  switch (r.kind) {
    case "matching-needs":
    case "met-same-need":
      return r.needId;
    case "offers-expertise":
      return r.offerId;
    case "published-expertise":
      return r.expertiseId;
    default:
      return undefined;
  }
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  ar: "Arabic",
  zh: "Chinese",
  en: "English",
  fr: "French",
  ru: "Russian",
  es: "Spanish",
  pt: "Portuguese",
};

/**
 * An English sentence for a reason: for the command line and test failure messages only. The
 * portal translates reasons itself (apps/portal/src/i18n, keys `reason.*`).
 */
export function describeReason(r: MatchReason): string {
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  switch (r.kind) {
    case "shared-articles":
      return r.articles.map((a) => `same article ${a} (${getArticle(a)?.title ?? "?"})`).join("; ");
    case "same-cluster":
      return `same cluster: ${CLUSTERS.find((c) => c.id === r.cluster)?.label ?? r.cluster} (articles ${r.articles.join(", ")})`;
    case "same-chapter":
      return `same chapter ${r.chapter} (${CHAPTERS.find((c) => c.id === r.chapter)?.title ?? ""})`;
    case "same-concept":
      return `same topic: ${r.label}${r.article ? ` (article ${r.article})` : ""}`;
    case "shared-terms":
      return `shared terms: ${r.terms.join(", ")}`;
    case "form-of-assistance": {
      const names = r.categories.map(
        (c) => CATEGORIES.find((x) => x.id === c)?.name.toLowerCase() ?? c,
      );
      return `offers ${names.join(" and ")}${r.modalities.length ? ` (${r.modalities.join(", ")})` : ""}`;
    }
    case "language":
      return `works in ${r.languages.map((l) => LANGUAGE_NAMES[l] ?? l).join(" and ")}`;
    case "south-south":
      return `South-South: ${getState(r.state)?.name ?? r.state} is a developing State, like yours`;
    case "same-subregion":
      return `same subregion (${r.subregion})`;
    case "region":
      return `serves the ${REGIONAL_GROUPS.find((g) => g.id === r.region)?.name ?? r.region}`;
    case "same-regional-group":
      return "same regional group";
    case "legal-tradition":
      return `${r.tradition} tradition like yours`;
    case "delivered-to-state":
      return "already delivered to your State";
    case "delivered-in-region":
      return `delivered to ${plural(r.count, "State")} in your region`;
    case "full-capacity":
      return "provider at full capacity for now";
    case "no-support-yet":
      return "no support yet";
    case "waiting":
      return `waiting for support for ${plural(r.days, "day")}`;
    case "matching-needs":
      return `${plural(r.count, "matching need")}, best: ${r.needId}`;
    case "unsupported-needs":
      return `${r.count} without support yet`;
    case "identified-by":
      return `identified by ${getState(r.state)?.name ?? r.state}`;
    case "offers-expertise":
      return `offers the expertise (${r.offerId})`;
    case "met-same-need":
      return `had the same need (${r.label}) and met it (${r.needId})`;
    case "published-expertise":
      return `published matching expertise (${r.expertiseId})`;
    case "delivered-assistance":
      return `delivered assistance on the same topic (${plural(r.count, "engagement")})`;
  }
}
