/**
 * A BM25 index with its postings in typed arrays (compressed sparse rows), built once and
 * queried many times. Each posting stores its precomputed BM25 impact (idf x saturated,
 * length-normalised term frequency), so a query is one pass of additions over the postings of
 * its terms into a dense accumulator: no per-query allocation, no Map look-ups per posting.
 *
 * Terms carry a weight (a stem counts 1, a bigram or a concept id what the caller says), so one
 * index holds several "fields" without separate lists.
 */
import { runSteps, type Steps } from "../util/steps.js";

export interface WeightedTerm {
  term: string;
  weight: number;
}

/**
 * Documents read term by term: lists of weighted terms (`listSource`), or lists kept packed
 * (`TermTable.source` in ./packed.ts). Repeats of a term within a document add up.
 */
export interface DocSource {
  count: number;
  /** How many terms document d lists (repeats included). */
  size(d: number): number;
  /** Calls `visit` with each term of document d and its weight, in order. */
  forEach(d: number, visit: (term: string, weight: number) => void): void;
}

/** Lists of weighted terms as a `DocSource`. */
export function listSource(docs: readonly (readonly WeightedTerm[])[]): DocSource {
  return {
    count: docs.length,
    size: (d) => docs[d]?.length ?? 0,
    forEach(d, visit) {
      for (const { term, weight } of docs[d] ?? []) visit(term, weight);
    },
  };
}

export interface Bm25Options {
  /** Term-frequency saturation. Default 1.2. */
  k1?: number;
  /** Length normalisation, 0 (none) to 1 (full). Default 0.75. */
  b?: number;
}

export class Bm25Index {
  /** Term -> term id. */
  readonly vocabulary = new Map<string, number>();
  /** Postings of term t are `[offsets[t], offsets[t + 1])` in `postDocs` / `postImpact`. */
  private offsets: Uint32Array = new Uint32Array(1);
  private postDocs: Uint32Array = new Uint32Array(0);
  private postImpact: Float32Array = new Float32Array(0);
  /** Forward index: the distinct term ids of document d are `[docOffsets[d], docOffsets[d + 1])`. */
  private docOffsets: Uint32Array = new Uint32Array(1);
  private docTerms: Uint32Array = new Uint32Array(0);
  private idf: Float32Array = new Float32Array(0);
  size = 0;

  /** Builds the index over `docs`, each a list of weighted terms (repeats add up). */
  static build(
    docs: readonly (readonly WeightedTerm[])[] | DocSource,
    options: Bm25Options = {},
  ): Bm25Index {
    return runSteps(Bm25Index.buildSteps(docs, options));
  }

  /** `build` as steps that pause every few thousand documents (`runStepsInSlices`). */
  static *buildSteps(
    docs: readonly (readonly WeightedTerm[])[] | DocSource,
    options: Bm25Options = {},
  ): Steps<Bm25Index> {
    const source = "count" in docs ? docs : listSource(docs);
    const index = new Bm25Index();
    index.size = source.count;
    const fwd = yield* forwardIndex(source, index.vocabulary);
    const inv = yield* invert(fwd, index.vocabulary.size, options.k1 ?? 1.2, options.b ?? 0.75);
    index.offsets = inv.offsets;
    index.postDocs = inv.postDocs;
    index.postImpact = inv.postImpact;
    index.docOffsets = fwd.docOffsets;
    index.docTerms = fwd.docTerms;
    index.idf = inv.idf;
    return index;
  }

  /**
   * Adds `queryWeight x impact` for every posting of the query's terms into `acc` (length >=
   * size), which the caller zeroes. Returns the best accumulated score (0 when nothing matched).
   * Unknown terms are skipped.
   */
  accumulate(query: readonly WeightedTerm[], acc: Float32Array): number {
    const merged = new Map<number, number>();
    for (const { term, weight } of query) {
      const t = this.vocabulary.get(term);
      if (t !== undefined) merged.set(t, (merged.get(t) ?? 0) + weight);
    }
    for (const [t, qw] of merged) {
      const end = this.offsets[t + 1] ?? 0;
      for (let p = this.offsets[t] ?? 0; p < end; p++) {
        const d = this.postDocs[p] ?? 0;
        acc[d] = (acc[d] ?? 0) + qw * (this.postImpact[p] ?? 0);
      }
    }
    let best = 0;
    for (let d = 0; d < this.size; d++) {
      const score = acc[d] ?? 0;
      if (score > best) best = score;
    }
    return best;
  }

  /**
   * Sparse variant for many queries in a row: adds the impacts of term ids `ids` into `acc`
   * and lists each document touched for the first time in `touched` (the caller resets `acc`
   * at those positions afterwards).
   */
  accumulateIds(ids: readonly number[], acc: Float32Array, touched: number[]): void {
    for (const t of ids) {
      const end = this.offsets[t + 1] ?? 0;
      for (let p = this.offsets[t] ?? 0; p < end; p++) {
        const d = this.postDocs[p] ?? 0;
        if (acc[d] === 0) touched.push(d);
        acc[d] = (acc[d] ?? 0) + (this.postImpact[p] ?? 0);
      }
    }
  }

  /** Calls `fn` with every document that holds `term`. */
  forEachDoc(term: string, fn: (d: number) => void): void {
    const t = this.vocabulary.get(term);
    if (t === undefined) return;
    const end = this.offsets[t + 1] ?? 0;
    for (let p = this.offsets[t] ?? 0; p < end; p++) fn(this.postDocs[p] ?? 0);
  }

  /** Distinct term ids of document d (for Jaccard similarity between documents). */
  termsOf(d: number): Uint32Array {
    return this.docTerms.subarray(this.docOffsets[d] ?? 0, this.docOffsets[d + 1] ?? 0);
  }

  /** Term ids of a query, unknown terms dropped. */
  idsOf(terms: readonly WeightedTerm[]): number[] {
    const out = new Set<number>();
    for (const { term } of terms) {
      const t = this.vocabulary.get(term);
      if (t !== undefined) out.add(t);
    }
    return [...out];
  }

  /** Term ids -> terms, filled on first use of `termOf` (explanations only; queries never need it). */
  private terms: string[] | undefined;

  /**
   * The term of a term id. A direct look-up: explanations used to scan `vocabulary` for it,
   * which costs the whole dictionary per result (~10^5 terms with a realistic vocabulary).
   */
  termOf(t: number): string | undefined {
    if (!this.terms) {
      const terms = new Array<string>(this.vocabulary.size);
      for (const [term, id] of this.vocabulary) terms[id] = term;
      this.terms = terms;
    }
    return this.terms[t];
  }

  /** Inverse document frequency of a term id. */
  idfOf(t: number): number {
    return this.idf[t] ?? 0;
  }

  /** Bytes held by the typed arrays (the Map of terms is not counted). */
  get bytes(): number {
    return (
      this.offsets.byteLength +
      this.postDocs.byteLength +
      this.postImpact.byteLength +
      this.docOffsets.byteLength +
      this.docTerms.byteLength +
      this.idf.byteLength
    );
  }
}

/** Per document, its distinct term ids and their weighted frequencies (a forward index). */
interface ForwardIndex {
  /** The entries of document d are `[docOffsets[d], docOffsets[d + 1])`. */
  docOffsets: Uint32Array;
  docTerms: Uint32Array;
  docTf: Float32Array;
  /** Weighted length of each document. */
  lengths: Float32Array;
  /** Sum of the lengths. */
  total: number;
  /** How many documents hold each term id. */
  df: Uint32Array;
}

/**
 * Documents processed between two pauses of a step-wise build: a step of 1,024 documents takes a
 * few milliseconds, so a server's other requests wait no longer than that.
 */
const STEP = 1024;

/**
 * Forward pass: assigns term ids in `vocabulary` (first seen, first numbered), counts and
 * numbers documents per term. The entries go into typed arrays sized once from the documents'
 * term counts: JS arrays pushed to millions of entries are copied as they grow, and each copy
 * (and the final conversion) was a pause of hundreds of milliseconds for a server building an
 * index in slices.
 */
function* forwardIndex(docs: DocSource, vocabulary: Map<string, number>): Steps<ForwardIndex> {
  const n = docs.count;
  let capacity = 0;
  for (let d = 0; d < n; d++) capacity += docs.size(d);
  const docOffsets = new Uint32Array(n + 1);
  const terms = new Uint32Array(capacity);
  const tfs = new Float32Array(capacity);
  const lengths = new Float32Array(n);
  const df: number[] = [];
  const local = new Map<number, number>();
  let total = 0;
  let used = 0;
  let len = 0;
  const add = (term: string, weight: number) => {
    let id = vocabulary.get(term);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(term, id);
      df.push(0);
    }
    local.set(id, (local.get(id) ?? 0) + weight);
    len += weight;
  };
  for (let d = 0; d < n; d++) {
    local.clear();
    len = 0;
    docs.forEach(d, add);
    lengths[d] = len;
    total += len;
    for (const [id, tf] of local) {
      terms[used] = id;
      tfs[used] = tf;
      df[id] = (df[id] ?? 0) + 1;
      used++;
    }
    docOffsets[d + 1] = used;
    if (d % STEP === STEP - 1) yield;
  }
  // Repeated terms of a document share one entry, so fewer than `capacity` may be used.
  return {
    docOffsets,
    docTerms: terms.slice(0, used),
    docTf: tfs.subarray(0, used),
    lengths,
    total,
    df: Uint32Array.from(df),
  };
}

/** The postings of a BM25 index: term -> documents with their impacts, and each term's idf. */
interface Postings {
  offsets: Uint32Array;
  postDocs: Uint32Array;
  postImpact: Float32Array;
  idf: Float32Array;
}

/** Inverts a forward index by counting sort on term id, with each posting's BM25 impact. */
function* invert(fwd: ForwardIndex, v: number, k1: number, b: number): Steps<Postings> {
  const { docOffsets, docTerms, docTf, lengths, total, df } = fwd;
  const n = lengths.length;
  const offsets = new Uint32Array(v + 1);
  for (let t = 0; t < v; t++) offsets[t + 1] = (offsets[t] ?? 0) + (df[t] ?? 0);
  const cursor = offsets.slice(0, v);
  const postDocs = new Uint32Array(docTerms.length);
  const postImpact = new Float32Array(docTerms.length);
  const idf = new Float32Array(v);
  df.forEach((f, t) => (idf[t] = Math.log(1 + (n - f + 0.5) / (f + 0.5))));
  const avg = n > 0 && total > 0 ? total / n : 1;
  for (let d = 0; d < n; d++) {
    const norm = k1 * (1 - b + (b * (lengths[d] ?? 0)) / avg);
    const end = docOffsets[d + 1] ?? 0;
    for (let i = docOffsets[d] ?? 0; i < end; i++) {
      const t = docTerms[i] ?? 0;
      const tf = docTf[i] ?? 0;
      const p = cursor[t] ?? 0;
      cursor[t] = p + 1;
      postDocs[p] = d;
      postImpact[p] = ((idf[t] ?? 0) * (tf * (k1 + 1))) / (tf + norm);
    }
    if (d % STEP === STEP - 1) yield;
  }
  return { offsets, postDocs, postImpact, idf };
}
