import { analyse, type Analysed } from "../text/index.js";
import { Bm25Index, type WeightedTerm } from "./bm25.js";
import { defaultCategories, defaultConcepts } from "./default-concepts.js";
import type { CategoryFinder, ConceptFinder, FoundConcept } from "./concepts.js";
import { neutralTerms } from "./crosslang.js";
import { TermTable, type PackedTerms } from "./packed.js";
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
import type { MatchCandidate, MatchNeed } from "./types.js";
import { resolveWeights, type MatchWeights } from "./weights.js";
import { at } from "../util/at.js";
import { runSteps, runStepsInSlices, type Steps } from "../util/steps.js";

/**
 * One searchable side of the index (candidates or needs): the records, their BM25 postings and
 * their structured features in parallel typed arrays (index d everywhere).
 */
export interface Side<T> {
  records: T[];
  bm25: Bm25Index;
  /** Articles, 3 words per record. */
  art: Uint32Array;
  cluster: Uint16Array;
  chapter: Uint8Array;
  category: Uint8Array;
  /** Regional groups served (candidates; 0 = worldwide) or the need's own group. */
  serves: Uint8Array;
  /** Group of the provider's / need's State (0 = unknown). */
  home: Uint8Array;
  /** Subregion index of that State (-1 = unknown). */
  sub: Int16Array;
  language: Uint8Array;
  /** 1 when that State is developing (UN M49, historical). */
  developing: Uint8Array;
  /** 1 when the record declares itself South-South cooperation. */
  southSouth: Uint8Array;
  /** Equity prior in [0, 1]: 1 / (1 + supportCount); 0 for candidates. */
  equity: Float32Array;
  /** 1 when the provider stated no capacity left. */
  full: Uint8Array;
  /** 1 = closed offer, or a met / no-longer-relevant need. */
  closed: Uint8Array;
  /** 1 = a need met or partially met (South-South: "had the same need and met it"). */
  met: Uint8Array;
  /** Needs: the day waiting began as days since 1970-01-01 (`epochDay`), 0 = not waiting. */
  since: Int32Array;
  /** Last valid day as yyyymmdd, 0 = open-ended. */
  until: Uint32Array;
  /** Concept ids per record. */
  concepts: FoundConcept[][];
  /** BM25 over the language-neutral terms (`crosslang.ts`: cognate keys and concept ids). */
  cognates: Bm25Index;
}

export interface MatchIndex {
  candidates: Side<MatchCandidate>;
  needs: Side<MatchNeed>;
  weights: MatchWeights;
  concepts: ConceptFinder;
  categories: CategoryFinder;
  inferArticles: boolean;
  /** Index of every candidate id and need id, for look-ups by id. */
  candidateById: Map<string, number>;
  needById: Map<string, number>;
}

/**
 * What a record's text yields for the index (its analysis, concepts and both term lists),
 * computed once per text. Kept between builds by a caller that rebuilds often (the API after
 * every write): `buildMatchIndex(input, { reuse })` re-analyses only records whose text changed.
 * The term lists are packed through the cache's `TermTable` (./packed.ts: at 100,000 records,
 * as lists of objects, they were two thirds of the cache's heap).
 */
export interface RecordAnalysis {
  text: string;
  analysed: Analysed;
  found: FoundConcept[];
  terms: PackedTerms;
  cognates: PackedTerms;
}

/**
 * The analyses of the last build, per side and record id. `buildMatchIndex` reads it and leaves
 * in it exactly the records of the new build (the analyses of records gone are dropped), so it
 * never grows beyond one index's records.
 */
export class AnalysisCache {
  candidates = new Map<string, RecordAnalysis>();
  needs = new Map<string, RecordAnalysis>();
  /** Records analysed afresh by the last build (the rest were reused). */
  analysedLastBuild = 0;
  /** The weights and concept finder the analyses were made with. */
  basis = "";
  finder: ConceptFinder | undefined;
  /** The terms the kept analyses' lists are packed with. */
  table = new TermTable();
}

export interface BuildOptions {
  /** Weights (BM25 k1/b are fixed at build time; the rest can be overridden per query). */
  weights?: Partial<MatchWeights>;
  /** Concept finder; defaults to the engine's knowledge base when present. Pass `noConcepts` to turn it off. */
  concepts?: ConceptFinder;
  /** Category finder for records and queries that state no category nor modality; defaults to the knowledge base's cues. */
  categories?: CategoryFinder;
  /** Place records that name no article by the articles of the concepts in their text. Default true. */
  inferArticles?: boolean;
  /**
   * Analyses kept from the last build with the same weights and concept finder, reused for
   * records (same id) whose text has not changed. Updated in place.
   */
  reuse?: AnalysisCache;
}

/** The weighted terms of a text: stems, bigrams and concept ids. */
export function termsOf(
  a: Analysed,
  concepts: readonly FoundConcept[],
  w: MatchWeights,
): WeightedTerm[] {
  const out: WeightedTerm[] = [];
  for (const s of a.stems) out.push({ term: s, weight: 1 });
  for (const b of a.bigrams) out.push({ term: b, weight: w.bigram });
  for (const c of concepts) out.push({ term: `c:${c.id}`, weight: w.conceptTerm });
  return out;
}

/**
 * A yyyy-mm-dd (or ISO timestamp) day as whole days since 1970-01-01 UTC, so that waiting times
 * are a subtraction; 0 for a missing or unreadable date.
 */
export function epochDay(iso: string | undefined): number {
  if (!iso) return 0;
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : 0;
}

export function dayNumber(iso: string | undefined): number {
  if (!iso) return 0;
  const n = Number(iso.slice(0, 10).replaceAll("-", ""));
  return Number.isFinite(n) ? n : 0;
}

interface Packable {
  id: string;
  text: string;
  articles?: readonly number[];
  chapter?: string | null;
  categories?: readonly string[];
  category?: string | null;
  modalities?: MatchCandidate["modalities"];
  regions?: readonly string[];
  languages?: readonly string[];
  language?: string;
  state?: string;
  southSouth?: boolean;
  /**
   * For candidates: the State the provider acts for. South-South features come from it alone,
   * while `state` (which may be where a hub or expert is based) only places the record.
   */
  actsFor?: string | null;
}

/** The analysis of `text`: from `kept` when it is of the same text, else computed. */
function analysisOf(
  text: string,
  kept: RecordAnalysis | undefined,
  ctx: SideContext,
): RecordAnalysis {
  if (kept?.text === text) return kept;
  const analysed = analyse(text);
  const found = ctx.finder(analysed);
  return {
    text,
    analysed,
    found,
    terms: ctx.table.pack(termsOf(analysed, found, ctx.w)),
    cognates: ctx.table.pack(neutralTerms(analysed, found, ctx.w)),
  };
}

interface SideContext {
  w: MatchWeights;
  finder: ConceptFinder;
  infer: boolean;
  categories: CategoryFinder | undefined;
  /** Packs the term lists (the reuse cache's, or one for this build). */
  table: TermTable;
  /** The analyses of the last build for this side (read), replaced by this build's (written). */
  cache?: {
    kept: Map<string, RecordAnalysis>;
    fresh: Map<string, RecordAnalysis>;
    analysed: number;
  };
}

/**
 * Records packed between two pauses of a step-wise build. A record whose text is analysed for
 * the first time takes about 0.1 ms, so a step of 256 is a pause of about 25 ms for the
 * requests a server answers meanwhile (1,024 made pauses of 100 ms).
 */
const STEP = 256;

function* buildSide<T>(
  records: T[],
  view: (r: T) => Packable,
  extra: (r: T, d: number, side: Side<T>) => void,
  ctx: SideContext,
): Steps<Side<T>> {
  const side = emptySide(records);
  const docs: PackedTerms[] = [];
  const cognateDocs: PackedTerms[] = [];
  for (let d = 0; d < records.length; d++) {
    const r = at(records, d);
    const v = view(r);
    const kept = ctx.cache?.kept.get(v.id);
    const x = analysisOf(v.text ?? "", kept, ctx);
    if (ctx.cache) {
      ctx.cache.fresh.set(v.id, x);
      if (x !== kept) ctx.cache.analysed++;
    }
    side.concepts.push(x.found);
    docs.push(x.terms);
    cognateDocs.push(x.cognates);
    packTags(side, d, v, x.analysed, x.found, ctx.infer, ctx.categories);
    packPlace(side, d, v);
    extra(r, d, side);
    if (d % STEP === STEP - 1) yield;
  }
  const bm25 = { k1: ctx.w.k1, b: ctx.w.b };
  side.bm25 = yield* Bm25Index.buildSteps(ctx.table.source(docs), bm25);
  side.cognates = yield* Bm25Index.buildSteps(ctx.table.source(cognateDocs), bm25);
  return side;
}

/** A side over `records` with every feature zero and empty indexes, to be filled record by record. */
function emptySide<T>(records: T[]): Side<T> {
  const n = records.length;
  return {
    records,
    bm25: new Bm25Index(),
    art: new Uint32Array(n * ARTICLE_WORDS),
    cluster: new Uint16Array(n),
    chapter: new Uint8Array(n),
    category: new Uint8Array(n),
    serves: new Uint8Array(n),
    home: new Uint8Array(n),
    sub: new Int16Array(n),
    language: new Uint8Array(n),
    developing: new Uint8Array(n),
    southSouth: new Uint8Array(n),
    equity: new Float32Array(n),
    full: new Uint8Array(n),
    closed: new Uint8Array(n),
    met: new Uint8Array(n),
    until: new Uint32Array(n),
    since: new Int32Array(n),
    concepts: [],
    cognates: new Bm25Index(),
  };
}

/** Record d's articles (stated, in its text, or inferred from its concepts), cluster, chapter and forms of assistance. */
function packTags<T>(
  side: Side<T>,
  d: number,
  v: Packable,
  a: Analysed,
  found: readonly FoundConcept[],
  infer: boolean,
  categories: CategoryFinder | undefined,
): void {
  let arts = validArticles([...(v.articles ?? []), ...a.articles]);
  // A record that names no article is placed by the articles of its concepts, if any.
  if (arts.length === 0 && !v.chapter && infer)
    arts = validArticles(found.flatMap((c) => c.articles ?? []));
  writeArticleMask(arts, side.art, d * ARTICLE_WORDS);
  side.cluster[d] = clusterMask(arts);
  side.chapter[d] = chapterMask(arts, v.chapter);
  const stated = [...(v.categories ?? []), ...(v.category ? [v.category] : [])];
  side.category[d] = categoryMask(
    stated.length || v.modalities?.length || !categories ? stated : categories(a),
    v.modalities,
  );
}

/** Record d's region, subregion, South-South standing, regions served and languages. */
function packPlace<T>(side: Side<T>, d: number, v: Packable): void {
  const st = stateOf(v.state);
  side.home[d] = regionBit(st?.group);
  side.sub[d] = st ? subregionIndex(st.subregion) : -1;
  const acting = v.actsFor === undefined ? st : stateOf(v.actsFor ?? undefined);
  side.developing[d] = acting?.developing ? 1 : 0;
  // A declared South-South offer counts only from a provider acting for a State: hubs and
  // organisations are not States, so what they offer is not South-South cooperation.
  side.southSouth[d] = v.southSouth && acting ? 1 : 0;
  side.serves[d] = regionMask(v.regions);
  const langs = v.languages?.length ? v.languages : v.language ? [v.language] : st?.languages;
  side.language[d] = languageMask(langs);
}

/**
 * Builds the index over candidates (offers, expertise, experts) and needs. Records are kept by
 * reference and returned in results; do not mutate them afterwards. Unknown State codes in
 * records are tolerated (the record simply has no region, language or South-South features).
 */
/** Candidates seen as packable records: placed by the State they act for, else where based. */
const candidateView = (c: MatchCandidate): Packable => ({
  ...c,
  state: c.providerState ?? c.basedIn,
  actsFor: c.providerState ?? null,
});

function candidateExtra(c: MatchCandidate, d: number, s: Side<MatchCandidate>): void {
  s.closed[d] = c.status === "closed" ? 1 : 0;
  s.full[d] = c.capacity === 0 ? 1 : 0;
  s.until[d] = dayNumber(c.period?.to);
}

const needView = (n: MatchNeed): Packable => ({
  ...n,
  languages: n.language ? [n.language] : undefined,
});

function needExtra(n: MatchNeed, d: number, s: Side<MatchNeed>): void {
  // A need's own group is also the only region it "serves", so region fit is symmetric.
  s.serves[d] = s.home[d] ?? 0;
  s.closed[d] = n.status === "met" || n.status === "no-longer-relevant" ? 1 : 0;
  s.met[d] = n.status === "met" || n.status === "partially-met" ? 1 : 0;
  s.equity[d] = 1 / (1 + Math.max(0, n.supportCount ?? 0));
  s.since[d] = epochDay(n.waitingSince);
}

/** The reuse cache's maps for one side, or none; a cache made with other weights is emptied. */
function sideCaches(reuse: AnalysisCache | undefined, basis: string, finder: ConceptFinder) {
  if (!reuse) return { candidates: undefined, needs: undefined };
  // Term lists depend on the weights and the concept finder: a cache from other ones is void.
  if (reuse.basis !== basis || reuse.finder !== finder) {
    reuse.candidates.clear();
    reuse.needs.clear();
    reuse.table = new TermTable();
  }
  const side = (kept: Map<string, RecordAnalysis>) => ({
    kept,
    fresh: new Map<string, RecordAnalysis>(),
    analysed: 0,
  });
  return { candidates: side(reuse.candidates), needs: side(reuse.needs) };
}

export function buildMatchIndex(
  input: { candidates?: readonly MatchCandidate[]; needs?: readonly MatchNeed[] },
  options: BuildOptions = {},
): MatchIndex {
  return runSteps(buildMatchIndexSteps(input, options));
}

/**
 * `buildMatchIndex` in time slices of about `sliceMs` (default 20 ms), giving the event loop
 * back between them: a server rebuilding a large index after a write keeps answering requests.
 * The index is the same as `buildMatchIndex`'s.
 */
export function buildMatchIndexInSlices(
  input: { candidates?: readonly MatchCandidate[]; needs?: readonly MatchNeed[] },
  options: BuildOptions & { sliceMs?: number } = {},
): Promise<MatchIndex> {
  return runStepsInSlices(buildMatchIndexSteps(input, options), options.sliceMs);
}

function* buildMatchIndexSteps(
  input: { candidates?: readonly MatchCandidate[]; needs?: readonly MatchNeed[] },
  options: BuildOptions,
): Steps<MatchIndex> {
  const w = resolveWeights(options.weights);
  const finder = options.concepts ?? defaultConcepts;
  const infer = options.inferArticles ?? true;
  const reuse = options.reuse;
  const basis = `${w.bigram}/${w.conceptTerm}/${w.neutralConcept}/${w.pivot}`;
  const caches = sideCaches(reuse, basis, finder);
  const table = reuse?.table ?? new TermTable();
  // Candidates state their forms of assistance (modalities, categories); guessing the missing
  // ones from wording cues measured slightly worse on the judged set, so they get no finder.
  const candidates = yield* buildSide(
    [...(input.candidates ?? [])],
    candidateView,
    candidateExtra,
    {
      w,
      finder,
      infer,
      categories: undefined,
      table,
      cache: caches.candidates,
    },
  );
  const needs = yield* buildSide([...(input.needs ?? [])], needView, needExtra, {
    w,
    finder,
    infer,
    categories: options.categories ?? defaultCategories,
    table,
    cache: caches.needs,
  });
  if (reuse && caches.candidates && caches.needs) {
    reuse.candidates = caches.candidates.fresh;
    reuse.needs = caches.needs.fresh;
    reuse.analysedLastBuild = caches.candidates.analysed + caches.needs.analysed;
    reuse.basis = basis;
    reuse.finder = finder;
  }
  return {
    candidates,
    needs,
    weights: w,
    concepts: finder,
    categories: options.categories ?? defaultCategories,
    inferArticles: options.inferArticles ?? true,
    candidateById: new Map(candidates.records.map((c, i) => [c.id, i])),
    needById: new Map(needs.records.map((n, i) => [n.id, i])),
  };
}
