import { analyse, type Analysed } from "../text/index.js";
import type { WeightedTerm } from "./bm25.js";
import { termsOf, type MatchIndex, type Side } from "./build.js";
import type { FoundConcept } from "./concepts.js";
import { neutralTerms } from "./crosslang.js";
import {
  ARTICLE_WORDS,
  categoryMask,
  chapterMask,
  clusterMask,
  languageMask,
  regionBit,
  regionMask,
  stateOf,
  subregionIndex,
  validArticles,
  writeArticleMask,
} from "./features.js";
import type { MatchCandidate } from "./types.js";
import type { MatchWeights } from "./weights.js";

/** A query packed like one record of a side: a need looking for candidates, or a provider looking for needs. */
export interface Probe {
  analysed: Analysed;
  terms: WeightedTerm[];
  /** Cognate keys of the text (`crosslang.ts`), matched against each side's cognate index. */
  cognates: WeightedTerm[];
  concepts: FoundConcept[];
  articles: number[];
  art: Uint32Array;
  cluster: number;
  chapter: number;
  category: number;
  serves: number;
  home: number;
  sub: number;
  language: number;
  developing: boolean;
  southSouth: boolean;
  state?: string;
}

export interface ProbeInput {
  text: string;
  articles?: readonly number[];
  chapter?: string | null;
  categories?: readonly string[];
  category?: string | null;
  modalities?: MatchCandidate["modalities"];
  regions?: readonly string[];
  languages?: readonly string[];
  state?: string;
  southSouth?: boolean;
}

export function makeProbe(index: MatchIndex, q: ProbeInput): Probe {
  const analysed = analyse(q.text ?? "");
  const concepts = index.concepts(analysed);
  let articles = validArticles([...(q.articles ?? []), ...analysed.articles]);
  // A chapter-general need ("II" with no article) stays general: no article is inferred.
  if (articles.length === 0 && !q.chapter && index.inferArticles)
    articles = validArticles(concepts.flatMap((c) => c.articles ?? []));
  const stated = [...(q.categories ?? []), ...(q.category ? [q.category] : [])];
  const art = new Uint32Array(ARTICLE_WORDS);
  writeArticleMask(articles, art, 0);
  const st = stateOf(q.state);
  const home = regionBit(st?.group);
  const langs = q.languages?.length ? q.languages : st?.languages;
  return {
    analysed,
    terms: termsOf(analysed, concepts, index.weights),
    cognates: neutralTerms(analysed, concepts, index.weights),
    concepts,
    articles,
    art,
    cluster: clusterMask(articles),
    chapter: chapterMask(articles, q.chapter),
    // A query that states no form of assistance is read for cues ("training", "draft law").
    category: categoryMask(
      stated.length || q.modalities?.length ? stated : index.categories(analysed),
      q.modalities,
    ),
    serves: regionMask(q.regions),
    home,
    sub: st ? subregionIndex(st.subregion) : -1,
    language: languageMask(langs),
    developing: Boolean(st?.developing),
    southSouth: Boolean(q.southSouth),
    state: st?.iso3,
  };
}

export interface ScoreOptions {
  weights: MatchWeights;
  /** Multiply the South-South weight by `southSouthBoost`. */
  preferSouthSouth: boolean;
  /** yyyymmdd; records whose period ended before are dropped. */
  today: number;
  /** Keep closed offers and met needs (partner search wants met needs). */
  includeClosed: boolean;
  /** Only records for which this returns true (e.g. one kind). */
  filter?: (d: number) => boolean;
  /**
   * Today as an `epochDay`, to apply the waiting bonus to needs (`waitingBonus`); absent, no
   * bonus (candidates for a need, partners, similar needs do not wait).
   */
  waitingToday?: number;
}

/**
 * The waiting bonus as a multiplier of a need's text and concept evidence: 1 + `waiting` x
 * min(1, days / `waitingFullDays`). Multiplying (not adding) is what keeps it fair to the
 * subject: a need unrelated to the query has no evidence to multiply and is never lifted, and a
 * related need gains at most `waiting` (15%) of its own evidence. Negative days (a date in the
 * future) count as none.
 */
export function waitingBonus(
  days: number,
  w: Pick<MatchWeights, "waiting" | "waitingFullDays">,
): number {
  if (!(days > 0) || w.waiting <= 0) return 1;
  const share = w.waitingFullDays > 0 ? Math.min(1, days / w.waitingFullDays) : 1;
  return 1 + w.waiting * share;
}

/** Article overlap in [0, 1]: same article 1, same executive-summary cluster 0.6, same chapter 0.25. */
export function articleScore(p: Probe, side: Side<unknown>, d: number): number {
  const o = d * ARTICLE_WORDS;
  const a = p.art;
  const b = side.art;
  if (
    ((a[0] ?? 0) & (b[o] ?? 0)) |
    ((a[1] ?? 0) & (b[o + 1] ?? 0)) |
    ((a[2] ?? 0) & (b[o + 2] ?? 0))
  )
    return 1;
  if (p.cluster & (side.cluster[d] ?? 0)) return 0.6;
  if (p.chapter & (side.chapter[d] ?? 0)) return 0.25;
  return 0;
}

/**
 * Region fit in [0, 1] between a need-like record `n` and a provider-like record `c`: the provider
 * serves the need's group (1) or everybody (0.4), plus a bonus for a provider at home in the same
 * group (0.3) or the same subregion (0.3).
 */
function regionScore(
  nHome: number,
  nSub: number,
  cServes: number,
  cHome: number,
  cSub: number,
): number {
  if (!nHome) return 0;
  let r = cServes ? (cServes & nHome ? 1 : 0) : 0.4;
  if (cHome && cHome === nHome) r += 0.3;
  if (cSub >= 0 && cSub === nSub) r += 0.3;
  return r > 1 ? 1 : r;
}

/** South-South fit: a developing State's need and a provider from a developing State (1 in the same group, 0.8 elsewhere) or a declared South-South offer (0.6). */
function southSouthScore(
  nDeveloping: boolean,
  nHome: number,
  cDeveloping: boolean,
  cDeclared: boolean,
  cHome: number,
): number {
  if (!nDeveloping) return 0;
  if (cDeveloping) return cHome === nHome ? 1 : 0.8;
  return cDeclared ? 0.6 : 0;
}

/**
 * Scores every record of `side` against the probe into `out` (length >= side size);
 * excluded records get -Infinity. `needSide` says which way round region and South-South go.
 */
export function scoreSide(
  p: Probe,
  side: Side<unknown>,
  needSide: boolean,
  o: ScoreOptions,
  out: Float32Array,
): void {
  const n = side.bm25.size;
  const w = o.weights;
  const { lexical, best } = lexicalEvidence(p, side, w, out);
  const gateAt = best * w.articleGate;
  const ss = w.southSouth * (o.preferSouthSouth ? w.southSouthBoost : 1);
  for (let d = 0; d < n; d++) {
    if (excluded(side, o, d)) {
      out[d] = -Infinity;
      continue;
    }
    const lex = lexical[d] ?? 0;
    // The article tags are a prior on what the text already found: scaled by the record's
    // share of the best text evidence, so tags never lift a record the text does not support.
    // With no text evidence anywhere (an article-only need), the tags rank alone.
    const gate = gateAt > 0 ? Math.min(1, lex / gateAt) : 1;
    // The waiting bonus multiplies the evidence only, after the gate used it unboosted.
    const since = needSide && o.waitingToday ? (side.since[d] ?? 0) : 0;
    let s =
      (since > 0 && o.waitingToday ? lex * waitingBonus(o.waitingToday - since, w) : lex) +
      w.article * articleScore(p, side, d) * gate;
    if (p.category & (side.category[d] ?? 0)) s += w.category;
    if (p.language & (side.language[d] ?? 0)) s += w.language;
    out[d] = needSide ? addNeedFit(s, p, side, d, w, ss) : addProviderFit(s, p, side, d, w, ss);
  }
}

/**
 * Text evidence of every record (words, language-neutral terms, concepts), before any tag:
 * `out` is used as the BM25 accumulator. Returns it per record and its best value, which gates
 * the article prior.
 */
function lexicalEvidence(
  p: Probe,
  side: Side<unknown>,
  w: MatchWeights,
  out: Float32Array,
): { lexical: Float32Array; best: number } {
  const n = side.bm25.size;
  out.fill(0, 0, n);
  const bestText = side.bm25.accumulate(p.terms, out);
  const textW = bestText > 0 ? w.text / bestText : 0;
  let cognateAcc: Float32Array | undefined;
  let cognateW = 0;
  if (w.cognate > 0 && p.cognates.length > 0) {
    cognateAcc = new Float32Array(n);
    const bestK = side.cognates.accumulate(p.cognates, cognateAcc);
    cognateW = bestK > 0 ? w.cognate / bestK : 0;
  }
  const conceptAcc = p.concepts.length > 0 && w.concept > 0 ? conceptShares(p, side) : undefined;
  const lexical = new Float32Array(n);
  let best = 0;
  for (let d = 0; d < n; d++) {
    let x = (out[d] ?? 0) * textW;
    if (conceptAcc) x += w.concept * (conceptAcc[d] ?? 0);
    if (cognateAcc) x += cognateW * (cognateAcc[d] ?? 0);
    lexical[d] = x;
    if (x > best) best = x;
  }
  return { lexical, best };
}

/** Concept overlap per record: the share of the probe's concepts the record has. */
function conceptShares(p: Probe, side: Side<unknown>): Float32Array {
  const acc = new Float32Array(side.bm25.size);
  const share = 1 / p.concepts.length;
  for (const c of p.concepts)
    side.bm25.forEachDoc(`c:${c.id}`, (d) => (acc[d] = (acc[d] ?? 0) + share));
  return acc;
}

/** A record left out: closed (unless asked for), past its last day, or refused by the filter. */
function excluded(side: Side<unknown>, o: ScoreOptions, d: number): boolean {
  const until = side.until[d] ?? 0;
  return Boolean(
    (!o.includeClosed && side.closed[d]) ||
    (until > 0 && until < o.today) ||
    (o.filter && !o.filter(d)),
  );
}

/**
 * `s` plus the region, South-South and equity terms of need `d` for a provider-like probe
 * (added one by one to `s`, in this order, so the sums round as they always have).
 */
function addNeedFit(
  s: number,
  p: Probe,
  side: Side<unknown>,
  d: number,
  w: MatchWeights,
  ss: number,
): number {
  const home = side.home[d] ?? 0;
  s += w.region * regionScore(home, side.sub[d] ?? -1, p.serves, p.home, p.sub);
  s += ss * southSouthScore(side.developing[d] === 1, home, p.developing, p.southSouth, p.home);
  s += w.equity * (side.equity[d] ?? 0);
  return s;
}

/** `s` plus the region and South-South terms of provider `d` for a need-like probe, less capacity when full. */
function addProviderFit(
  s: number,
  p: Probe,
  side: Side<unknown>,
  d: number,
  w: MatchWeights,
  ss: number,
): number {
  const home = side.home[d] ?? 0;
  s += w.region * regionScore(p.home, p.sub, side.serves[d] ?? 0, home, side.sub[d] ?? -1);
  s +=
    ss *
    southSouthScore(p.developing, p.home, side.developing[d] === 1, side.southSouth[d] === 1, home);
  if (side.full[d]) s -= w.capacity;
  return s;
}

/** Indices of the k best finite scores, best first (ties: lower index first). */
export function topK(scores: Float32Array, n: number, k: number): number[] {
  if (k <= 0) return [];
  const idx: number[] = [];
  let min = -Infinity;
  for (let d = 0; d < n; d++) {
    const s = scores[d] ?? -Infinity;
    if (s === -Infinity || (idx.length >= k && s <= min)) continue;
    // Insert keeping idx sorted by descending score.
    let i = idx.length;
    while (i > 0 && (scores[idx[i - 1] ?? 0] ?? 0) < s) i--;
    idx.splice(i, 0, d);
    if (idx.length > k) idx.pop();
    if (idx.length >= k) min = scores[idx[idx.length - 1] ?? 0] ?? -Infinity;
  }
  return idx;
}
