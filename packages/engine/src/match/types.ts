import type { CategoryId, ModalityId, NeedStatus, RegionalGroupId } from "@tahub/domain";
import type { Reach } from "./filters.js";
import type { MatchReason } from "./reasons.js";

/**
 * The plain objects the matcher takes. They are the subset of the domain records
 * (`TNeed`, `TOffer`, `TExpertiseInput`, `TExpertInput` in `@tahub/domain`) that matching
 * reads, flattened so the API can build them from one query each and the CLI from JSON Lines.
 */
export interface MatchNeed {
  id: string;
  /** Free text of the need; may be empty when only the article is known. */
  text: string;
  /** ISO 3166 alpha-3 of the State that identified the need. Optional for ad-hoc queries. */
  state?: string;
  articles?: readonly number[];
  /** The main cycle-2 category (`TNeed.category`). */
  category?: CategoryId | null;
  /** Every cycle-2 category the need spans (`TNeed.categories`). */
  categories?: readonly CategoryId[];
  /** Chapter for chapter-general needs ("II", "V"). */
  chapter?: string | null;
  language?: string;
  status?: NeedStatus;
  /** How many engagements already support this need (0 = nobody yet). Feeds the equity term. */
  supportCount?: number;
  /**
   * The day (yyyy-mm-dd) since which the need has waited for support: when it was identified,
   * or recorded if that is unknown. Set only for an open need that no engagement supports yet;
   * absent, the need is not waiting and gets no waiting bonus (`waiting.ts`).
   */
  waitingSince?: string;
  /**
   * States whose agencies delivered assistance on this need (engagements completed or ongoing
   * by a provider acting for that State): partner evidence "delivered assistance".
   */
  deliveredBy?: readonly string[];
}

export const CANDIDATE_KINDS = ["offer", "expertise", "expert"] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** An offer, a knowledge-bank expertise entry or an expert from the directory. */
export interface MatchCandidate {
  id: string;
  kind: CandidateKind;
  /** Provider name (offers), sharing State or provider (expertise), expert's name (experts). */
  provider?: string;
  /**
   * The State party the provider acts for: a State agency or bilateral donor, or the State that
   * published a knowledge-bank entry. It makes the record evidence about that State (partners,
   * South-South). Hubs, UN agencies, other organisations and experts act for no State: an
   * expert's nationality or a hub's host country is `basedIn`, never this.
   */
  providerState?: string;
  /** Where the provider or expert is based (ISO3), for regional proximity only. */
  basedIn?: string;
  /** Title + description, or an expert's summary and areas. */
  text: string;
  articles?: readonly number[];
  categories?: readonly CategoryId[];
  /** Forms of assistance (offers); mapped to categories through `MODALITY_CATEGORIES`. */
  modalities?: readonly ModalityId[];
  /** Regional groups the provider serves; empty or absent = worldwide. */
  regions?: readonly RegionalGroupId[];
  /** Languages the provider works in (ISO 639-1). */
  languages?: readonly string[];
  /** The provider declares the offer South-South cooperation. */
  southSouth?: boolean;
  /** Engagements the provider can still take on; 0 = full. Absent = not stated. */
  capacity?: number;
  /** Validity of the offer (yyyy-mm-dd); offers past `to` are dropped. */
  period?: { from?: string; to?: string };
  /** `closed` offers are never returned. */
  status?: "open" | "closed";
  /** States this candidate already delivered assistance to (for "delivered to 2 States in your region"). */
  deliveredTo?: readonly string[];
}

/** One ranked answer with the reasons it matched, as data (see `MatchReason`). */
export interface MatchResult<T = MatchCandidate> {
  id: string;
  score: number;
  reasons: MatchReason[];
  item: T;
}

export interface NeedMatches {
  offers: MatchResult[];
  expertise: MatchResult[];
  experts: MatchResult[];
  /** The three lists merged, best first. */
  all: MatchResult[];
}

export interface StateResult {
  state: string;
  name: string;
  score: number;
  reasons: MatchReason[];
}

/** A candidate offer, or a provider described by its offers, looking for needs. */
export interface ProviderQuery {
  text: string;
  provider?: string;
  providerState?: string;
  articles?: readonly number[];
  categories?: readonly CategoryId[];
  modalities?: readonly ModalityId[];
  regions?: readonly RegionalGroupId[];
  languages?: readonly string[];
  southSouth?: boolean;
  /**
   * Whom the provider's offers reach, one entry per open offer: a need is returned only if one
   * of them admits it (`admits`). Absent: `regions` and `languages` above, as one offer.
   */
  reach?: readonly Reach[];
}

/** Thrown when a State code is given that is not a UNCAC State party (typo, non-party, "EU"). */
export class UnknownStateError extends Error {
  constructor(readonly code: string) {
    super(`Unknown UNCAC State party "${code}": expected an ISO 3166 alpha-3 code such as KEN`);
    this.name = "UnknownStateError";
  }
}
