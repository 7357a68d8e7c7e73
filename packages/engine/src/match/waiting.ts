import { getState, isOpen, type NeedStatus, type RegionalGroupId } from "@tahub/domain";
import { at } from "../util/at.js";
import { epochDay, type MatchIndex } from "./build.js";
import { ARTICLE_WORDS, isoToday } from "./features.js";
import { admitter, reachOf, type Asker } from "./filters.js";
import type { MatchCandidate, MatchNeed } from "./types.js";

/**
 * Equity views over the index (issue 13): the needs that have waited longest for support, and
 * regional programmes where needs of several States of one regional group coincide. Both read
 * the index as built; the API passes `admitNeed` / `admitOffer` so that only records the caller
 * may read are listed or counted.
 */

/** Statuses of a need that may still wait for support: in progress means someone is on it. */
export const WAITING_STATUSES: readonly NeedStatus[] = ["identified", "partially-met"];

export interface WaitingOptions {
  /** Only needs of States of this regional group. Default: every group. */
  region?: RegionalGroupId;
  /** Only needs that state this article. Default: any. */
  article?: number;
  /** Needs returned. Default 50. */
  limit?: number;
  /** Day to measure waiting and offer periods against, yyyy-mm-dd. Default: today (UTC). */
  today?: string;
  /** Whether a need may be listed (the caller's read rights). Default: every need. */
  admitNeed?: (id: string) => boolean;
  /** Whether an offer may be counted (the caller's read rights). Default: every offer. */
  admitOffer?: (id: string) => boolean;
}

export interface WaitingNeed {
  need: MatchNeed;
  /** Whole days since `need.waitingSince` (0 for a need recorded today or dated in the future). */
  days: number;
  /** Open offers that could serve the need (`servingOffers`). */
  offers: string[];
}

/**
 * Open needs (identified, partially met) that no engagement supports, oldest first by the day
 * they began waiting (`MatchNeed.waitingSince`), ties by id. A need with no such day is not
 * listed: without it, the list could not say how long it waited.
 */
export function waitingNeeds(index: MatchIndex, opts: WaitingOptions = {}): WaitingNeed[] {
  const today = opts.today ?? isoToday();
  const now = epochDay(today);
  const side = index.needs;
  const rows: { d: number; since: number }[] = [];
  side.records.forEach((n, d) => {
    const since = side.since[d] ?? 0;
    if (!since || !n.status || !WAITING_STATUSES.includes(n.status)) return;
    if ((n.supportCount ?? 0) > 0) return;
    if (opts.region && getState(n.state ?? "")?.group !== opts.region) return;
    if (opts.article !== undefined && !(n.articles ?? []).includes(opts.article)) return;
    if (opts.admitNeed && !opts.admitNeed(n.id)) return;
    rows.push({ d, since });
  });
  rows.sort((a, b) => a.since - b.since || cmp(at(side.records, a.d).id, at(side.records, b.d).id));
  return rows.slice(0, opts.limit ?? 50).map(({ d, since }) => ({
    need: at(side.records, d),
    days: Math.max(0, now - since),
    offers: servingOffers(index, d, today, opts.admitOffer),
  }));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The open offers that could serve need `nd` (an index into `index.needs`): offers the hard
 * filters admit for the need's State and language (regions, languages, status, period; see
 * `filters.ts`) and that are about its subject: they name one of its concepts or one of its
 * articles (stated or inferred from concepts, as the matcher places records). The filters alone
 * would count every offer open to a region, whatever it is about.
 */
export function servingOffers(
  index: MatchIndex,
  nd: number,
  today: string,
  admitOffer?: (id: string) => boolean,
): string[] {
  const needs = index.needs;
  const need = at(needs.records, nd);
  const admit = admitter({ state: need.state, language: need.language }, today);
  const concepts = new Set(at(needs.concepts, nd).map((c) => c.id));
  const c = index.candidates;
  const out: string[] = [];
  c.records.forEach((o, d) => {
    if (o.kind !== "offer" || !admit(reachOf(o))) return;
    const about =
      at(c.concepts, d).some((x) => concepts.has(x.id)) || sharesArticle(needs.art, nd, c.art, d);
    if (about && (!admitOffer || admitOffer(o.id))) out.push(o.id);
  });
  return out;
}

function sharesArticle(a: Uint32Array, da: number, b: Uint32Array, db: number): boolean {
  for (let w = 0; w < ARTICLE_WORDS; w++)
    if ((a[da * ARTICLE_WORDS + w] ?? 0) & (b[db * ARTICLE_WORDS + w] ?? 0)) return true;
  return false;
}

export interface ProgrammeOptions {
  /** Distinct States of one regional group whose open needs must name the concept. Default 3. */
  minStates?: number;
  /** Only this regional group. Default: every group. */
  region?: RegionalGroupId;
  /** Day to judge offer periods against, yyyy-mm-dd. Default: today (UTC). */
  today?: string;
  admitNeed?: (id: string) => boolean;
  admitOffer?: (id: string) => boolean;
}

export interface RegionalProgramme {
  region: RegionalGroupId;
  concept: string;
  /** The concept's English label (the API adds French and Spanish). */
  label: string;
  /** The concept's articles of the Convention. */
  articles: number[];
  /** The States and their open needs naming the concept, by State code. */
  states: { state: string; needs: MatchNeed[] }[];
  needCount: number;
  /**
   * Open offers about the concept that the filters admit for at least one of the programme's
   * needs, with the programme's States they reach; most States first.
   */
  offers: { offer: MatchCandidate; states: string[] }[];
}

/**
 * Regional programme proposals: the regional approach to technical assistance of the
 * secretariat's 2023 note to the Conference (CAC/COSP/2023, paras. 48-52), where needs shared by
 * several States of a region are met by one programme rather than one project per State. A
 * proposal is a (regional group, concept) on which open needs (`isOpen`: identified, in
 * progress, partially met) of at least `minStates` distinct States coincide; concepts are those
 * the matcher finds in the need's text (the engine's lexicon, any language). A need naming two
 * concepts may appear in two proposals: they are proposals for review, not a partition.
 * Ranked by States, then needs, then region and concept.
 */
export function regionalProgrammes(
  index: MatchIndex,
  opts: ProgrammeOptions = {},
): RegionalProgramme[] {
  const minStates = Math.max(1, opts.minStates ?? 3);
  const today = opts.today ?? isoToday();
  const offersOf = offersByConcept(index);
  const out: RegionalProgramme[] = [];
  for (const g of conceptGroups(index, opts).values()) {
    if (g.byState.size < minStates) continue;
    out.push(programmeOf(index, g, offersOf.get(g.concept) ?? [], today, opts.admitOffer));
  }
  out.sort(
    (a, b) =>
      b.states.length - a.states.length ||
      b.needCount - a.needCount ||
      cmp(a.region, b.region) ||
      cmp(a.concept, b.concept),
  );
  return out;
}

/** Open needs of one regional group that name one concept, by State code (need indices). */
interface ConceptGroup {
  region: RegionalGroupId;
  concept: string;
  label: string;
  articles: number[];
  byState: Map<string, number[]>;
}

/** The open needs the caller may read, grouped by (regional group, concept), in index order. */
function conceptGroups(index: MatchIndex, opts: ProgrammeOptions): Map<string, ConceptGroup> {
  const side = index.needs;
  const groups = new Map<string, ConceptGroup>();
  side.records.forEach((n, d) => {
    if (!n.status || !isOpen(n.status)) return;
    const st = getState(n.state ?? "");
    if (!st || (opts.region && st.group !== opts.region)) return;
    if (opts.admitNeed && !opts.admitNeed(n.id)) return;
    for (const c of at(side.concepts, d)) {
      const key = `${st.group}\u0000${c.id}`;
      let g = groups.get(key);
      if (!g) {
        g = {
          region: st.group,
          concept: c.id,
          label: c.label,
          articles: [...(c.articles ?? [])],
          byState: new Map(),
        };
        groups.set(key, g);
      }
      const list = g.byState.get(st.iso3) ?? [];
      list.push(d);
      g.byState.set(st.iso3, list);
    }
  });
  return groups;
}

/**
 * Offers by concept id (candidate indices), built once: looping over every candidate per
 * proposal would cost proposals x candidates on a large index.
 */
function offersByConcept(index: MatchIndex): Map<string, number[]> {
  const offersOf = new Map<string, number[]>();
  index.candidates.records.forEach((o, d) => {
    if (o.kind !== "offer") return;
    for (const c of at(index.candidates.concepts, d)) {
      const list = offersOf.get(c.id) ?? [];
      list.push(d);
      offersOf.set(c.id, list);
    }
  });
  return offersOf;
}

/** The proposal of one concept group: its States (by code), their needs, and the offers that reach them. */
function programmeOf(
  index: MatchIndex,
  g: ConceptGroup,
  offers: readonly number[],
  today: string,
  admitOffer: ((id: string) => boolean) | undefined,
): RegionalProgramme {
  const records = index.needs.records;
  const states = [...g.byState].sort(([a], [b]) => cmp(a, b)).map(([state, ds]) => ({ state, ds }));
  return {
    region: g.region,
    concept: g.concept,
    label: g.label,
    articles: g.articles,
    states: states.map(({ state, ds }) => ({ state, needs: ds.map((d) => at(records, d)) })),
    needCount: states.reduce((s, x) => s + x.ds.length, 0),
    offers: programmeOffers(
      index,
      offers,
      states.map(({ state, ds }) => ({ state, askers: ds.map((d) => askerOf(at(records, d))) })),
      today,
      admitOffer,
    ),
  };
}

const askerOf = (n: MatchNeed): Asker => ({ state: n.state, language: n.language });

function programmeOffers(
  index: MatchIndex,
  candidates: readonly number[],
  states: { state: string; askers: Asker[] }[],
  today: string,
  admitOffer?: (id: string) => boolean,
): { offer: MatchCandidate; states: string[] }[] {
  const tests = states.map(({ state, askers }) => ({
    state,
    admits: askers.map((a) => admitter(a, today)),
  }));
  const out: { offer: MatchCandidate; states: string[] }[] = [];
  for (const d of candidates) {
    const o = at(index.candidates.records, d);
    if (admitOffer && !admitOffer(o.id)) continue;
    const reach = reachOf(o);
    // Reaching a State means being open to one of its needs on the concept (region, language,
    // status and period: the same filters as every match).
    const reached = tests.filter((t) => t.admits.some((a) => a(reach))).map((t) => t.state);
    if (reached.length) out.push({ offer: o, states: reached });
  }
  out.sort(
    (a, b) =>
      b.states.length - a.states.length ||
      cmp(a.offer.provider ?? "", b.offer.provider ?? "") ||
      cmp(a.offer.id, b.offer.id),
  );
  return out;
}
