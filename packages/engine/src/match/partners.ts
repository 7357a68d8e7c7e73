import { STATES_PARTIES, getState, type StateParty } from "@tahub/domain";
import { at } from "../util/at.js";
import type { MatchIndex } from "./build.js";
import { dayNumber } from "./build.js";
import { isoToday, legalTradition } from "./features.js";
import { candidateFilter, checkState, round, type MatchOptions } from "./match.js";
import type { MatchReason } from "./reasons.js";
import { articleScore, makeProbe, scoreSide, type Probe } from "./score.js";
import { UnknownStateError, type MatchNeed, type StateResult } from "./types.js";

/**
 * Weights of the partner score. Evidence features (what the State did) are in [0, 1] and weigh
 * the most; closeness features (region, language, tradition, South-South) only break ties
 * between States with evidence, unless `includeNearby` asks for States with none.
 */
export interface PartnerWeights {
  /** An agency of the State offers matching assistance that is open to the asking State. Default 1. */
  offers: number;
  /**
   * The State published a matching knowledge-bank entry. Default 1.5: the strongest evidence,
   * the State wrote down how it did it and shares it.
   */
  published: number;
  /** The State had a need on the same concept and met it. Default 1. */
  metNeed: number;
  /** The State's agencies delivered assistance on needs of the same concept (2+ engagements = 1). Default 0.8. */
  delivered: number;
  /** Same regional group. Default 0.1. */
  region: number;
  /** Same subregion. Default 0.05. */
  subregion: number;
  /** A shared UN language. Default 0.1. */
  language: number;
  /** Same coarse legal tradition (see `legalTradition`). Default 0.05. */
  tradition: number;
  /** Both States developing: South-South proper. Default 0.15. */
  southSouth: number;
}

export const DEFAULT_PARTNER_WEIGHTS: Readonly<PartnerWeights> = Object.freeze({
  offers: 1,
  published: 1.5,
  metNeed: 1,
  delivered: 0.8,
  // Closeness adds up to 0.45, less than half of any one piece of evidence: a near State with
  // weak evidence must not outrank a far State that published exactly what is asked.
  region: 0.1,
  subregion: 0.05,
  language: 0.1,
  tradition: 0.05,
  southSouth: 0.15,
});

export interface PartnerOptions extends Pick<MatchOptions, "today" | "limit"> {
  weights?: Partial<PartnerWeights>;
  /** Also list States with no evidence, by closeness alone. Default false. */
  includeNearby?: boolean;
  /**
   * Whether a record may serve as evidence (the API passes the caller's read rights, so a
   * restricted record neither names nor ranks a partner). Default: every record.
   */
  admit?: (recordId: string) => boolean;
}

interface Evidence {
  score: number;
  reason: MatchReason;
}

/**
 * Whether a record is about the same thing as the probe: it shares a domain concept (the
 * engine's lexicon joins synonyms and languages). Sharing an article is not enough, an article
 * covers many topics (article 9 is procurement AND public finances). A probe with no concept
 * falls back to close wording plus the same article.
 */
function sameConcept(
  p: Probe,
  concepts: readonly { id: string; label: string }[],
): { id: string; label: string; share: number } | undefined {
  if (p.concepts.length === 0) return undefined;
  const theirs = new Set(concepts.map((c) => c.id));
  const shared = p.concepts.filter((c) => theirs.has(c.id));
  const [first] = shared;
  if (!first) return undefined;
  return { id: first.id, label: first.label, share: shared.length / p.concepts.length };
}

/**
 * States ranked as partners for `state`'s `need`, by what they did:
 * - an agency of theirs offers matching assistance open to the asking State (regions, languages,
 *   status and period filters apply);
 * - they published a matching knowledge-bank entry;
 * - they had a need on the same concept and met it (status `met`);
 * - their agencies delivered assistance on needs of the same concept.
 * Closeness (region, subregion, language, legal tradition, both developing) only breaks ties.
 * Experts' nationalities and the host States of hubs or organisations are never evidence: only
 * records whose `providerState` says the provider acts for that State count. The asking State
 * itself is never listed. Throws `UnknownStateError` for an unknown `state`.
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
  const ctx: PartnerContext = {
    index,
    me,
    need,
    p: makeProbe(index, { ...need, state: me.iso3 }),
    admit: opts.admit ?? (() => true),
    today: opts.today ?? isoToday(),
  };
  const evidence = { ...candidateEvidence(ctx), ...needEvidence(ctx) };
  const withEvidence = new Set([
    ...evidence.offerBy.keys(),
    ...evidence.publishedBy.keys(),
    ...evidence.metBy.keys(),
    ...evidence.deliveredCount.keys(),
  ]);
  const candidates: StateParty[] = opts.includeNearby
    ? STATES_PARTIES.filter((s) => s.iso3 !== me.iso3)
    : [...withEvidence].map((s) => knownState(s));
  const out = candidates.map((s) => partnerResult(s, me, evidence, w));
  out.sort((a, b) => b.score - a.score || a.state.localeCompare(b.state));
  return out.slice(0, opts.limit ?? 10);
}

/** What gathering evidence for one partner search reads. */
interface PartnerContext {
  index: MatchIndex;
  /** The asking State. */
  me: StateParty;
  need: MatchNeed;
  p: Probe;
  admit: (recordId: string) => boolean;
  today: string;
}

/** The best evidence of each kind per State (upper-case code), and engagements delivered. */
interface PartnerEvidence {
  offerBy: Map<string, Evidence>;
  publishedBy: Map<string, Evidence>;
  metBy: Map<string, Evidence>;
  deliveredCount: Map<string, number>;
}

/** Keeps `e` for State `st` when it beats the evidence already kept. */
function keep(by: Map<string, Evidence>, st: string, e: Evidence): void {
  if (e.score > (by.get(st)?.score ?? 0)) by.set(st, e);
}

/** The State party of a code already checked (an invariant: it came from `getState`). */
function knownState(code: string): StateParty {
  const st = getState(code);
  if (!st) throw new Error(`${code} was kept as a partner but is not a State party`);
  return st;
}

/** Offers and knowledge-bank entries of providers acting for a State. */
function candidateEvidence({
  index,
  me,
  need,
  p,
  admit,
  today,
}: PartnerContext): Pick<PartnerEvidence, "offerBy" | "publishedBy"> {
  const offerBy = new Map<string, Evidence>();
  const publishedBy = new Map<string, Evidence>();
  const cs = index.candidates;
  if (cs.bm25.size === 0) return { offerBy, publishedBy };
  const open = candidateFilter(index, { state: me.iso3, language: need.language }, today);
  const eligible = (d: number) => {
    const c = at(cs.records, d);
    const st = c.providerState ? getState(c.providerState) : undefined;
    return c.kind !== "expert" && !!st && st.iso3 !== me.iso3 && open(d) && admit(c.id);
  };
  const scores = new Float32Array(cs.bm25.size);
  scoreSide(
    p,
    cs,
    false,
    {
      weights: { ...index.weights, region: 0, southSouth: 0, language: 0 },
      preferSouthSouth: false,
      today: dayNumber(today),
      includeClosed: false,
      filter: eligible,
    },
    scores,
  );
  let best = 0;
  for (const s of scores) if (s > best) best = s;
  cs.records.forEach((c, d) => {
    const score = scores[d] ?? -Infinity;
    if (best <= 0 || score === -Infinity) return;
    const s = score / best;
    // A real match only: half the best score or more, and about the same thing.
    if (s < 0.5) return;
    const topic = sameConcept(p, cs.concepts[d] ?? []);
    if (!topic && !(p.concepts.length === 0 && articleScore(p, cs, d) === 1)) return;
    // `eligible` admitted only records whose providerState is a State party.
    const st = knownState(c.providerState ?? "").iso3;
    if (c.kind === "offer")
      keep(offerBy, st, { score: s, reason: { kind: "offers-expertise", offerId: c.id } });
    else
      keep(publishedBy, st, {
        score: s,
        reason: { kind: "published-expertise", expertiseId: c.id },
      });
  });
  return { offerBy, publishedBy };
}

/** Needs: met needs of other States on the same concept, and who delivered on such needs. */
function needEvidence({
  index,
  me,
  need,
  p,
  admit,
}: PartnerContext): Pick<PartnerEvidence, "metBy" | "deliveredCount"> {
  const metBy = new Map<string, Evidence>();
  const deliveredCount = new Map<string, number>();
  const ns = index.needs;
  if (ns.bm25.size === 0) return { metBy, deliveredCount };
  const acc = new Float32Array(ns.bm25.size);
  const best = ns.bm25.accumulate(p.terms, acc);
  ns.records.forEach((r, d) => {
    if (r.id === need.id || !admit(r.id)) return;
    let topic = sameConcept(p, ns.concepts[d] ?? []);
    if (!topic && p.concepts.length === 0) {
      // No concept to compare: close wording and the same article, both.
      const text = best > 0 ? (acc[d] ?? 0) / best : 0;
      if (text >= 0.5 && articleScore(p, ns, d) === 1) topic = { id: "", label: "", share: text };
    }
    if (!topic) return;
    const st = r.state ? getState(r.state)?.iso3 : undefined;
    if (r.status === "met" && st && st !== me.iso3) {
      const s = 0.7 * topic.share + 0.3 * articleScore(p, ns, d);
      keep(metBy, st, {
        score: s,
        reason: { kind: "met-same-need", needId: r.id, concept: topic.id, label: topic.label },
      });
    }
    for (const by of new Set(r.deliveredBy ?? [])) {
      const code = getState(by)?.iso3;
      if (code && code !== me.iso3) deliveredCount.set(code, (deliveredCount.get(code) ?? 0) + 1);
    }
  });
  return { metBy, deliveredCount };
}

/** State `s` as a partner of `me`: its evidence, then closeness, weighted; with the reasons. */
function partnerResult(
  s: StateParty,
  me: StateParty,
  e: PartnerEvidence,
  w: PartnerWeights,
): StateResult {
  const tradition = legalTradition(me);
  const offer = e.offerBy.get(s.iso3);
  const published = e.publishedBy.get(s.iso3);
  const met = e.metBy.get(s.iso3);
  const delivered = e.deliveredCount.get(s.iso3) ?? 0;
  const shared = s.languages.filter((l) => me.languages.includes(l));
  const sameTradition = legalTradition(s) === tradition && tradition !== "other";
  const ss = me.developing && s.developing;
  const score =
    w.published * (published?.score ?? 0) +
    w.offers * (offer?.score ?? 0) +
    w.metNeed * (met?.score ?? 0) +
    w.delivered * Math.min(1, delivered / 2) +
    w.region * (s.group === me.group ? 1 : 0) +
    w.subregion * (s.subregion === me.subregion ? 1 : 0) +
    w.language * (shared.length > 0 ? 1 : 0) +
    w.tradition * (sameTradition ? 1 : 0) +
    w.southSouth * (ss ? 1 : 0);
  const reasons: MatchReason[] = [];
  if (published) reasons.push(published.reason);
  if (met) reasons.push(met.reason);
  if (offer) reasons.push(offer.reason);
  if (delivered > 0) reasons.push({ kind: "delivered-assistance", count: delivered });
  if (ss) reasons.push({ kind: "south-south", state: s.iso3 });
  if (s.subregion === me.subregion)
    reasons.push({ kind: "same-subregion", subregion: s.subregion });
  else if (s.group === me.group) reasons.push({ kind: "same-regional-group", region: s.group });
  if (shared.length > 0) reasons.push({ kind: "language", languages: shared });
  if (sameTradition) reasons.push({ kind: "legal-tradition", tradition });
  return { state: s.iso3, name: s.name, score: round(score), reasons };
}
