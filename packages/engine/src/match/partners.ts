import { STATES_PARTIES, getState, type StateParty } from "@tahub/domain";
import type { MatchIndex } from "./build.js";
import { LEGAL_TRADITION_LABEL, isoToday, legalTradition } from "./features.js";
import { checkState, round, type MatchOptions } from "./match.js";
import { articleScore, makeProbe, scoreSide } from "./score.js";
import { dayNumber } from "./build.js";
import { UnknownStateError, type MatchNeed, type StateResult } from "./types.js";

/** Weights of the partner score; each feature is in [0, 1]. */
export interface PartnerWeights {
  /** The State offers matching expertise (its best candidate's match, scaled to the best). Default 1. */
  offers: number;
  /** The State had a similar need and met it (or partly). Default 0.8. */
  metNeed: number;
  /** Same regional group. Default 0.25. */
  region: number;
  /** Same subregion. Default 0.15. */
  subregion: number;
  /** A shared UN language. Default 0.2. */
  language: number;
  /** Same coarse legal tradition (see `legalTradition`). Default 0.15. */
  tradition: number;
  /** Both States developing: South-South proper. Default 0.3. */
  southSouth: number;
}

export const DEFAULT_PARTNER_WEIGHTS: Readonly<PartnerWeights> = Object.freeze({
  offers: 1,
  metNeed: 0.8,
  region: 0.25,
  subregion: 0.15,
  language: 0.2,
  tradition: 0.15,
  southSouth: 0.3,
});

export interface PartnerOptions extends Pick<MatchOptions, "today" | "limit"> {
  weights?: Partial<PartnerWeights>;
  /** Also list States with no offer and no met need, by closeness alone. Default false. */
  includeNearby?: boolean;
}

/**
 * States ranked as partners for `state`'s `need`, South-South first: States whose providers
 * offer matching expertise, States that had the same need and met it, and — as tie-breakers —
 * the same region and subregion, a shared language, a similar legal tradition, both developing.
 * The asking State itself is never listed. Throws `UnknownStateError` for an unknown `state`.
 */
export function partners(
  index: MatchIndex,
  state: string,
  need: MatchNeed,
  opts: PartnerOptions = {},
): StateResult[] {
  checkState(state);
  const me = getState(state);
  if (!me) throw new UnknownStateError(state);
  const w = { ...DEFAULT_PARTNER_WEIGHTS, ...opts.weights };
  const p = makeProbe(index, { ...need, state: me.iso3 });

  // Offers: best candidate per provider State.
  const offerBy = new Map<string, { score: number; id: string }>();
  const cs = index.candidates;
  if (cs.bm25.size > 0) {
    const scores = new Float32Array(cs.bm25.size);
    scoreSide(
      p,
      cs,
      false,
      {
        weights: { ...index.weights, region: 0, southSouth: 0, language: 0 },
        preferSouthSouth: false,
        today: dayNumber(opts.today ?? isoToday()),
        includeClosed: false,
      },
      scores,
    );
    let best = 0;
    for (const s of scores) if (s > best) best = s;
    cs.records.forEach((c, d) => {
      const st = c.providerState?.toUpperCase();
      if (!st || st === me.iso3 || !getState(st) || best <= 0) return;
      const s = scores[d]! / best;
      // Only real matches count as "offers the expertise": half the best score or more.
      if (s < 0.5) return;
      if (s > (offerBy.get(st)?.score ?? 0)) offerBy.set(st, { score: s, id: c.id });
    });
  }

  // Met needs: the most similar met or partly met need per State.
  const metBy = new Map<string, { score: number; id: string }>();
  const ns = index.needs;
  if (ns.bm25.size > 0) {
    const acc = new Float32Array(ns.bm25.size);
    const best = ns.bm25.accumulate(p.terms, acc);
    ns.records.forEach((r, d) => {
      const st = r.state?.toUpperCase();
      if (!ns.met[d] || !st || st === me.iso3 || !getState(st)) return;
      const s = 0.6 * (best > 0 ? acc[d]! / best : 0) + 0.4 * articleScore(p, ns, d);
      if (s < 0.4) return;
      if (s > (metBy.get(st)?.score ?? 0)) metBy.set(st, { score: s, id: r.id });
    });
  }

  const tradition = legalTradition(me);
  const candidates: StateParty[] = opts.includeNearby
    ? STATES_PARTIES.filter((s) => s.iso3 !== me.iso3)
    : [...new Set([...offerBy.keys(), ...metBy.keys()])].map((s) => getState(s)!);
  const out: StateResult[] = candidates.map((s) => {
    const offer = offerBy.get(s.iso3);
    const met = metBy.get(s.iso3);
    const shared = s.languages.filter((l) => me.languages.includes(l));
    const sameTradition = legalTradition(s) === tradition && tradition !== "other";
    const ss = me.developing && s.developing;
    const score =
      w.offers * (offer?.score ?? 0) +
      w.metNeed * (met?.score ?? 0) +
      w.region * (s.group === me.group ? 1 : 0) +
      w.subregion * (s.subregion === me.subregion ? 1 : 0) +
      w.language * (shared.length > 0 ? 1 : 0) +
      w.tradition * (sameTradition ? 1 : 0) +
      w.southSouth * (ss ? 1 : 0);
    const reasons = [
      offer ? `offers the expertise (${offer.id})` : undefined,
      met ? `had the same need and met it (${met.id})` : undefined,
      ss ? `South-South: developing State in ${s.subregion}` : undefined,
      s.subregion === me.subregion
        ? `same subregion (${s.subregion})`
        : s.group === me.group
          ? "same regional group"
          : undefined,
      shared.length > 0 ? `shares ${shared.map((l) => LANG[l] ?? l).join(" and ")}` : undefined,
      sameTradition ? `${LEGAL_TRADITION_LABEL[tradition]} tradition like yours` : undefined,
    ].filter((r): r is string => r !== undefined);
    return { state: s.iso3, name: s.name, score: round(score), reasons };
  });
  out.sort((a, b) => b.score - a.score || a.state.localeCompare(b.state));
  return out.slice(0, opts.limit ?? 10);
}

const LANG: Readonly<Record<string, string>> = {
  ar: "Arabic",
  zh: "Chinese",
  en: "English",
  fr: "French",
  ru: "Russian",
  es: "Spanish",
};
