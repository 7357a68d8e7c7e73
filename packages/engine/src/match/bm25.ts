/**
 * A BM25 index with its postings in typed arrays (compressed sparse rows), built once and
 * queried many times. Each posting stores its precomputed BM25 impact (idf x saturated,
 * length-normalised term frequency), so a query is one pass of additions over the postings of
 * its terms into a dense accumulator: no per-query allocation, no Map look-ups per posting.
 *
 * Terms carry a weight (a stem counts 1, a bigram or a concept id what the caller says), so one
 * index holds several "fields" without separate lists.
 */

export interface WeightedTerm {
  term: string;
  weight: number;
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
  static build(docs: readonly (readonly WeightedTerm[])[], options: Bm25Options = {}): Bm25Index {
    const k1 = options.k1 ?? 1.2;
    const b = options.b ?? 0.75;
    const index = new Bm25Index();
    const n = docs.length;
    index.size = n;
    // Forward pass: per document, distinct term ids and their weighted frequencies.
    const docOffsets = new Uint32Array(n + 1);
    const fwdTerms: number[] = [];
    const fwdTf: number[] = [];
    const lengths = new Float32Array(n);
    const local = new Map<number, number>();
    let total = 0;
    for (let d = 0; d < n; d++) {
      local.clear();
      let len = 0;
      for (const { term, weight } of docs[d] ?? []) {
        let id = index.vocabulary.get(term);
        if (id === undefined) {
          id = index.vocabulary.size;
          index.vocabulary.set(term, id);
        }
        local.set(id, (local.get(id) ?? 0) + weight);
        len += weight;
      }
      lengths[d] = len;
      total += len;
      for (const [id, tf] of local) {
        fwdTerms.push(id);
        fwdTf.push(tf);
      }
      docOffsets[d + 1] = fwdTerms.length;
    }
    const docTerms = Uint32Array.from(fwdTerms);
    const docTf = Float32Array.from(fwdTf);
    // Drop the JS arrays now: at 100k records they are the largest transient of the build.
    fwdTerms.length = 0;
    fwdTf.length = 0;
    const v = index.vocabulary.size;
    // Invert by counting sort on term id.
    const df = new Uint32Array(v);
    for (let i = 0; i < docTerms.length; i++) df[docTerms[i]!]!++;
    const offsets = new Uint32Array(v + 1);
    for (let t = 0; t < v; t++) offsets[t + 1] = offsets[t]! + df[t]!;
    const cursor = offsets.slice(0, v);
    const postDocs = new Uint32Array(docTerms.length);
    const postImpact = new Float32Array(docTerms.length);
    const idf = new Float32Array(v);
    for (let t = 0; t < v; t++) idf[t] = Math.log(1 + (n - df[t]! + 0.5) / (df[t]! + 0.5));
    const avg = n > 0 && total > 0 ? total / n : 1;
    for (let d = 0; d < n; d++) {
      const norm = k1 * (1 - b + (b * lengths[d]!) / avg);
      for (let i = docOffsets[d]!; i < docOffsets[d + 1]!; i++) {
        const t = docTerms[i]!;
        const tf = docTf[i]!;
        const p = cursor[t]!++;
        postDocs[p] = d;
        postImpact[p] = (idf[t]! * (tf * (k1 + 1))) / (tf + norm);
      }
    }
    index.offsets = offsets;
    index.postDocs = postDocs;
    index.postImpact = postImpact;
    index.docOffsets = docOffsets;
    index.docTerms = docTerms;
    index.idf = idf;
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
      const end = this.offsets[t + 1]!;
      for (let p = this.offsets[t]!; p < end; p++)
        acc[this.postDocs[p]!]! += qw * this.postImpact[p]!;
    }
    let best = 0;
    for (let d = 0; d < this.size; d++) if (acc[d]! > best) best = acc[d]!;
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
        const d = this.postDocs[p]!;
        if (acc[d] === 0) touched.push(d);
        acc[d]! += this.postImpact[p]!;
      }
    }
  }

  /** Calls `fn` with every document that holds `term`. */
  forEachDoc(term: string, fn: (d: number) => void): void {
    const t = this.vocabulary.get(term);
    if (t === undefined) return;
    for (let p = this.offsets[t]!; p < this.offsets[t + 1]!; p++) fn(this.postDocs[p]!);
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
