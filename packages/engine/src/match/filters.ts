import { getState } from "@tahub/domain";
import type { MatchCandidate } from "./types.js";

/**
 * Hard filters: who a provider may be put in front of at all. They are not scores: an offer
 * limited to the African States is not "a bit worse" for Bangladesh, it is not open to it.
 * Each applies the same way in every path (candidates for a need, needs for a provider, partner
 * evidence); docs/matching.md lists where.
 *
 * Visibility (the caller's read rights) and expert consent are applied by the API, which knows
 * the caller and the records' tiers; these are the rules the records themselves state.
 */

/** What a provider says about whom it serves: an offer, or one offer of a provider. */
export interface Reach {
  /** Regional groups served; empty or absent = every region (a global offer). */
  regions?: readonly string[];
  /** Working languages; empty or absent = not stated (no language limit). */
  languages?: readonly string[];
  /** `closed` offers reach nobody. */
  status?: "open" | "closed";
  /** Last day of validity (yyyy-mm-dd); past it, the offer reaches nobody. */
  until?: string;
}

/** The need side of a filter: the State that asks, and the language the need is written in. */
export interface Asker {
  state?: string;
  language?: string;
}

/**
 * The languages a need can be served in: its own, and the State's official UN languages (a
 * Peruvian need written in English can still be served in Spanish). Empty when neither is known.
 */
export function askerLanguages(a: Asker): string[] {
  const st = a.state ? getState(a.state) : undefined;
  const out = new Set<string>();
  if (a.language) out.add(a.language.toLowerCase());
  for (const l of st?.languages ?? []) out.add(l);
  return [...out];
}

/**
 * A test of reaches against one asker, with the asker's group and languages looked up once (the
 * matcher calls it for every candidate). Unknown facts never exclude: a query with no State
 * passes the region filter, a need whose language nobody knows passes the language filter.
 * `today` is yyyy-mm-dd.
 */
export function admitter(asker: Asker, today?: string): (reach: Reach) => boolean {
  const group = asker.state ? getState(asker.state)?.group : undefined;
  const mine = askerLanguages(asker);
  return (reach) => {
    if (reach.status === "closed") return false;
    if (today && reach.until && reach.until.slice(0, 10) < today) return false;
    if (reach.regions?.length && group && !reach.regions.includes(group)) return false;
    if (reach.languages?.length && mine.length > 0) {
      const theirs = reach.languages.map((l) => l.toLowerCase());
      if (!mine.some((l) => theirs.includes(l))) return false;
    }
    return true;
  };
}

/** Whether `reach` admits a need of `asker` (see `admitter`). */
export function admits(reach: Reach, asker: Asker, today?: string): boolean {
  return admitter(asker, today)(reach);
}

/** Whether any of several reaches (a provider's open offers) admits the asker. */
export function anyAdmits(reaches: readonly Reach[], asker: Asker, today?: string): boolean {
  const test = admitter(asker, today);
  return reaches.some(test);
}

/**
 * What a candidate states about whom it serves. Knowledge-bank entries are documents, open to
 * every State and translatable, so their languages rank (the language weight) but never exclude;
 * offers and experts deliver assistance in person, in their working languages.
 */
export function reachOf(c: MatchCandidate): Reach {
  return {
    regions: c.regions,
    languages: c.kind === "expertise" ? undefined : c.languages,
    status: c.status,
    until: c.period?.to,
  };
}
